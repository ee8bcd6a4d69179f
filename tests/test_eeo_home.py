"""One home for equal-opportunity wording (sections10).

The forms live in the ``eeo``, ``eeo-weak``, ``protected`` and ``eeo-groups`` tables of
``jdlint/data/context.yaml``; ``context.eeo_statement`` reads them for both the bias context
(``context.is_eeo_sentence``: bias rules stay silent in such a sentence) and section detection
(``sections.sentence_kinds``: the sentence gives an ``eeo`` section). These tests fail when a form
has no example here that both readers recognise, when the two readers part ways on a sentence
(other than section detection's duty guard), or when EEO wording turns up in a second table.
"""
from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

import pytest

import jdlint
from jdlint import context
from jdlint.config import Config
from jdlint.sections import sentence_kinds
from jdlint.yamlio import load_fast

ROOT = Path(__file__).resolve().parent.parent
DATA = load_fast((files("jdlint.data") / "context.yaml").read_text("utf-8"))

#: at least one example of every `eeo` form (US, UK, Indian and Australian employers' shapes;
#: positive action); each is an equal-opportunity statement for both readers
STATEMENTS = [
    "Acme is an Equal Opportunity Employer.",
    "All qualified applicants will be considered without regard to their background.",
    "Applicants are assessed on merit, irrespective of where they trained.",
    "We do not discriminate in hiring or promotion.",
    "Our non-discrimination policy covers every stage of recruitment.",
    "We are an Affirmative Action employer.",
    "Protected veterans are encouraged to self-identify.",
    "M/F/D/V EEOE.",
    "We are an EEO/AA employer.",
    "Harbour Foods is a fair chance employer.",
    "Qualified applicants will receive consideration for employment.",
    "To request a reasonable accommodation, email access@acme.example.",
    "Accommodations are available on request.",
    "Reasonable adjustments during the interview process can be arranged.",
    "Tell us about any accessibility needs you have.",
    "All employment decisions are based on business need.",
    "We are proud to be Disability Confident.",
    "We guarantee an interview to disabled applicants who meet the essential criteria.",
    "We do not consider criminal records when deciding whom to interview.",
    "We guarantee equal treatment of all applicants.",
    "We will not tolerate any form of discrimination.",
    "We offer a workplace free from harassment.",
    # positive action, the group first, the welcome first, the applications first
    "Women are particularly welcome to apply.",
    "Aboriginal and Torres Strait Islander people are encouraged to apply.",
    "Qualified women and minorities are encouraged to apply.",
    "We especially encourage applications from Black and minority ethnic candidates.",
    "We welcome applicants from all walks of life.",
    "We encourage women, persons with disabilities and candidates from all communities to apply.",
    "We welcome applications from everyone.",
    "Applications from disabled people are especially welcome.",
    "Candidates of all ages are welcome.",
    "People from any background are encouraged to apply.",
    "Disabled applicants will be given preference in the case of equal qualifications.",
    "If you need any adjustments, let us know.",
    "Candidates who need reasonable adjustments should contact Priya.",
    "We are happy to make adjustments to our interview process.",
    "Reasonable accommodations may be made to enable individuals with disabilities to do the work.",
    "If you require an accommodation during the recruitment process, please tell us.",
    "If you need to be accommodated during the assessment, contact us.",
    "We will make any adjustments you might need.",
    "If you are neurodivergent and would like the interview questions in advance, just let us know.",
    "We are a Mindful Employer and have signed the Armed Forces Covenant.",
    "We run a guaranteed interview scheme for care leavers.",
    "A criminal record will not necessarily bar you from working with us.",
    "We are committed to building a diverse and inclusive workforce.",
    "Okanagan Riverside Hospital is committed to an inclusive and accessible workplace.",  # writer M 9305
    "We value equality, diversity and inclusion.",
    "Our staff reflect the communities we serve.",
    # the law's own names for positive action, and outreach to New Zealand's and South Africa's groups
    # (strangers' ads, session 30)
    "Preference will be given to candidates from designated groups in line with our Employment Equity plan.",
    "We are committed to employment equity.",
    "This is a positive action role open to applicants from Black, Asian and minority ethnic backgrounds.",
    "Applications from Māori and Pasifika candidates are especially welcome.",
    "Everyone is welcome here, whatever their background.",
    # (sections19, real ads) access needs put to the applicant with a way to reach the employer
    "If you have any access issues please call 0113 496 0000.",
]

