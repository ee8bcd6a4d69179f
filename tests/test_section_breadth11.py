"""Section detection on strangers' wording (sections11): requirements told as the condition of an
invitation, a call to apply by any contact verb and a channel, duties told as a run of -ing verbs,
an ad typed all in lower case, and a paragraph that mixes pay or a call to apply with clear
sentences of other parts. Each class has passages that must give the kind and near-misses that
must not. Passages written for these tests."""
from __future__ import annotations

import time

from jdlint import sections
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections import classify
from jdlint.source import SourceFile
from conftest import section_kinds

SYNONYMS = make_plan(Config()).synonyms


# -- requirements told as a condition ---------------------------------------------------------------
def test_a_condition_of_the_invitation_is_a_requirement():
    text = ("# Roofer\n\nMarsh Roofing are after a roofer for domestic work around Norwich. If you've got your "
            "NVQ Level 2 and a full driving licence, give Paul a bell on 07700 900 512.\n")
    assert {"requirements", "how-to-apply"} <= section_kinds(text)


def test_a_condition_inside_a_call_to_apply_is_a_requirement_too():
    text = ("# Site Engineer\n\nWe'd be glad to hear from you if you hold a degree in civil engineering and "
            "have worked on a live site. Experience of setting out is welcome.\n")
    assert "requirements" in section_kinds(text)
    # (sections39) the call names no way to apply, inside a paragraph about what the hire must have: no how-to-apply
    # section by itself (docs/section-labelling.md); with an address it is one
    assert "how-to-apply" not in section_kinds(text)
    assert {"requirements", "how-to-apply"} <= section_kinds(text.replace("from you if", "from you at jobs@site.example if"))


def test_provided_you_can_is_a_condition():
    assert classify._requirement_condition(classify._read(
        "Provided you can drive and are happy with personal care, we'll train you in the rest."))


def test_conditions_that_ask_for_nothing_are_no_requirement():
    for sentence in ("If you have any questions about the role, call Jo on 01632 960 111.",
                     "If you're keen, give us a ring on 01632 960 111.",
                     "If you don't have a CSCS card, we'll pay for one.",
                     "If you are not a council employee, the vetting office must grant the clearance first.",
                     "If a customer has a warranty claim, log it on the app before you start work."):
        assert "requirements" not in classify.sentence_kinds(sentence), sentence


# -- a call to apply by any contact verb and a channel ------------------------------------------------
def test_a_contact_noun_after_any_verb_with_a_channel_is_a_call_to_apply():
    for sentence in ("Interested? Bung us a text on 07700 900 881.",
                     "Flick me a message on Insta @northlanebakes with a bit about you.",
                     "Shoot us an email at jobs@tideway.example and we'll set up a trial shift."):
        assert "how-to-apply" in classify.sentence_kinds(sentence), sentence


def test_contacting_people_as_a_duty_is_no_call_to_apply():
    for sentence in ("Give customers a call when their repair is ready.",
                     "Send patients a text reminder the day before their appointment.",
                     "Follow us on Instagram @northlanebakes for this week's specials."):
        assert "how-to-apply" not in classify.sentence_kinds(sentence), sentence


# -- duties told as a run of -ing verbs ------------------------------------------------------------
def test_a_run_of_duty_verbs_in_prose_is_the_duties():
    text = ("# Kitchen Assistant\n\nBlue Door is a neighbourhood cafe in Headingley.\n\n"
            "You'd be washing up, prepping veg, making sandwiches and keeping the kitchen spotless. "
            "We pay £11.50 an hour.\n")
    assert {"responsibilities", "pay"} <= section_kinds(text)


def test_a_run_of_verbs_that_is_a_requirement_or_a_perk_is_no_duty():
    for sentence in ("Experience cooking, cleaning and serving customers.",
                     "Paid training, mentoring and coaching."):
        assert not classify._sentence_scores(sentence)[1] >= classify.DUTY_RUN_SCORE, sentence


# -- a paragraph that mixes a sentence-level part with other parts -----------------------------------
def test_pay_beside_a_named_perk_gives_both():
    text = ("# Teacher Aide\n\nYou'll support small reading groups and help at lunchtime.\n\n"
            "The role is paid at $26.75 per hour. You'll also have access to our Employee Assistance "
            "Programme.\n")
    assert {"pay", "benefits"} <= section_kinds(text)


def test_a_hospital_looking_for_a_specialist_is_no_duty_beside_a_call_to_apply():
    # "is looking for a" alone does not make the paragraph the duties: it stays how-to-apply
    text = ("# Specialist\n\nA well-known hospital in Dubai is looking for a full-time specialist to join the "
            "institution. Interested candidates can forward their CV to us and we will be in contact.\n")
    assert "responsibilities" not in section_kinds(text)


# -- an ad typed all in lower case -----------------------------------------------------------------
def test_an_ad_typed_in_lower_case_is_read_sentence_by_sentence():
    text = ("office cleaner needed evenings in chelmsford, you will empty bins, hoover and mop all floors. "
            "pay is £12.50 an hour. please text your name to 07700 900 255 and we will call you back\n")
    assert {"responsibilities", "pay", "how-to-apply"} <= section_kinds(text)


def test_lower_case_stops_are_not_split_in_text_with_capitals_or_in_figures():
    text = "Pay is £12.50 an hour. e.g. weekends"
    assert classify.sentences_of(text, 0, len(text)) == classify.sentences_of(text, 0, len(text))
    figures = "pay is £12.50 an hour"
    assert len(classify.sentences_of(figures, 0, len(figures))) == 1


def test_lower_case_splitting_stays_linear():
    def seconds(n: int) -> float:
        # the least of three runs: one run of the large text took 0.70 s in a loaded CI (session 51) where it takes
        # 0.06 s alone; a bound on the growth must not read a pause of the machine as the splitter's
        text = "# job\n\n" + "clean the floors. wash up. " * n + "\n"
        runs = []
        for _ in range(3):
            start = time.process_time()
            section_kinds(text)
            runs.append(time.process_time() - start)
        return min(runs)
    small, large = seconds(200), seconds(1600)
    assert large < 8 * small + 0.5


# -- nothing asked, and an announcement of hiring (writer C's ads, sections11) ------------------------
def test_saying_nothing_is_required_is_no_requirement():
    for sentence in ("No experience is necessary.", "No qualifications needed - full training given."):
        assert classify._sentence_scores(sentence)[2] == 0.0, sentence
    for sentence in ("No more than six points on your licence.", "No degree needed, but you must hold a CSCS card."):
        assert classify._sentence_scores(sentence)[2] > 0.0, sentence


def test_an_ad_whose_only_requirement_talk_says_none_has_no_requirements():
    text = ("# Fruit Pickers\n\nWe need pickers to hand-pick apples into bags and empty them into bins.\n\n"
            "No experience is necessary. Pickers work in crews of six.\n")
    assert "requirements" not in section_kinds(text)


def test_we_are_recruiting_is_about_the_job_not_the_employer():
    text = "# Traffic Controllers\n\nWe're currently recruiting experienced traffic controllers for road works across Western Sydney.\n"
    assert "intro" not in section_kinds(text)


def test_announcing_the_job_is_no_duty_unless_a_duty_follows():
    assert classify._sentence_scores("We're hiring bar staff for Friday and Saturday nights this summer.")[1] < 1.0
    assert classify._sentence_scores("We're looking for a developer to build our booking app.")[1] >= 1.0
    assert classify._sentence_scores("We are seeking a technician capable of maintaining our chillers.")[1] >= 1.0


def test_the_readers_wish_is_no_requirement():
    for sentence in ("If you are looking for a long-term fit with a great team, apply now.",
                     "If you are interested, send your CV to jobs@harbour.example."):
        assert classify._sentence_scores(sentence)[2] == 0.0, sentence


def test_the_employer_as_home_of_people_is_an_intro():
    text = ("Trainee Accountant\n\nThe Faculty of Business at Northgate College is home to 40 lecturers and "
            "2,000 students. Our finance office supports every department.\n\n"
            "You will reconcile accounts and prepare VAT returns.\n")
    assert "intro" in section_kinds(text)


def test_an_email_to_an_address_is_a_call_to_apply_as_a_ring_to_a_number_is():
    assert "how-to-apply" in classify.sentence_kinds("Email manager@littleacorns.example or pop in for a look around.")
    # a duty that e-mails others names no address of ours and no applicant's document
    assert "how-to-apply" not in classify.sentence_kinds("Email invoices to clients at the end of each month.")


# -- a heading that names a fact about the job (hours, place) is read for what its text says ---------
def test_duties_under_a_shift_heading_are_the_duties():
    text = ("# Van Driver\n\n## On a normal shift\n\n- Load the van at the depot by 7am\n"
            "- Drop parcels to homes around Crewe\n- Collect returns and scan them in\n")
    assert {"schedule", "responsibilities"} <= section_kinds(text)


def test_hours_and_a_place_under_their_headings_are_no_duties():
    text = ("# Van Driver\n\nDeliver parcels around Crewe.\n\n## Hours\n\nMonday to Friday, 7am to 3pm, "
            "with one Saturday a month.\n\n## Location\n\nOur depot on the Weston Road business park.\n")
    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    found = sections.detect(document, SYNONYMS)
    duties = [s for s in found if s.kind == "responsibilities"]
    assert duties and all(s.line < 5 for s in duties)


def test_a_job_that_comes_with_a_perk_offers_it():
    assert "benefits" in classify.sentence_kinds("The job comes with free meals on shift and paid DBS.")
    # a product that comes with something is what the business sells
    assert "benefits" not in classify.sentence_kinds("Each membership comes with free towels for our members.")


def test_a_progression_is_no_condition():
    assert "requirements" not in classify.sentence_kinds("Once you hold your CSCS card, you'll move up a pay grade.")
