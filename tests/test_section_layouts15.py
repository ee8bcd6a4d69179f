"""Section labels that survive an ad's layout being lost (sections15, issue 14): a label before its
list's first mark, a label after a sentence end or inside a list run on without marks, a colon
label after an emoji, and a whole ad run into one line with a job board's footer at its end."""
from __future__ import annotations

import pytest

from jdlint import sections
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections.headings import GENERIC_HEADINGS, _normalise
from jdlint.sections.inline import inline_labels
from jdlint.source import SourceFile

SYNONYMS = make_plan(Config()).synonyms
PHRASES = {_normalise(p) for phrases in SYNONYMS.values() for p in phrases} | set(GENERIC_HEADINGS)


def found(text: str) -> dict[str, str]:
    """kind -> the text of its first section"""
    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    out: dict[str, str] = {}
    for s in sections.detect(document, SYNONYMS):
        if not s.empty:
            out.setdefault(s.kind, text[s.start:s.end])
    return out


def labels(text: str) -> list[str]:
    from jdlint.sections.headings import _kinds_named, _synonym_key, _synonym_needles, generic_heading
    needles = _synonym_needles(_synonym_key(SYNONYMS))

    def names(heading):
        kinds = _kinds_named(heading, needles)
        return kinds, generic_heading(heading) if not kinds else False

    return [label.text for label in inline_labels(text, names, lambda label: _normalise(label) in PHRASES)]


@pytest.mark.parametrize("text, label", [
    # a label before its list's first mark, after a plain space (a page that lost its line breaks)
    ("Participate in rounds and quality improvement initiatives QUALIFICATIONS • Current registration "
     "with the College of Nurses • Minimum one year of acute care experience", "QUALIFICATIONS"),
    ("Ability to stand and walk for a full shift Perks • Weekly pay every Friday • Free onsite parking", "Perks"),
    ("Overtime at time and a half after 40 hours What you'll need • Safety boots • Proof of right to work", "What you'll need"),
    ("PREPARE END-OF-SHIFT REPORTS FOR THE OPERATIONS MANAGER REQUIREMENTS • B.SC/HND IN LOGISTICS", "REQUIREMENTS"),
    # a colon label after an emoji that opens its line
    ("We were named a Great Place to Work! 🏆 ✅ What we need: 📌 At least 18 years old 📌 Senior High "
     "School graduate", "What we need"),
    # a label after a sentence end, before its text's first word
    ("We are hiring the best people we can find regardless of geography. Responsibilities Deliver live "
     "sessions on topics that matter for interviews.", "Responsibilities"),
    ("We were recently recognized for our work in patient safety. THE OPPORTUNITY Our 36-bed Medicine "
     "Unit is looking for a nurse.", "THE OPPORTUNITY"),
])
def test_a_label_whose_line_break_was_lost(text, label):
    assert label in labels(text)


def test_a_label_inside_a_list_run_on_without_marks():
    # a long stretch with no sentence mark is a list that lost its line breaks, even where the
    # ad's prose kept its full stops
    prose = "We teach interview skills to engineers. Our instructors come from top firms. "
    duties = ("Deliver live sessions on Data Science topics Constantly improve the session flow and "
              "delivery with other instructors Simplify complex topics and explain them in an engaging "
              "manner Understand the challenges students face and help them out ")
    text = prose + duties + "Requirements Minimum 4 years of experience in tier-1 tech companies Proficient in SQL"
    assert "Requirements" in labels(text)


@pytest.mark.parametrize("text, not_label", [
    # a heading phrase ending a name inside a list item, after a capitalised word
    ("✅Lower Rates✅Medical/Dental/Vision Benefits package✅Company credit card for business expenses", "Benefits package"),
    # a heading phrase after a function word, inside a run-on list of wants
    ("Bachelor's Degree from an accredited institution 3+ Years Account Management experience required "
     "Intermediate to advanced Microsoft Excel experience preferred Experience in Benefits Administration "
     "preferred Strong written communication in English with clients and carriers", "Benefits"),
    # a sentence's own capitalised words after a sentence end, with a lower-case word after them
    ("We are a small team. Benefits include a pension and free parking.", "Benefits"),
])
def test_a_heading_phrase_inside_the_text_is_no_label(text, not_label):
    assert not_label not in labels(text)


ONE_LINE_AD = (
    "Bar & Floor Staff – Full & Part Time The Ferryman's Rest, Kinsale, Co. Cork The Ferryman's Rest is a "
    "busy harbour-side pub and seafood kitchen in Kinsale, packed with locals all winter. The job: Pulling "
    "pints, taking food orders, running plates from the kitchen, clearing and resetting tables and cashing up "
    "the till at close. Pay: €14.50 per hour plus a fair share of tips, paid out weekly. The good stuff: a hot "
    "staff meal every shift and a staff night out every quarter on the house. Drop your CV in to the bar any "
    "afternoon and ask for Niamh. Similar jobs in Cork · Jobs by email · Employers: Post a job")


def test_a_whole_ad_on_one_line_with_the_boards_footer_is_read():
    kinds = found(ONE_LINE_AD)
    assert {"responsibilities", "pay", "benefits", "how-to-apply"} <= set(kinds)


def test_the_boards_footer_alone_is_still_skipped():
    text = "# Bar Staff\n\nPulling pints and taking food orders.\n\nSimilar jobs in Cork · Jobs by email · Employers: Post a job\n"
    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    for s in sections.detect(document, SYNONYMS):
        assert "Post a job" not in text[s.start:s.end], s.kind


@pytest.mark.parametrize("sentence, perk", [
    # a customer's free offer is no perk for the hire (issue 14 item 3)
    ("Get in touch today for a free no-obligation quote.", False),
    ("Call us now to book your free survey.", False),
    ("Ask in store about our free delivery and free returns.", False),
    ("Free lunch every shift.", True),
    ("You get a free gym membership.", True),
    ("Free parking on site.", True),
    # protective equipment the law makes the employer supply is no perk on its own (decision,
    # sections15); with something else given, or a uniform the worker would otherwise buy, it is
    ("PPE provided.", False),
    ("Hi-vis and safety gear supplied.", False),
    ("Safety boots and hi-vis supplied.", True),  # boots the worker would otherwise buy
    ("All PPE and safety equipment supplied.", False),
    ("Uniform and PPE provided.", True),
    ("PPE and uniform provided.", True),
    ("Company van, paid travel time and PPE provided.", True),
    ("You will be issued with PPE and a uniform.", True),
])
def test_what_is_a_perk_for_the_hire(sentence, perk):
    assert ("benefits" in found(f"# Labourer\n\nCarrying materials and clearing the site.\n\n{sentence}\n")) is perk


@pytest.mark.parametrize("sentence, duties", [
    # the work told as what it is, two duties or more (writer P 9509)
    ("The work is tear-offs, carrying bundles up the ladder, cleaning up the site with the magnet and "
     "the tarps, and helping the installers as needed.", True),
    ("The job is mostly loading vans and checking stock.", True),
    # the work praised, or one -ing word only
    ("The work is varied and no two days are the same.", False),
    ("The work is rewarding and the team is friendly.", False),
    # the work's demands as the reason for a requirement ("A good level of fitness is needed, as the
    # work involves lifting up to 25 kg") are no duty statement
    ("A good level of fitness is needed, as the work involves lifting up to 25 kg and standing all shift.", False),
])
def test_duties_told_as_what_the_work_is(sentence, duties):
    assert ("responsibilities" in found(f"# Roofing Labourer\n\n{sentence}\n")) is duties


def test_a_reporting_line_is_no_duty():
    # writer P 9522: the employer's sentence under "Summary" is the intro; the reporting line after
    # it says where the post sits, and no longer outweighs it as a duty
    text = ("# Management and Program Analyst\n\n## Summary\n\nThe Rocky Mountain Regional VA Medical Center "
            "provides care to more than 100,000 Veterans across Colorado, Wyoming and Montana. This position is "
            "located in the Office of Quality, Safety and Value and reports to the Chief, Performance Improvement.\n")
    assert "intro" in found(text) and "responsibilities" not in found(text)
    # a duty beside the reporting line is still a duty
    assert "responsibilities" in found("# Analyst\n\nReporting to the Director, you will prepare the monthly accounts.\n")


@pytest.mark.parametrize("sentence, intro", [
    # a centre or lab placed in its parent body, then what it does (real ads, half A)
    ("The Center for High Throughput Computing (CHTC) at the University of Wisconsin-Madison provides compute "
     "resources and services to campus researchers.", True),
    ("The Institute for Coastal Studies at Bangor University runs three research vessels.", True),
    # the employer's mission told of it by name
    ("The mission of Spotlight PA is to hold powerful forces to account by producing journalism.", True),
    # a job title in the same frame is the job
    ("The Site Supervisor at our Leeds depot manages loading and dispatch.", False),
])
def test_the_employer_named_with_its_parent_body_or_mission(sentence, intro):
    assert ("intro" in found(f"# Research Software Engineer\n\n{sentence}\n")) is intro


@pytest.mark.parametrize("sentence, perk", [
    # remote work offered as a choice, housing with the job
    ("We offer a competitive salary with hybrid or fully-remote options.", True),
    ("We offer a salary of $50,000 and on-site housing at the field station.", True),
    # the same words as the business or the work ('quality healthcare' is as often the clinic's own)
    ("The mission of San Jose Clinic is to provide healing through quality healthcare.", False),
    ("Manage on-site housing for 200 residents.", False),
])
def test_perks_in_plain_words(sentence, perk):
    assert ("benefits" in found(f"# Field Technician\n\nCollect plant data in the field.\n\n{sentence}\n")) is perk


@pytest.mark.parametrize("sentence, apply", [
    # the application given as an address that ends the sentence (real ads, half A)
    ("Full job ad and application at: https://jobs.example.edu/postings/143561", True),
    ("Application form: www.example.org/jobs", True),
    # the software of that name
    ("The application at https://github.com/acme/app is written in Rust.", False),
])
def test_the_application_given_as_an_address(sentence, apply):
    assert ("how-to-apply" in found(f"# Field Technician\n\nCollect plant data and enter it each evening.\n\n{sentence}\n")) is apply


def test_the_person_sought_inside_a_paragraph_of_duties_is_a_requirement():
    # one list item holds the role, its duties and whom it wants (real ads, half A): the wants
    # sentence is a requirement wherever it stands, as a condition put to the reader is
    item = ("- **Research assistant**. We are looking for a part-time assistant to help manage data collection in "
            "our lab. You will run sessions with participants and measure their reactions to videos. The ideal "
            "candidate will be able to work well in a team, with experience of using behavioural science software.\n")
    assert "requirements" in found("# Research assistant\n\n" + item)
    # what happens to the person chosen is no requirement
    assert "requirements" not in found("# Research assistant\n\n- Run sessions with participants. "
                                        "The successful candidate will be contacted within two weeks.\n")