#: an example of every `eeo-weak` form, each with a protected class (a statement for both readers)
WEAK_STATEMENTS = [
    "We hire regardless of age, race or religion.",
    "Veterans are encouraged to apply.",
    "We encourage applicants of every gender identity.",
    "We are committed to diversity, and to recruiting people with disabilities.",
    "We want an inclusive workplace for people of every religion.",
    "All applicants are considered on merit, whatever their sexual orientation or gender.",
    "Harbour Foods welcomes applications from people of any religion.",
    "We celebrate diversity of race, age and background.",
    "We will consider qualified applicants with arrest and conviction records.",
    "Staff from diverse backgrounds, including disabled staff, thrive here.",
    "Everyone is treated without distinction of race or sex.",
    "There is no discrimination based on age here.",
]

#: equal-opportunity words in a sentence that is no statement: neither reader takes it
NEITHER = [
    "Recent graduates are encouraged to apply.",              # outreach, no protected class
    "We especially welcome women for these evening shifts.",  # singles one sex out for the job
    "Sikh candidates are particularly welcome for this door supervisor role.",
    "British applicants are particularly welcome.",
    "Young people are particularly welcome.",
    "EEO LLC is an IBO partnered with Arise to deliver customer service.",
    "Read the Why Partner with EEO section of our website.",
    "EEO Category B-Professional, Full Time.",
    "Staff accommodation is available for seasonal workers.",
    "Brightside runs diversity and inclusion training for employers.",
    "We will use the Department of Homeland Security's e-Verify system to confirm eligibility.",
    "We are committed to safeguarding children and young people.",
    "We offer equal pay for equal work.",
    "Take positive action when a customer complains.",
    "Everyone is welcome to bring a dog to the office.",
    "Our Māori language app is used in 400 schools.",
    "If you have any access issues with the portal, please contact IT support.",
]

#: diversity or inclusion as a culture or value, with nothing of equal opportunity: the bias context
#: keeps it, section detection calls it no eeo section (sections16: both real-ad labellers count only
#: equal-opportunity, non-discrimination, accommodation and outreach statements as eeo)
CULTURE_VALUES = [
    "We value diversity and inclusion.",
    "We celebrate diversity and are committed to creating an inclusive environment for all employees.",  # dev 0441
]


#: a duty about running equal opportunity: the bias context keeps it (it names protected classes
#: on purpose), section detection calls it the job's duty, not the employer's statement
DUTIES = [
    "Ensure Equal Employment Opportunity (EEO) regulations are followed throughout hiring.",
    "Administer the equal opportunities policy and monitor recruitment without regard to race or sex.",
    "Deliver equality and diversity training to managers, and promote a workplace free from harassment.",
    "Prepare the annual Employment Equity plan and report it to the Department of Labour.",
]


def _forms(key: str) -> list[re.Pattern]:
    groups = "(?:" + "|".join(map(str, DATA["eeo-groups"])) + ")"
    return [re.compile(str(p).replace("<eeo-group>", groups), re.I) for p in DATA[key]]


@pytest.mark.parametrize("form", _forms("eeo"), ids=lambda p: p.pattern[:40])
def test_every_eeo_form_has_an_example_here(form):
    """A form added to the table without an example of its own fails here: write one in STATEMENTS."""
    assert any(form.search(s) for s in STATEMENTS), "no example in STATEMENTS matches this form"


@pytest.mark.parametrize("form", _forms("eeo-weak"), ids=lambda p: p.pattern[:40])
def test_every_weak_form_has_an_example_here(form):
    assert any(form.search(s) for s in WEAK_STATEMENTS), "no example in WEAK_STATEMENTS matches this form"


@pytest.mark.parametrize("sentence", STATEMENTS + WEAK_STATEMENTS)
def test_both_readers_recognise_every_form(sentence):
    assert context.is_eeo_sentence(sentence)
    assert "eeo" in sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", NEITHER)
def test_near_misses_are_neither_readers_statement(sentence):
    assert not context.is_eeo_sentence(sentence)
    assert "eeo" not in sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", CULTURE_VALUES)
def test_a_culture_value_is_the_contexts_not_a_section(sentence):
    assert context.is_eeo_sentence(sentence)
    assert "eeo" not in sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", DUTIES)
def test_a_duty_about_equal_opportunity_is_the_contexts_not_a_section(sentence):
    assert context.is_eeo_sentence(sentence)
    assert "eeo" not in sentence_kinds(sentence)


def _sentences(text: str):
    from jdlint.engine import parse_document
    from jdlint.sections.classify import _first_word, _is_duty_verb, sentences_of
    from jdlint.source import SourceFile

    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    for block in document.blocks:
        for s, e in sentences_of(document.text, block.text_start, block.text_end):
            sentence = document.text[s:e]
            yield sentence, _is_duty_verb(_first_word(sentence))


def test_the_readers_agree_on_every_dev_corpus_sentence(dev_corpus):
    """Section detection and the bias context read one table: over the dev corpus' sentences they
    part only where section detection's guards speak (a duty, "a diverse team of ...", a culture
    value with nothing of equal opportunity)."""
    from jdlint.sections.classify import culture_value_only

    differ = []
    for path in sorted(dev_corpus.glob("*.md")):
        for sentence, duty in _sentences(path.read_text(encoding="utf-8")):
            section = "eeo" in sentence_kinds(sentence)
            if section != context.is_eeo_sentence(sentence) and not (duty or "diverse team of" in sentence.lower()
                                                                      or culture_value_only(sentence)):
                differ.append((path.name, sentence[:120]))
    assert differ == []


#: regex fragments only a table of equal-opportunity statements writes
_EEO_TABLE_MARKERS = re.compile(
    r"equal\[- \]|affirmative\[- \]|non-\?discriminat|without regard \(|\\beeo|\\beoe|eeo_extra|EEO_STATEMENT"
    r"|disability confident|fair\[- \]chance|guarantee\(d\|s\)\? \(an")


def test_no_second_table_of_eeo_wording():
    """The wording lives in context.yaml only: no module, word table or rule pack holds a regex
    of equal-opportunity statements of its own."""
    places = [*ROOT.joinpath("jdlint").rglob("*.py"), *ROOT.joinpath("jdlint", "data").glob("*.yaml"),
              *ROOT.joinpath("rules").glob("*.yaml")]
    found = [f"{p.relative_to(ROOT)}: {m.group()}" for p in places if p.name != "context.yaml"
             for m in _EEO_TABLE_MARKERS.finditer(p.read_text(encoding="utf-8"))]
    assert found == []


def _bias(text: str) -> list[str]:
    report = jdlint.lint_text("# Site Engineer\n\nSet out the works and keep the site diary.\n\n" + text + "\n",
                              path="t.md", config=Config(select=("D",)))
    return [f"{d.code} {d.match}" for d in report.diagnostics if d.severity.name != "info"]


@pytest.mark.parametrize("statement", [
    "Women are particularly welcome to apply.",
    "We especially encourage applications from Black and minority ethnic candidates.",
    "Aboriginal and Torres Strait Islander people are encouraged to apply.",
    "Women and disabled people are under-represented in construction and are especially welcome to apply.",
])
def test_positive_action_is_an_eeo_section_and_no_bias_finding(statement):
    from jdlint.engine import parse_document
    from jdlint.sections import detect
    from jdlint.source import SourceFile

    assert _bias(statement) == []
    text = "# Site Engineer\n\nSet out the works and keep the site diary.\n\n" + statement + "\n"
    document = parse_document(SourceFile(path="t.md", text=text, kind="markdown"))
    kinds = {s.kind for s in detect(document, jdlint.engine.make_plan(Config()).synonyms)}
    assert "eeo" in kinds


@pytest.mark.parametrize("screen", [
    "We especially welcome women for these evening shifts.",
    "Sikh candidates are particularly welcome for this door supervisor role.",
    "Young people are particularly welcome.",
])
def test_a_welcome_that_singles_a_group_out_still_fires(screen):
    assert _bias(screen) != []


def test_opens_with_eeo_is_the_plain_search_of_the_opening(dev_corpus):
    """``opens_with_eeo`` (screened, lower-cased) answers as ``EEO_PATTERNS.search(s, 0, EEO_OPENING)``:
    on every example statement, each glued behind a long run of words (past the opening, so no),
    and on the dev corpus' sentences."""
    from jdlint.regex_screen import switched_off

    sentences = list(STATEMENTS) + ["x " * 60 + s for s in STATEMENTS]
    for path in sorted(dev_corpus.glob("*.md"))[:80]:
        sentences += re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8"))
    found = 0
    for sentence in sentences:
        plain = context.EEO_PATTERNS.search(sentence, 0, context.EEO_OPENING) is not None
        assert context.opens_with_eeo(sentence) == plain, sentence
        with switched_off():
            assert context.opens_with_eeo(sentence) == plain, sentence
        found += plain
    assert found >= len(STATEMENTS) // 2
