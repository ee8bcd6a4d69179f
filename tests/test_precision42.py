"""Session 42 (precision42): findings a recruiter trusts on real ads.

R105 reads a paragraph whose lines each end a sentence as one paragraph per line: a scraped ad that lost its
blank lines keeps one paragraph per line, and judges reading the ad called 300-565 words of such lines, counted
as one paragraph, wrong (dev 0424, 0276, 0316 in judged42_sample.yaml; the disputed 0228, 0234, 0274, 0474).
A paragraph wrapped at a width (a line that runs on into the next, mid-sentence) is still one paragraph.
Fixture text is written for these tests.
"""
from __future__ import annotations

from jdlint.parse.lines import labelled_parts


def codes(report, code):
    return [d for d in report.diagnostics if d.code == code]


def only(code):
    return {"select": (code,)}


# three paragraphs of a clinic's ad, 40-60 words each, one per line with no blank line between them
LINES = [
    "Leave the production line behind. See twelve to fifteen patients a day. Join a small practice in a quiet "
    "county town that puts its doctors, its staff and its patients first, and that has done so for thirty years "
    "without once changing hands.",
    "Adult and child primary care, including check-ups, long-term conditions and same-day visits. Outpatient "
    "work only, Monday to Friday, with no nights and no weekends. Minor procedures are welcome but not required, "
    "and we will train you in the ones we do most often if you would like to learn them.",
    "Our aim is to give patients unhurried care while giving our doctors and staff a friendly place to work. Our "
    "doctors see about thirteen patients a day, so they have time to talk, and the front desk answers the phone "
    "within three rings. Most of our patients have been with us for over ten years and know every member of staff.",
]
SCRAPED = "# Family Doctor\n\n" + "\n".join(LINES) + "\n"


def test_r105_reads_each_finished_line_of_a_scraped_ad_as_a_paragraph(lint):
    assert sum(len(line.split()) for line in LINES) > 120  # over the bar only when read as one
    assert codes(lint(SCRAPED, **only("R105")), "R105") == []


def test_r105_still_reports_a_wrapped_paragraph_with_a_break_at_a_sentence_end(lint):
    # the same words wrapped at a width: the first break falls inside a sentence, so the lines are no paragraphs
    words = " ".join(LINES).split()
    wrapped, line = [], []
    for word in words:
        if len(" ".join(line + [word])) > 78:
            wrapped.append(" ".join(line))
            line = []
        line.append(word)
    wrapped.append(" ".join(line))
    assert any(not w.endswith((".", "!", "?", ":")) for w in wrapped)
    found = codes(lint("# Family Doctor\n\n" + "\n".join(wrapped) + "\n", **only("R105")), "R105")
    assert len(found) == 1 and found[0].line == 3


def test_r105_reports_the_one_long_line_at_its_own_line(lint):
    long_line = ("Duties: " + " ".join(["Book patients in, answer the phone and keep the diary up to date."] * 12))
    report = lint("# Receptionist\n\n" + LINES[0] + "\n" + long_line + "\n" + LINES[2] + "\n", **only("R105"))
    found = codes(report, "R105")
    assert [d.line for d in found] == [4]


def test_r105_keeps_a_lead_in_line_with_the_line_it_opens(lint):
    duties = " ".join(["Book patients in, answer the phone and keep the diary up to date."] * 9)  # 117 words
    # (over eight words: a shorter line ending in a colon is a label, a block of its own)
    lead_in = "Typical duties for the receptionist include, but are not limited to, the following:"
    text = "# Receptionist\n\n" + LINES[0] + "\n" + lead_in + "\n" + duties + "\n"
    found = codes(lint(text, **only("R105")), "R105")
    assert [d.line for d in found] == [4]  # the lead-in and its list: 130 words, at the lead-in
    # without the lead-in, the list line alone is under the bar
    assert codes(lint("# Receptionist\n\n" + LINES[0] + "\n" + duties + "\n", **only("R105")), "R105") == []


def test_r105_leaves_out_a_line_that_is_an_equal_opportunity_statement(lint):
    eeo = ("We are an equal opportunity employer. We do not discriminate on the basis of race, colour, religion, "
           "sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other "
           "status protected by law. " * 4).strip()
    assert len(eeo.split()) > 120
    text = "# Family Doctor\n\n" + LINES[0] + "\n" + eeo + "\n"
    assert codes(lint(text, **only("R105")), "R105") == []
    # the same length of the writer's own words on that line is reported
    own = " ".join(["Our doctors see about thirteen patients a day, so they have time to talk."] * 10)
    assert [d.line for d in codes(lint("# Family Doctor\n\n" + LINES[0] + "\n" + own + "\n", **only("R105")),
                                   "R105")] == [4]


def test_labelled_parts_cuts_every_finished_line_only_when_told():
    text = "\n".join(LINES)
    assert labelled_parts(text, 0, len(text)) == [(0, len(text))]
    parts = labelled_parts(text, 0, len(text), line_paragraphs=True)
    assert [text[a:b].strip() for a, b in parts] == LINES
    # a label and a colon lead-in stay with the line after them
    text = "Company Description\n" + LINES[0] + "\nWhat you will do:\n" + LINES[1]
    parts = labelled_parts(text, 0, len(text), line_paragraphs=True)
    assert [text[a:b].split("\n")[0] for a, b in parts] == ["Company Description", "What you will do:"]


# -- R104: a list item that opens with a glued "A" -------------------------------------------------------------
GLUED_ITEMS = ("Experience running a day care centre of at least forty children, with enrolment and retention "
               "targets met.Action oriented, organised and calm, focused on getting the right things doneA sound "
               "knowledge of the state's licensing rules for child care centres, of the federal food programme and of "
               "the fire and safety checks a centre must pass each year")


def test_r104_cuts_a_sentence_where_an_item_opening_with_a_glued_a_begins(lint):
    glued = GLUED_ITEMS.split("targets met.")[1]
    assert len(glued.split()) > 35 and all(len(part.split()) < 35 for part in glued.split("doneA"))
    assert codes(lint("# Assistant Director\n\n" + GLUED_ITEMS + "\n", **only("R104")), "R104") == []


def test_r104_still_reports_a_long_sentence_with_a_capital_a_after_a_space(lint):
    # the same words with the space the writer typed: one sentence, still over the bar
    spaced = GLUED_ITEMS.split("targets met.")[1].replace("doneA sound", "done, with a sound")
    spaced += " and a grade A hygiene rating at every inspection so far"
    found = codes(lint("# Assistant Director\n\n" + spaced + ".\n", **only("R104")), "R104")
    assert len(found) == 1
