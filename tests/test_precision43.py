"""Session 43 (precision43): R105 tells semantic line breaks from a scraped ad that lost its blank lines.

Session 42 made R105 read a block whose every line ends a sentence as one paragraph per line: a scraped ad that
lost its blank lines (and its bullets) keeps one paragraph, or one item, per line. But a writer of Markdown who
puts one sentence on each line ("semantic line breaks", sembr.org) writes ONE paragraph: Markdown and HTML render
its lines joined. What tells them apart is the document: a posting written in markup marks its lists and headings
(every hand-written Markdown ad of the dev corpus does, no scraped one does), and the block: each of its lines
is exactly one closed sentence. Fixture text is written for these tests, as real ads are.
"""
from __future__ import annotations


def codes(report, code):
    return [d for d in report.diagnostics if d.code == code]


def only(code):
    return {"select": (code,)}


# one paragraph about a team, one sentence per line (semantic line breaks): 160 words
SEMBR = [
    "The data team at Harbour Housing looks after the numbers that our 40,000 tenants and our board rely on.",
    "We collect repair requests, rent records and survey answers from six systems that were never built to talk to each other.",
    "Over the last two years we have moved most of that work from spreadsheets into a shared warehouse.",
    "Our housing officers now see a tenant's open repairs, arrears and contact history on one page.",
    "The board gets a monthly report that used to take a week to assemble and now takes an afternoon.",
    "There is still a lot to do, and some of our oldest systems are only half connected.",
    "We want to know which estates wait longest for repairs, and why, so that we can fix the cause.",
    "You would join three analysts and an engineer who share the work and review each other's queries.",
    "We work in the open, write things down and prefer a small change shipped this week to a big one next year.",
]
MARKED_UP = ("# Data Analyst\n\n## About the team\n\n" + "\n".join(SEMBR) + "\n\n"
             "## What you will do\n\n- Build reports on repairs and rent arrears.\n- Clean and join data from our systems.\n"
             "- Explain what the numbers mean to housing officers.\n\n"
             "## What we offer\n\n- A salary of £38,000 to £42,000.\n- 28 days of leave plus bank holidays.\n")


def test_sembr_fixture_is_one_sentence_per_line_over_the_bar():
    assert sum(len(line.split()) for line in SEMBR) > 120
    assert all(len(line.split()) < 40 for line in SEMBR)


def test_r105_reads_semantic_line_breaks_in_a_marked_up_posting_as_one_paragraph(lint):
    found = codes(lint(MARKED_UP, **only("R105")), "R105")
    assert [d.line for d in found] == [5]  # the paragraph's first line: Markdown renders its lines as one
    assert found[0].end_line == 5 + len(SEMBR) - 1


def test_r105_reads_semantic_line_breaks_in_html_as_one_paragraph(lint):
    html = ("<html><body><h1>Data Analyst</h1><h2>About the team</h2>\n<p>" + "\n".join(SEMBR) + "</p>\n"
            "<h2>What you will do</h2>\n<ul><li>Build reports on repairs.</li><li>Clean and join data.</li></ul>\n"
            "</body></html>\n")
    assert len(codes(lint(html, path="posting.html", **only("R105")), "R105")) == 1


def test_r105_keeps_the_same_lines_apart_in_a_scraped_posting_without_markup(lint):
    # the same lines where a scraped export lost its bullets and headings: no list, no heading after the title;
    # each line may be the writer's own paragraph or item, and judges reading such ads called the block wrong
    scraped = "# Data Analyst\n\nAbout the team\n" + "\n".join(SEMBR) + "\nWhat we offer\nA salary of £38,000 to £42,000.\n"
    assert codes(lint(scraped, **only("R105")), "R105") == []


def test_r105_keeps_lines_apart_in_plain_text(lint):
    # a plain-text file shows its lines as typed: no rendering joins them
    text = "Data Analyst\n\nAbout the team\n\n" + "\n".join(SEMBR) + "\n\nWhat you will do\n\n- Build reports.\n- Clean data.\n"
    assert codes(lint(text, path="posting.txt", **only("R105")), "R105") == []


def test_r105_keeps_lines_of_several_sentences_apart_in_a_marked_up_posting(lint):
    # lines of two sentences or more are the writer's own paragraphs (or items with a note), not semantic breaks
    pairs = [SEMBR[i] + " " + SEMBR[i + 1] for i in range(0, 8, 2)]
    assert all(len(p.split()) < 120 for p in pairs) and sum(len(p.split()) for p in pairs) > 120
    text = MARKED_UP.replace("\n".join(SEMBR), "\n".join(pairs))
    assert codes(lint(text, **only("R105")), "R105") == []


def test_r105_keeps_unmarked_items_apart_in_a_marked_up_posting(lint):
    # duties one per line without a full stop: items that lost their markers, not sentences of one paragraph
    items = ["Build monthly reports on repairs, rent arrears and tenant satisfaction for the board and our regulator",
             "Collect and clean data from the repairs, rent, complaints and survey systems every week",
             "Join records across systems so that each tenant and each home has one history",
             "Explain what the numbers mean to housing officers, managers and tenants' groups in plain words",
             "Review the queries of the other analysts and write down how each report is built",
             "Find which estates wait longest for repairs and work with the repairs team on the causes",
             "Keep the warehouse tidy: retire old tables, document new ones and check the nightly loads",
             "Answer questions from colleagues about the data and help them build their own simple reports",
             "Take part in the team's planning every fortnight and present what you found to the housing committee"]
    assert sum(len(item.split()) for item in items) > 120
    text = MARKED_UP.replace("\n".join(SEMBR), "\n".join(items))
    assert codes(lint(text, **only("R105")), "R105") == []


def test_r105_keeps_hard_breaks_apart(lint):
    # two trailing spaces: Markdown shows each line on a line of its own
    text = MARKED_UP.replace("\n".join(SEMBR), "  \n".join(SEMBR))
    assert codes(lint(text, **only("R105")), "R105") == []


def test_r105_still_reads_a_colon_lead_in_with_its_line(lint):
    # a lead-in ending in a colon is no closed sentence: the block is not semantic lines, the lead-in stays with
    # the long line it opens (session 42's reading), and a short block stays quiet
    duties = " ".join(["Book patients in, answer the phone and keep the diary up to date."] * 9)  # 117 words
    lead_in = "Typical duties for the receptionist include, but are not limited to, the following:"
    text = MARKED_UP.replace("\n".join(SEMBR), SEMBR[0] + "\n" + lead_in + "\n" + duties)
    found = codes(lint(text, **only("R105")), "R105")
    assert [d.line for d in found] == [6]



def test_r105_keeps_lines_apart_after_a_lead_in_in_a_marked_up_posting(lint):
    # a lead-in ending in a colon opens a list: closed sentences after it, one per line, are its items without
    # markers (a federal ad's "If selected, you must meet the following conditions:", dev 0643 l.171)
    text = MARKED_UP.replace("\n".join(SEMBR), "If selected, you will meet the team in these ways:\n\n" + "\n".join(SEMBR))
    assert codes(lint(text, **only("R105")), "R105") == []
    # a heading ending in a colon is a section's name, not a lead-in: the paragraph under it is read as before
    text = MARKED_UP.replace("## About the team", "## About the team:")
    assert len(codes(lint(text, **only("R105")), "R105")) == 1
