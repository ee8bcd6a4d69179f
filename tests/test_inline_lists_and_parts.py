"""R103, R104, R105 read lists and line structure as a reader sees them (session 35, layout35).

A list written on one line (items after emoji or symbol bullets, asterisks, or short items between spaced
dashes after a colon) is a run of items for sentence length, not one sentence (``sentences._item_gaps``); and
a short label line after a finished line opens a part of a paragraph of its own (``lines.labelled_parts``).
Judged wrong on dev 0337 (a 92-word "sentence" of ✅ items), 0171 (a '*' list graded for reading ease) and
0427 (three labelled parts read as one 175-word paragraph). Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from jdlint import sentences
from jdlint.source import LineIndex


def codes(report, code):
    return [d for d in report.diagnostics if d.code == code]


def only(code):
    return {"select": (code,)}


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences.split_sentences(text, 0, len(text))]


# -- the splitter: inline list items ---------------------------------------------------------------------------
def test_a_run_of_symbol_bullets_splits_into_items():
    text = "What we offer: ✅Better pay✅More control over your business ✅250+ lender partners"
    assert _split(text) == ["What we offer:", "Better pay", "More control over your business", "250+ lender partners"]
    assert _split("We provide:* Competitive rates per hour* We pay gas on some shifts* We pay overtime!") == [
        "We provide:", "Competitive rates per hour", "We pay gas on some shifts", "We pay overtime!"]
    assert _split("Tools: Python - SQL - Excel") == ["Tools: Python", "SQL", "Excel"]
    # a line that opens with its bullet: the opening one is no break, but it counts for the run
    assert _split("➢ Scheduling of meetings ➢ Keeping the files") == ["➢ Scheduling of meetings", "Keeping the files"]


@pytest.mark.parametrize("text", [
    "We love what we build 🚀 Join a team of twelve in Leeds",  # one emoji in a sentence: no run
    "Our warehouse - the largest of our sites - ships to Europe",  # an aside between dashes, no colon
    "Hours: Monday - Friday, 9 - 5",  # a range, not items
    "Team: we pray together - we care for each other - we help our neighbours and friends in need",  # long pieces
    "See note* below and the terms* on the page",  # footnote asterisks before lower case
])
def test_one_mark_an_aside_or_a_range_is_no_item_break(text):
    assert _split(text) == [text]


def test_item_breaks_are_doc_sentence_starts(lint):
    report = lint("# Officer\n\nWe give you: ✅Better pay ✅More control ✅Lender partners\n")
    assert report is not None
    from jdlint.nlp import load

    text = "We give you: ✅Better pay ✅More control ✅Lender partners"
    doc = load()(text)
    assert [s.text.strip() for s in doc.sents] == ["We give you: ✅", "Better pay ✅", "More control ✅", "Lender partners"]


# -- R104 ------------------------------------------------------------------------------------------------------
EMOJI_LIST = ("Also, our company is a place where new and seasoned loan officers can thrive as we are able to "
              "provide them with: ✅Better pay of 220 to 275 basis points✅More control over your business✅250+ "
              "lender partners✅Licensed in 48 states✅Exclusive processing partners✅Medical, dental and vision "
              "benefits✅A company credit card for business expenses✅Our pure broker model✅Our culture of "
              "collaborative support and team success\n")
LONG_WITH_COLON = ("To do this job well you will need one thing above all: the patience to listen to each caller, "
                   "to write down what they tell you in their own words, and to follow up with the right team "
                   "the same day so that nobody who rings our helpline waits more than a week for an answer.\n")


def test_r104_reads_a_list_after_a_colon_item_by_item(lint):
    assert codes(lint("# Loan Officer\n\n" + EMOJI_LIST, **only("R104")), "R104") == []
    starred = EMOJI_LIST.replace("✅", "* ")
    assert codes(lint("# Loan Officer\n\n" + starred, **only("R104")), "R104") == []


def test_r104_still_reports_a_long_sentence_with_a_colon(lint):
    found = codes(lint("# Helpline Adviser\n\n" + LONG_WITH_COLON, **only("R104")), "R104")
    assert len(found) == 1 and "over 35" in found[0].message
    # ... and one with a single emoji in it, and one with a dashed aside
    one_emoji = LONG_WITH_COLON.replace("above all:", "above all 🙂")
    assert len(codes(lint("# Helpline Adviser\n\n" + one_emoji, **only("R104")), "R104")) == 1
    aside = LONG_WITH_COLON.replace("above all:", "above all - and it is rare -")
    assert len(codes(lint("# Helpline Adviser\n\n" + aside, **only("R104")), "R104")) == 1


# -- R103 ------------------------------------------------------------------------------------------------------
def test_r103_does_not_grade_an_inline_list_of_short_items(lint):
    items = ["Competitive rates for personal care providers per hour, reviewed within the first three months",
             "We pay gas expenses on some shifts", "We offer full paid time off benefits to our full time care team",
             "We pay overtime even though we don't have to!", "We offer a medical savings program for families",
             "We offer monthly training and voluntary team fellowship"]
    text = "# Caregiver\n\n## Benefits\n\nWe provide:* " + "* ".join(items) + "\n"
    assert codes(lint(text, **only("R103")), "R103") == []
    # the same words as prose, dense and long-worded, are still graded
    dense = ("## Benefits\n\nRemuneration incorporates competitive compensation commensurate with demonstrated "
             "professional qualifications, supplementary reimbursement of transportation expenditures associated "
             "with designated assignments, comprehensive paid time off entitlements applicable to permanent "
             "full-time personnel, remunerated overtime notwithstanding statutory exemptions, institutional "
             "medical savings arrangements encompassing dependants, and periodic organisational professional "
             "development opportunities facilitating continuous improvement. Additionally, organisational "
             "reimbursement methodologies necessitate comprehensive documentation. Furthermore, supplementary "
             "organisational considerations necessitate comprehensive evaluation of individual eligibility.\n")
    assert len(codes(lint("# Caregiver\n\n" + dense, **only("R103")), "R103")) == 1


# -- R105 ------------------------------------------------------------------------------------------------------
COMPANY = ("Company Description\nMeadow Lane is a private health care group in Carmel that treats adults with "
           "substance use disorders. Our services include inpatient care, detoxification and outpatient care, all "
           "delivered in a caring and respectful setting. We prioritise quick access to treatment, careful care "
           "during a stay, and good discharge planning.\n")
ROLE = ("Role Description\nThis is a full-time on-site role for a nurse practitioner at Meadow Lane. You will give "
        "evidence-based care to adults with substance use disorders. This includes assessments, treatment plans, "
        "giving medication, checking progress, and working with the wider team so that every patient gets care "
        "that fits them.\n")
QUALIFICATIONS = ("Qualifications\nA current nurse practitioner licence and certification, experience of caring "
                  "for adults with substance use disorders, and knowledge of evidence-based practice in addiction "
                  "medicine.\n")


def test_r105_reads_labelled_parts_on_their_own_lines_as_paragraphs(lint):
    text = "# Nurse Practitioner\n\n" + COMPANY + ROLE + QUALIFICATIONS
    assert codes(lint(text, **only("R105")), "R105") == []


def test_r105_reports_a_long_part_at_its_label():
    import jdlint
    from jdlint.config import Config

    long_role = ROLE.replace("fits them.", "fits them. " + " ".join(["You will also write clear notes after "
                                                                     "every visit and share them with the team."] * 8))
    markdown = "# Nurse Practitioner\n\n" + COMPANY + long_role + QUALIFICATIONS
    html = ("<html><body><h1>Nurse Practitioner</h1>\n<p>"
            + (COMPANY + long_role + QUALIFICATIONS).strip().replace("\n", "<br>\n") + "</p></body></html>\n")
    for newline in ("\n", "\r\n"):
        for path, text, line in (("t.md", markdown, 5), ("t.txt", markdown, 5), ("t.html", html, 4)):
            text = text.replace("\n", newline)
            report = jdlint.lint_text(text, path=path, config=Config(select=("R105",)))
            found = codes(report, "R105")
            assert len(found) == 1, (path, newline)
            d = found[0]
            assert text[d.start:d.end].startswith("Role Description") and text[d.start:d.end].rstrip().endswith(
                "with the team."), (path, newline)
            index = LineIndex(text)
            assert (d.line, d.column) == index.position(d.start) and d.line == line


WRAPPED = ("We are a small charity that runs three food banks in the north of the city and we are\n"
           "looking for a coordinator who can keep them stocked, staffed and open on time. You will\n"
           "plan the weekly rota with our volunteers, order from the wholesale market on Monday\n"
           "Mornings and Thursday afternoons, and keep our records in good order for the trustees and\n"
           "Funders who support us. You will also speak to local shops and schools about collections,\n"
           "train new volunteers in food safety, answer calls from the families we help, and work with\n"
           "Social workers, housing officers and other charities so that nobody who needs food is turned\n"
           "away. Most weeks you will also drive our van, so you need a full licence, and you will need\n"
           "to lift boxes of up to fifteen kilograms.\n")


def test_r105_still_reports_a_long_paragraph_with_soft_breaks_inside_sentences(lint):
    assert len(codes(lint("# Coordinator\n\n" + WRAPPED, **only("R105")), "R105")) == 1
    # ... and a long part after a label
    assert len(codes(lint("# Coordinator\n\nAbout us\n" + WRAPPED, **only("R105")), "R105")) == 1


def test_labelled_parts_cut_only_before_a_short_label_after_a_finished_line():
    from jdlint.parse.lines import labelled_parts

    text = COMPANY + ROLE + QUALIFICATIONS
    parts = [text[a:b].split("\n", 1)[0] for a, b in labelled_parts(text, 0, len(text))]
    assert parts == ["Company Description", "Role Description", "Qualifications"]
    # a short line after an unfinished one is a wrapped line, not a label
    text = "We build tools for\nSmall Firms\nAnd their staff."
    assert labelled_parts(text, 0, len(text)) == [(0, len(text))]
