"""Context tests shared by every rule family (jdlint/context.py): equal-opportunity statements,
negation and permission, quotation. Each case both ways.

Fixture text is written for these tests unless marked: "cds 0514" etc. = /work/shared/corpus/dev,
Government of Canada content (Canadian Digital Service); "tts 0583" etc. = U.S. GSA TTS, public domain.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.context import FileAnalysis
from jdlint.engine import parse_document
from jdlint.matching import PatternIndex
from jdlint import nlp as nlp_module
from jdlint.source import SourceFile


def analyse(text: str) -> FileAnalysis:
    nlp = nlp_module.load(None)
    document = parse_document(SourceFile("t.md", "# Job\n\n" + text + "\n", "markdown"))
    doc = nlp(document.text)
    return FileAnalysis(document, doc, PatternIndex(nlp, []).run(doc), Config())


def span(a: FileAnalysis, words: str) -> tuple[int, int]:
    i = a.text.index(words)
    return i, i + len(words)


# -- in_eeo ----------------------------------------------------------------------------------
CDS_EEO = ("CDS welcomes all applicants regardless of race, ethnicity, religion, sexual orientation, gender "
           "identity or expression, national origin, disability, age, veteran status, marital status, pregnancy "
           "or family commitments.")  # cds 0514 (Government of Canada content)


@pytest.mark.parametrize("text,words", [
    (CDS_EEO, "pregnancy"),
    ("We are an equal opportunity employer and do not discriminate on the basis of age or sex.", "age"),
    ("Women and people of colour are encouraged to apply.", "Women"),
    ("If you need a reasonable accommodation during the application process, email us.", "accommodation"),
    ("We will consider for employment qualified applicants with arrest and conviction records.", "conviction"),
])
def test_in_eeo_recognises_statements_that_name_protected_classes(text, words):
    a = analyse(text)
    assert a.in_eeo(*span(a, words))


@pytest.mark.parametrize("text,words", [
    ("Recent graduates are encouraged to apply.", "Recent graduates"),      # outreach, no protected class
    ("Join our young and diverse team.", "young"),
    ("All applicants must be under 30.", "under 30"),
    ("Must be able to lift 50 lbs with or without reasonable accommodation.", "lift 50 lbs"),
])
def test_in_eeo_is_not_fooled_by_inclusion_words_alone(text, words):
    a = analyse(text)
    assert not a.in_eeo(*span(a, words))


# -- is_negated ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,words", [
    ("No degree required.", "degree"),
    ("We hire regardless of age, race or disability.", "disability"),
    ("You don't need to be a native speaker.", "native speaker"),
    ("A driving licence is not required.", "driving licence"),
    ("Applicants with or without a degree are welcome.", "degree"),
    # a negator carries over a plain "or" list to its later items
    ("We are not looking for a ninja or a guru, just a careful archivist.", "guru"),
    ("You won't need a car or a forklift licence.", "forklift licence"),
])
def test_negation_and_permission(text, words):
    a = analyse(text)
    assert a.is_negated(*span(a, words))


@pytest.mark.parametrize("text,words", [
    ("No experience needed; recent graduates welcome.", "recent graduates"),   # the negation ends at ';'
    ("A degree is not required, but you must be a native speaker.", "native speaker"),
    ("Must lift 50 lbs with or without reasonable accommodation.", "lift 50 lbs"),
    ("With or without reasonable accommodation, you must lift 50 lbs.", "lift 50 lbs"),
    ("Native English speaker required.", "Native English speaker"),
    # the "or" list carries a negation only so far, and a clause break still ends it
    ("No weekends are worked here, and the shop team serves walk-in customers or a fast-paced queue.", "fast-paced queue"),
    ("We never close early; you will rotate between the till or the busy fast-paced floor.", "fast-paced floor"),
    ("Not every week is the same as the one before it in this job so expect change or a fast-paced month.",
     "fast-paced month"),
])
def test_negation_does_not_leak_across_clauses_or_accommodation(text, words):
    a = analyse(text)
    assert not a.is_negated(*span(a, words))


# -- is_quoted -------------------------------------------------------------------------------
def test_quoted_testimonial_and_blockquote():
    a = analyse('"She will mentor you," says Maria.')
    assert a.is_quoted(*span(a, "She will"))
    b = analyse("> He will show you around on day one.")
    assert b.is_quoted(*span(b, "He will"))
    c = analyse("He will report to the CTO.")
    assert not c.is_quoted(*span(c, "He will"))


@pytest.mark.parametrize("text,words,quoted", [
    # a term mentioned in single quotes
    ("Ask yourself whether 'fast-paced' means anything before you write it.", "fast-paced", True),
    ("We banned the words ‘rockstar’ and ‘ninja’ from our ads.", "rockstar", True),
    # apostrophes are not quotes: a possessive, an elision
    ("Our rockstars' lounge is open to everyone. Don't be a fast-paced hero.", "fast-paced", False),
    ("The team's rockstar crew isn't shy.", "rockstar", False),
    # scare quotes around a phrase in use, after an article (dev 0155: "you should be a ‘people person’")
    ("Therefore you should be a ‘people person’ with a friendly persona.", "people person", False),
    # a quote that closes too far away is not around the term
    ("'Welcome' is what we say to every fast-paced new starter on their very first morning here.", "fast-paced", False),
])
def test_single_quotes_around_a_mentioned_term(text, words, quoted):
    a = analyse(text)
    assert a.is_quoted(*span(a, words)) is quoted


def test_eeo_statement_silences_every_bias_rule():
    # cds 0514 EEO text names age, pregnancy, family commitments, disability: nothing fires.
    report = jdlint.lint_text("# Job\n\n" + CDS_EEO + "\n", path="t.md", config=Config(select=("D",)))
    assert [d.code for d in report.diagnostics if d.severity.name != "info"] == []


def test_memo_computes_a_whole_posting_fact_once_per_file():
    calls = []
    first, second = analyse("We offer reasonable accommodations."), analyse("Nothing here.")
    for analysis, value in ((first, 1), (first, 1), (second, 2)):
        assert analysis.memo("fact", lambda v=value: calls.append(v) or v) == value
    assert calls == [1, 2]  # the second ask of the first file was answered from its memo


# -- one home for the word lists, named variants, lawful basis (issue 12 item 2) ----------------
def test_context_word_lists_come_from_the_data_file():
    from importlib.resources import files

    from jdlint import context
    from jdlint.yamlio import load_fast

    data = load_fast((files("jdlint.data") / "context.yaml").read_text("utf-8"))
    assert context.NEGATORS == frozenset(data["negators"])
    assert context.CLAUSE_BREAK.pattern == data["clause-break"]
    assert all(p in context.PROTECTED_CLASSES.pattern for p in data["protected"])
    # an `eeo` form's `<eeo-group>` stands for the `eeo-groups` alternation
    assert all(part in context.EEO_PATTERNS.pattern for p in data["eeo"] for part in p.split("<eeo-group>"))
    assert all(p in context.LAWFUL_BASIS.pattern for p in data["lawful-basis"])


def test_loose_and_strict_equal_opportunity_tests_differ_on_a_mixed_paragraph():
    a = analyse("You will write code every day. We are an equal opportunity employer and do not "
                "discriminate on the basis of age or sex.")
    block = next(b for b in a.document.blocks if "equal opportunity" in a.document.block_text(b))
    assert a.in_eeo(*span(a, "age"))                  # loose: the span's sentence is a statement
    assert not a.in_eeo(*span(a, "write code"))
    assert not a.is_eeo_block(block)                  # strict: the block also holds a duty
    b = analyse("We are an equal opportunity employer and do not discriminate on the basis of age or sex.")
    assert b.is_eeo_block(next(x for x in b.document.blocks if "equal" in b.document.block_text(x)))


@pytest.mark.parametrize("skip,expected", [((), False), (("quoted",), False), (("negated",), True), (("eeo",), False)])
def test_skipped_combines_the_contexts_a_rule_asks_for(skip, expected):
    a = analyse("No degree required.")
    assert a.skipped(*span(a, "degree"), skip) is expected


@pytest.mark.parametrize("text,words,basis", [
    ("Servers must be 21 or over under the state liquor licensing law.", "21 or over", "liquor licensing"),
    ("Drivers must be 21. Federal rules in 49 CFR 391.11 set this minimum.", "Drivers", "49 CFR 391.11"),
    ("The chaplain must be Catholic as an occupational requirement.", "Catholic", "occupational requirement"),
    ("Right to work checks are required, as the Immigration Act requires.", "Right", "Immigration Act"),
])
def test_lawful_basis_in_the_sentence_or_the_next(text, words, basis):
    a = analyse(text)
    found = a.lawful_basis(span(a, words)[0])
    assert found and basis.lower() in found.lower(), found


@pytest.mark.parametrize("text,words", [
    ("Applicants must be under 35.", "under 35"),
    ("Must be under 35, as our hiring team prefers.", "under 35"),
    ("We audit under the Bank Secrecy Act. We are a small team. Must be under 35.", "under 35"),   # two sentences away
])
def test_no_lawful_basis_without_a_named_law_next_to_it(text, words):
    a = analyse(text)
    assert a.lawful_basis(span(a, words)[0]) is None


def test_accommodation_sentence_and_paragraph():
    a = analyse("Lift 20 kg. Reasonable adjustments can be made for disabled candidates.")
    assert a.offers_accommodation(span(a, "Lift")[0])
    assert not a.is_accommodation_sentence(span(a, "Lift")[0])
    assert a.is_accommodation_sentence(span(a, "disabled")[0])
    b = analyse("Lift 20 kg every day.")
    assert b.offers_accommodation(span(b, "Lift")[0]) is None


# -- widens_pool (skip context "widening") ------------------------------------------------------
@pytest.mark.parametrize("text,words", [
    ("Recent graduates are encouraged to apply alongside experienced professionals.", "Recent graduates"),
    ("2+ years' experience or a degree (recent graduates  are encouraged to applyGeneral ledger work", "recent graduates"),  # glued, as in dev 0031
    ("We also welcome applications from recent graduates and career changers.", "recent graduates"),
    ("Returners, career changers and recent graduates are all very welcome.", "recent graduates"),
    ("The role is open to school leavers as well as experienced staff.", "school leavers"),
])
def test_an_invitation_that_widens_the_pool(text, words):
    a = analyse(text)
    assert a.widens_pool(*span(a, words))
    assert a.skipped(*span(a, words), ("widening",))


@pytest.mark.parametrize("text,words", [
    ("Only recent graduates are encouraged to apply.", "recent graduates"),          # narrowed again
    ("This role would suit a recent graduate.", "recent graduate"),                  # a preference
    ("Recent graduates preferred; experienced staff welcome.", "Recent graduates"),  # the welcome is another clause
    ("Recent graduates wanted, but we welcome everyone.", "Recent graduates"),
    ("Recent graduates must be encouraged to apply by their tutors.", "Recent graduates"),
])
def test_a_preference_is_not_a_widening(text, words):
    a = analyse(text)
    assert not a.widens_pool(*span(a, words))


def test_widening_silences_d301_only_where_it_widens():
    def d301(text):
        r = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D301",)))
        return [d.match for d in r.diagnostics]
    assert d301("Recent graduates are encouraged to apply.") == []
    assert d301("Only recent graduates are encouraged to apply.") == ["recent graduates"]
    assert d301("Perfect for a recent graduate.") == ["recent graduate"]


def test_accommodation_wording_has_one_home():
    """bias_disability reads the accommodation wording of context.yaml, so D403 and the frame rules agree."""
    from jdlint.checks import bias_disability
    from jdlint.context import ACCOMMODATION
    assert bias_disability.ACCOMMODATION is ACCOMMODATION
    text = "The role involves standing for long periods; adjustments can be made for candidates who need them."
    r = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D403",)))
    assert [str(d.severity) for d in r.diagnostics] == ["info"]
    r = jdlint.lint_text("# Job\n\nMust be able to stand for long periods.\n", path="t.md", config=Config(select=("D403",)))
    assert [str(d.severity) for d in r.diagnostics] == ["warning"]

# -- "without" heading a list; is_explained (precision3, second judged sample) ----------------
def test_without_heading_a_list_negates_each_item():
    # dev 0378: the ad promises none of these
    a = analyse("Earn more than at a consulting firm without the travel, long hours, office politics and frustrations.")
    assert a.is_negated(*span(a, "long hours")) and a.is_negated(*span(a, "office politics"))
    b = analyse("You will work without supervision. Expect long hours in March.")
    assert not b.is_negated(*span(b, "long hours"))
    c = analyse("Work without a manager, and expect long hours in March.")
    assert not c.is_negated(*span(c, "long hours in March"))


def test_is_explained():
    a = analyse("We were founded on three disruptive ideas: a new technology model in cloud computing.")
    assert a.is_explained(*span(a, "disruptive"))
    b = analyse("We use cutting-edge tools such as Terraform.")
    assert b.is_explained(*span(b, "cutting-edge"))
    c = analyse("We use cutting-edge tools. Terraform is one: we like it a lot.")
    assert not c.is_explained(*span(c, "cutting-edge"))



@pytest.mark.parametrize("text, term, explained", [
    # a dash, then the fact it stands for: a figure or a name
    ("Be part of something special - the first community-owned brewery in Yorkshire.", "something special", True),
    ("Great progression \u2013 our last store manager started on the tills in 2019.", "Great progression", True),
    # a dash that names nothing, or goes on with another item
    ("Be part of something special - we're a great bunch.", "something special", False),
    ("We provide value-added services \u2013 and America's finest veterans with careers.", "value-added", False),  # dev 0119
])
def test_a_dash_and_the_fact_explain(text, term, explained):
    a = analyse(text)
    assert a.is_explained(*span(a, term)) is explained


@pytest.mark.parametrize("sentence, eeo", [
    # a bare singular "accommodation" is a room (a farm's, a camp's, a hotel's), not the disability offer
    ("On-farm accommodation may be available.", False),
    ("Accommodation will be provided for seasonal pickers at the packhouse.", False),
    ("Shared accommodation is available close to the site.", False),
    # the offer keeps its words: "reasonable", or the plural of the hiring process
    ("Reasonable accommodation will be provided to applicants with disabilities.", True),
    ("Accommodations are available on request throughout the hiring process.", True),
])
def test_a_room_is_no_accommodation_statement(sentence, eeo):
    from jdlint.context import is_eeo_sentence

    assert is_eeo_sentence(sentence) is eeo


def test_vague_lodging_is_read_once_it_is_no_eeo_statement():
    report = jdlint.lint_text("# Picker\n\nOn-farm accommodation may be available.\n")
    assert [d.match for d in report.diagnostics if d.code == "V303"] == ["may be available"]
