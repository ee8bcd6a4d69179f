"""Sections on scraped-job-board ads (sections13): calls to apply as button text or an
intransitive "apply" closing a sentence, and the page's button pointed at. Each class has passages
that must give the kind and near-misses that must not. Passages written for these tests."""
from __future__ import annotations

import pytest

from jdlint.sections import classify
from conftest import section_kinds


@pytest.mark.parametrize("sentence, apply", [
    ("If you feel that's you - apply.", True),
    ("Think you fit? Then apply!", True),
    ("Like what you see? Go ahead and apply.", True),
    ("Got the tickets and the experience, so apply today.", True),
    ("Easily apply", True),                                   # a job board's button text
    ("Quick apply", True),
    ("Apply below.", True),
    ("Use the button below to send your details.", True),
    ("Hit the green link above and tell us about yourself.", True),
    # "apply" with an object, or with a noun as its subject: another sense
    ("Apply the primer and two top coats.", False),
    ("Standard terms and conditions apply.", False),
    ("T&Cs apply.", False),
    ("Check whether any of the exemptions apply.", False),
    ("Press the red button below the guard to stop the press.", False),  # a machine's button
])
def test_an_intransitive_apply_closing_a_sentence_is_a_call_to_apply(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply


def test_a_bare_call_to_apply_closing_the_last_paragraph():
    """(sections39, was sections13's "is how-to-apply") A bare call closing a paragraph about the job names no channel
    and no instruction: session 35's labellers label it no (docs/section-labelling.md: a channel or application
    instructions; dev A five of five), so it is no section; naming a way, it is one; (sections42) on a line of its own,
    only where the posting names a way elsewhere."""
    text = ("# Sales Assistant\n\nServe customers, take payments and restock shelves in our Bath store. "
            "Weekends and one late night. If that sounds like you - apply.\n")
    assert "how-to-apply" not in section_kinds(text)
    assert "how-to-apply" not in section_kinds(text.replace(" If that", "\nIf that"))
    assert "how-to-apply" in section_kinds(text.replace(" If that", "\nIf that")
                                          + "\nConsideration will only be given to candidates who submit online applications.\n")
    assert "how-to-apply" in section_kinds(text.replace("- apply.", "- apply at bathstore.example/jobs."))


def test_conditions_that_apply_are_no_call():
    text = ("# Sales Assistant\n\nServe customers, take payments and restock shelves in our Bath store. "
            "Staff discount of 20%, conditions apply.\n")
    assert "how-to-apply" not in section_kinds(text)


def test_pipes_part_a_flattened_pages_fields():
    text = ("Restaurant Supervisor | Clarke Quay | $3,000 monthly | Job Description: Saltbox Group runs three "
            "seafood restaurants along the river and is opening a fourth next spring. We need a supervisor to "
            "lead the floor at lunch and dinner. | Similar Jobs | Report Job\n")
    found = section_kinds(text)
    assert {"intro", "pay"} <= found
    assert classify.sentences_of(text, 0, len(text))[1] == (24, 35)  # "Clarke Quay": a field of its own


def test_a_spaced_dash_opens_a_label_in_a_flattened_ad():
    text = ("Site Engineer - Doha - Contract: 12 months - Job Summary: Gulfstone Contracting builds roads and "
            "bridges across Qatar. - Candidate Requirements: B.Sc. in Civil Engineering; minimum 8 years of "
            "experience on highway projects; valid GCC driving licence. - How to Apply: send your CV to "
            "jobs@gulfstone-qa.example.\n")
    found = section_kinds(text)
    assert {"intro", "requirements", "how-to-apply"} <= found


def test_a_heading_phrase_on_the_first_line_of_a_paragraph_labels_it():
    text = ("POST: MINE SURVEYOR\nLocation: Kathu\n\nIntroduction\nSishen Ridge Mining runs an open-pit iron ore "
            "mine in the Northern Cape, employing 2,000 people.\n\nRequirements\nA National Diploma in Mine "
            "Surveying and a Mine Survey Certificate.\n")
    found = section_kinds(text)
    assert {"intro", "requirements"} <= found


def test_a_plain_first_line_is_no_label():
    # "Senior Surveyor" is no heading phrase: the paragraph is read for what it says
    text = "# Surveyor\n\nSenior Surveyor\nRun topographic surveys on housing sites and prepare the drawings.\n"
    assert section_kinds(text) & {"intro", "requirements", "benefits"} == set()
    assert "responsibilities" in section_kinds(text)


@pytest.mark.parametrize("item, duty", [
    ("Report", False),           # a job board's link
    ("Reviews (1.2k)", False),
    ("Share", False),
    ("Report faults to the supervisor", True),
    ("Cleaning", True),          # a one-word item of a list of tasks
])
def test_a_lone_duty_verb_is_a_link_not_a_duty(item, duty):
    assert classify._sentence_scores(item)[0] is duty


def test_job_board_chrome_gives_no_duties():
    text = ("# Java Developer\n\nCogent Systems is a Pune-based IT services company with 900 employees.\n\n"
            "Salary: Not disclosed\n\nAbout company · Similar jobs · Reviews (1.2k) · Report\n")
    assert "responsibilities" not in section_kinds(text)


@pytest.mark.parametrize("sentence, intro", [
    ("Hey 👋 We're Fernly, a 30-person startup building booking software for dance schools.", True),
    ("Hi there! We're a small bakery on the high street.", True),
    ("We are Hale & Sons, the family builders behind half the new homes in Totnes.", True),
    ("Hi there! We're hiring a barista for weekends.", False),
    ("We're Looking for a chef who loves fish.", False),
])
def test_the_employer_introducing_itself(sentence, intro):
    assert (classify._sentence_scores(sentence)[5] > 0) is intro


@pytest.mark.parametrize("sentence, offered", [
    ("A comprehensive benefits package is available.", True),
    ("Relocation assistance is also available for this role.", True),
    ("Staff receive 20% off in all our stores.", True),
    ("Parking is available for patients and visitors.", False),     # the customers'
    ("Pension advice is available to clients.", False),
    ("Free Wi-Fi is available in the lounge.", False),               # no perk named
])
def test_a_benefit_made_available_is_offered(sentence, offered):
    assert ("benefits" in classify.sentence_kinds(sentence)) is offered


def test_a_benefit_made_available_at_the_end_of_a_duty_paragraph():
    text = ("# Warehouse Operative\n\nPick, pack and load orders for our stores across the north west. "
            "Shifts are 6am to 2pm. A company pension and life cover are available from day one.\n")
    assert "benefits" in section_kinds(text)


@pytest.mark.parametrize("sentence, duty", [
    ("The Dental Receptionist will greet patients, schedule appointments and handle insurance claims.", True),
    ("The Warehouse Picker will also load trailers at the end of each shift.", True),  # a title by its capitals
    ("The Customer will sign the delivery note.", False),          # one word: no title
    ("We need a driver to collect and deliver furniture between our warehouse and customers' homes.", True),
    ("We are seeking a bookkeeper who will reconcile the bank accounts and run payroll.", True),
    ("This is a full-time on-site role for a cook who will prepare meals and manage stock.", True),
    ("The Company will provide full training.", False),            # no job title as the subject
    ("The Store will open in March.", False),
    ("The Cleaner will report to the site supervisor.", False),     # the reporting line
    ("The Manager will train you on the tills.", False),            # the hire is the object
    ("We need you to hold a full UK licence.", False),              # a requirement
    ("We are seeking people who will thrive in a busy kitchen.", False),
])
def test_the_job_as_the_subject_of_a_duty(sentence, duty):
    assert ("responsibilities" in classify.sentence_kinds(sentence)) is duty


@pytest.mark.parametrize("label", ["Similar jobs", "## Similar jobs", "People also viewed", "More jobs from this employer"])
def test_a_job_boards_list_of_other_jobs_gives_no_pay(label):
    text = (f"# Kitchen Porter\n\nWash up and help with prep at our pub in Frome.\n\n{label}\n\n"
            "Sous Chef - Bristol - £32,000 a year\n\nCommis Chef - Bath - £24,000 a year\n")
    assert "pay" not in section_kinds(text)


def test_this_jobs_pay_before_the_list_of_other_jobs_stays():
    text = ("# Kitchen Porter\n\nWash up and help with prep at our pub in Frome. £12.21 an hour.\n\nSimilar jobs\n"
            "Sous Chef - Bristol - £32,000 a year\n")
    assert "pay" in section_kinds(text)


@pytest.mark.parametrize("sentence, kind, found", [
    ("Every shift comes with a free staff meal.", "benefits", True),
    ("The contract comes with a company car.", "benefits", True),
    ("DM us on Instagram @fadehouse.", "how-to-apply", True),
    ("Inbox us on Facebook for details.", "how-to-apply", True),
    ("DM campaigns on LinkedIn and Instagram.", "how-to-apply", False),   # direct mail, a duty
])
def test_offers_and_calls_in_job_board_slang(sentence, kind, found):
    assert (kind in classify.sentence_kinds(sentence)) is found


@pytest.mark.parametrize("sentence, offered", [
    ("This is a benefits-eligible position.", True),
    ("This position is benefits eligible.", True),
    ("Employees accrue 8 hours of sick leave per month.", True),
    ("You and your family will have access to a range of health and retirement benefits.", True),
    ("Opportunity to enroll in the state retirement plan.", True),
    ("Process employee benefits-eligible status changes.", False),   # a duty whose object is benefits
    ("Help employees enroll in benefits.", False),
    ("Patients will have access to physiotherapy.", False),           # the customers'
])
def test_benefits_offered_in_public_sector_wording(sentence, offered):
    assert ("benefits" in classify.sentence_kinds(sentence)) is offered


@pytest.mark.parametrize("line, apply", [
    ("https://careers.acme.example/jobs/1234", True),
    ("https://boards.greenhouse.io/acme/jobs/55", True),
    ("www.acme.com", False),                          # a home page
    ("https://acme.com/about", False),
])
def test_a_line_that_is_only_a_link_to_a_jobs_page_is_where_to_apply(line, apply):
    assert ("how-to-apply" in classify.sentence_kinds(line)) is apply


@pytest.mark.parametrize("sentence, apply", [
    ("Hand your CV to the duty manager.", True),
    ("Ring us for a chat.", True),
    ("Swing by for a chat.", True),
    ("Pop in and see us.", True),
    ("Come in and ask for Marco.", True),
    ("Call the customer for a chat about their order.", False),   # a duty: someone else is called
    ("Visit customers for a chat about their needs.", False),
    ("Hand the keys to the customer.", False),
])
def test_the_reader_asked_round_or_on_the_phone(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply
