"""jdlint/sentences.py: the one definition of a sentence break, and its fast path."""
from __future__ import annotations

import random

from conftest import EXAMPLES
from jdlint import engine, sentences
from jdlint.source import decode


def _texts() -> list[str]:
    texts = []
    for path in sorted(EXAMPLES.rglob("*")):
        if path.is_file() and path.suffix in (".md", ".txt", ".html"):
            source = decode(path.read_bytes(), str(path))
            texts += [source.text, engine.parse_document(source).text]
    rng = random.Random(20261203)
    # the characters every rule looks at, densely: marks, closers, openers, bullets, capitals, spaces
    alphabet = list("abcXYZ019.!?;:)(\"'[]\u2022\u00b7*#$ \n\t\u2013\u2014")
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60))) for _ in range(5000)]
    return texts


def test_the_fast_break_finds_the_definitions_gaps():
    texts = _texts()
    assert len(texts) > 5000
    for text in texts:
        n = len(text)
        for start, end in ((0, n), (1, n), (2, n - 1), (0, n // 2), (n // 3, n)):
            if start <= end:
                assert sentences._fast_gaps(text, start, end) == sentences._plain_gaps(text, start, end), \
                    (text, start, end)


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split_sentences(text, 0, len(text))]


def test_a_full_stop_breaks_before_a_capital_not_after_an_abbreviation():
    assert _split("We hire. You apply! Why? Because.") == ["We hire.", "You apply!", "Why?", "Because."]
    assert _split("Tools (e.g. Python) and Mr. Smith at 5 p.m. Then Acme Inc. We") == [
        "Tools (e.g. Python) and Mr. Smith at 5 p.m. Then Acme Inc. We"]
    assert _split("A Ph.D. Or not") == ["A Ph.D. Or not"]
    # a lower-case word continues: after an abbreviation nobody lists, that is what it does
    assert _split("About 5 years. incl. travel") == ["About 5 years. incl. travel"]


def test_a_money_abbreviation_before_an_amount_is_no_break():
    # "Rs." and "approx." before a digit or currency sign belong to the amount (issue 14: a pay
    # figure lost its currency to a break before it)
    assert _split("Salary: Rs. 35,000 per month. Apply now") == ["Salary: Rs. 35,000 per month.", "Apply now"]
    assert _split("Pay approx. £30,000 a year.") == ["Pay approx. £30,000 a year."]
    assert _split("Approx. 5 years. incl. travel") == ["Approx. 5 years. incl. travel"]
    assert _split("£30k p.a. - £35k p.a. £5k car allowance.") == ["£30k p.a. - £35k p.a. £5k car allowance."]
    # before a capital the full stop still ends the sentence; other words ending a sentence before
    # a figure still break
    assert _split("Salary £30,000 p.a. Benefits include a car.") == ["Salary £30,000 p.a.", "Benefits include a car."]
    assert _split("We hire drivers. 20 vans") == ["We hire drivers.", "20 vans"]
    assert _split("Ask for Rs. Then 5 more") == ["Ask for Rs.", "Then 5 more"]


def test_closers_openers_and_bullets():
    # closing quotes after the mark are part of the break for text users (the Doc keeps them)
    assert _split('He said "go." Then (later) we left. [Link] here') == [
        'He said "go.', "Then (later) we left.", "[Link] here"]
    assert _split("Python \u2022 SQL \u2022 Git") == ["Python", "SQL", "Git"]
    assert _split("areas.\u00b7 Knowledge of SQL.\u00b7 Skills:\u00b7 Git") == [
        "areas.", "Knowledge of SQL.", "Skills:", "Git"]
    assert _split("Manage accounts; Prepare reports; file them") == ["Manage accounts;", "Prepare reports; file them"]


def test_run_together_items_and_paragraphs():
    assert _split("Serve our customersSkills: Python") == ["Serve our customers", "Skills: Python"]
    assert _split("at destinations.We are a team.THE ROLE") == ["at destinations.", "We are a team.", "THE ROLE"]
    # a capitalised word glued to a lower-case letter splits even when it is one word ("iPhone",
    # "JavaScript": a known cost of EMSCAD's run-together lists, for text users only: spaCy keeps
    # the word one token, so a rule's sentence does not split there); capitals after a capital do not
    assert _split("iPhone and ASP.NET") == ["i", "Phone and ASP.NET"]


def test_a_spaced_dash_before_a_label_parts_a_flattened_pages_fields():
    # writer M 9321: one line of fields; the label starts its sentence, the dash belongs to neither
    assert _split("Ras Laffan, Qatar \u2014 Contract: 24 months \u2014 Job Summary: We build plants. "
                  "\u2014 How to Apply: Send your CV") == [
        "Ras Laffan, Qatar", "Contract: 24 months", "Job Summary: We build plants.", "How to Apply: Send your CV"]
    # a dash between words, before a lower-case word or before a capital with no colon, is prose
    assert _split("Pay \u2013 weekly: every Friday") == ["Pay \u2013 weekly: every Friday"]
    assert _split("Leeds \u2014 Posted 2 days ago") == ["Leeds \u2014 Posted 2 days ago"]
    assert _split("Leeds\u2014Contract: 6 months") == ["Leeds\u2014Contract: 6 months"]


def test_sentence_starts_are_the_gap_ends():
    text = "One. Two\nThree \u2022 four"
    assert sentences.sentence_starts(text) == [5, 9, 17]
    assert sentences.sentence_starts(text, kinds=("line",)) == [9]


def test_what_is_an_abbreviation_has_one_home():
    """R104's re-measure of sentences begun in lower case asks the splitter's abbreviations: the
    ads' own ("approx."), spaCy's table as written ("Calif.", not the word "mass."), money ones."""
    from jdlint.sentences import is_abbreviation

    assert all(is_abbreviation(w) for w in ("approx", "Dept", "incl", "Calif", "Corp", "p.a"))
    assert not any(is_abbreviation(w) for w in ("mass", "team", "paramount", "cultures"))
