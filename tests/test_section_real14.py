"""Sections on real ads' wording (sections14, issue 14): a benefit word that names the employer's
trade or the job's field ("our dental practice", "a health care assistant") is no perk. Each class
has passages that must give the kind and near-misses that must not. Passages written for these
tests."""
from __future__ import annotations

import pytest

from jdlint.config import Config
from jdlint.engine import make_plan
from jdlint.sections import classify
from conftest import section_kinds, benefit_score

SYNONYMS = make_plan(Config()).synonyms


@pytest.mark.parametrize("sentence", [
    "Our dental practice in Hove has been open 20 years.",
    "Join our friendly dental team as a dental nurse.",
    "We are a busy dental surgery in Leeds.",
    "Health care assistant needed for nights.",
    "Our pension team looks after 40,000 savers.",
    "We run the biggest gym chain in the county.",
])
def test_a_benefit_word_naming_the_trade_is_no_perk(sentence):
    assert benefit_score(sentence) == 0


@pytest.mark.parametrize("sentence", [
    "We offer dental cover for you and your family.",
    "A pension for all workers.",
    "Medical, dental and vision insurance.",
    "Free gym membership and a pension.",
    "Dental nurse wanted, with a pension and free parking.",   # the job is trade, the pension a perk
])
def test_perks_beside_trade_words_stay_perks(sentence):
    assert benefit_score(sentence) > 0


def test_a_forwarded_email_from_a_dental_practice_has_no_benefits():
    text = ("---------- Forwarded message ---------\nFrom: Karen Lee\nSubject: Fwd: Receptionist vacancy\n\n"
            "Hi team, please share with anyone who might be interested. Our dental practice in Hove has been "
            "open 20 years and we're looking for a part-time receptionist. CVs to karen@hovedental.co.uk by "
            "Friday please.\n")
    found = section_kinds(text)
    assert "benefits" not in found
    assert "how-to-apply" in found


@pytest.mark.parametrize("sentence, apply", [
    # a deadline as a label and a date; a shop's closing time is its hours. (sections37) A closing date alone is no way
    # to apply (session 35's labelling conventions, docs/section-labelling.md: sections14 read it as one); a call to
    # apply with its date still is
    ("Closing: midday 9 May.", False),
    ("Deadline for applications: 3 June.", False),
    ("Applications close - Friday 14 March", False),
    ("Apply by 9 May.", True),
    ("Applications close on 3 June: apply online at jobs.acme.example.", True),
    ("Closing: 10pm daily.", False),
    ("Closes: 5pm", False),
    # the application pack or form to get
    ("Application packs are available from the school office.", True),
    ("Download an application form from our website.", True),
    ("Help tenants complete application forms for housing.", False),
    # an informal talk offered, with whom or how
    ("For an informal discussion please contact Sister Jane Doe on 01234 567890.", True),
    ("Informal enquiries welcome.", True),
    ("Hold informal chats with residents every morning.", False),
])
def test_deadlines_packs_and_informal_enquiries_are_how_to_apply(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply


@pytest.mark.parametrize("sentence, perk", [
    # the hire as the one given something
    ("All training is paid for and you'll be given a laptop and phone.", True),
    ("You will be issued with PPE and a uniform.", True),
    ("You will be given responsibility for a caseload of 30 families.", False),
    ("You'll be given targets each week.", False),
    # the job itself is no perk (dev 0017)
    ("The internship lasts 2 months, after which you will be given a full time offer for the role.", False),
    # things given, with where they come from and "all"
    ("Camp accommodation, meals and flights from Brisbane are all included.", True),
    ("Flights to Perth are all covered.", True),
    ("Meals for residents are provided by the kitchen.", False),
])
def test_what_the_hire_is_given(sentence, perk):
    assert ("benefits" in classify.sentence_kinds(sentence)) is perk


@pytest.mark.parametrize("sentence, intro", [
    # an agency describing its one client, the employer
    ("My client is a Series B fintech in Shoreditch building payment rails for marketplaces.", True),
    ("On behalf of our client, an award-winning architecture practice in central Bristol, we are seeking "
     "an organised Office Manager.", True),
    ("Hays are delighted to be partnering with a well-established independent brewery in the Cotswolds, "
     "producing award-winning ales since 1875.", True),
    # the employer's standing
    ("We are currently recruiting for a leading manufacturer of hydraulic cylinders based in Rotherham.", True),
    ("An exciting opportunity has arisen with a well-known accountancy practice in Cheltenham.", True),
    ("We are recruiting for a Care Assistant to join our team.", False),   # the job, not the client
    ("The Department of Chemistry at Eastbridge is ranked in the UK's top ten for research.", True),
    ("You are recognised as an expert in your field.", False),
    ("Our client is looking for a driver.", False),
])
def test_an_agencys_client_and_the_employers_standing_are_the_intro(sentence, intro):
    assert (classify._sentence_scores(sentence)[5] > 0) is intro


@pytest.mark.parametrize("sentence, duty", [
    # the job, named by its title, doing its work in the present tense (an ATS summary)
    ("The Maintenance Technician performs preventive and corrective maintenance on packaging lines.", True),
    ("The Store Manager leads a team of 12 and manages the budget.", True),
    ("The Coordinator processes invoices.", True),
    ("The Manager trains you on the tills.", False),      # the hire is the object
    ("The Company operates 14 clinics.", False),          # no job title
    ("The Engineer reports to the Head of Operations.", False),
])
def test_the_job_title_doing_its_work_in_the_present(sentence, duty):
    assert ("responsibilities" in classify.sentence_kinds(sentence)) is duty


@pytest.mark.parametrize("sentence, apply", [
    ("PM me please.", True),
    ("Drop me a DM or comment below and I'll send over the details.", True),
    ("Would you be open to a quick call this week?", True),
    ("Just reply here with a good time.", True),
    ("Inbox us for prices.", False),                      # a customer's message
    ("Reply to customer emails within a day.", False),    # a duty
])
def test_social_posts_and_recruiters_calls_to_apply(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply


def test_staff_food_beside_a_staff_discount_is_a_perk():
    text = ("NOW HIRING Kitchen porters at our Camden site! Staff food every shift, 50% off when you dine "
            "with us, paid weekly. Apply in store or DM us!\n")
    assert "benefits" in section_kinds(text)


@pytest.mark.parametrize("sentence, perk", [
    # the work's own means, with an auxiliary in the phrase (writer P 9508)
    ("All equipment and products are supplied.", False),
    ("Boots and gloves are provided.", True),
    # when one works, not time off (writer P 9511)
    ("- Are available weekends and public holidays", False),
    ("25 days holiday plus bank holidays.", True),
    # more pay after a figure, not a perk (writer P 9515)
    ("€15.20 gross per hour plus statutory night and Sunday supplements.", False),
    ("$36.50 per hour casual rate, plus penalty rates for overtime.", False),
    ("£30,000 plus a company car and pension.", True),
    ("Dealers: $8.25/hour plus tokes (averaged $22/hour in 2023)", False),    # a casino's tips
    ("An honorarium is provided for weekend worship leading.", False),       # a payment
])
def test_means_of_work_availability_and_more_pay_are_no_perks(sentence, perk):
    assert ("benefits" in classify.sentence_kinds(sentence)) is perk


@pytest.mark.parametrize("sentence, duty", [
    ("You'd take our storyboards and style frames and turn them into around 20 short animated spots, "
     "prepare cut-downs in different formats, and join two short calls a week with our art director.", True),
    ("You'd be a great fit if you love animation.", False),
])
def test_youd_tells_the_duties_as_youll_does(sentence, duty):
    assert (classify._sentence_scores(sentence)[1] >= 1) is duty


def heading(text: str) -> list[str]:
    from jdlint.sections.headings import heading_kinds
    return heading_kinds(text, SYNONYMS)


@pytest.mark.parametrize("text, kinds_named", [
    # the condition of being considered, then what it takes (writer P 9527)
    ("To be considered you will need:", ["requirements"]),
    ("To be considered, you must have", ["requirements"]),
    ("To be considered", ["how-to-apply"]),
    ("What you will need", ["requirements"]),
    # when the hire starts getting something, then what is given (writer P 9530)
    ("From your first day you'll have:", ["benefits"]),
    ("From day one you'll have", ["benefits"]),
    ("You'll have", ["requirements"]),
    # perks' headings in other registers; not a word that heads duties as often
    ("Benefits and Welfare", ["benefits"]),
    ("Reward", ["benefits"]),
    ("Allowances", ["benefits"]),
    ("Welfare", []),
    ("Facilities", []),
    ("We offer", []),          # as often the services a firm sells (dev 0136)
])
def test_headings_read_by_what_they_introduce(text, kinds_named):
    assert heading(text) == kinds_named


@pytest.mark.parametrize("sentence, requirement", [
    # a vacancy, as Indian and Gulf ads call it (writer P 9512)
    ("*URGENT REQUIREMENT*", False),
    ("Immediate requirement for delivery partners", False),
    ("Minimum requirements: a degree", True),
])
def test_a_requirement_that_is_a_vacancy(sentence, requirement):
    assert (classify._sentence_scores(sentence)[2] > 0) is requirement


@pytest.mark.parametrize("sentence, duty", [
    # where the post sits is no duty (writer P 9522, dev 0587)
    ("This position is located within the General Services Administration (GSA).", False),
    ("This role is based in our Leeds office.", False),
    ("This role is responsible for the payroll.", True),
    # an organisation's long name doing its own work is no job title (writer P 9522)
    ("The Rocky Mountain Regional VA Medical Center provides care to more than 100,000 Veterans.", False),
])
def test_where_the_post_sits_and_who_the_employer_is_are_no_duties(sentence, duty):
    assert (classify._sentence_scores(sentence)[1] >= 1 or "responsibilities" in classify.sentence_kinds(sentence)) is duty


def test_a_long_organisation_name_is_its_intro():
    assert classify._sentence_scores(
        "The Rocky Mountain Regional VA Medical Center provides care to more than 100,000 Veterans.")[5] > 0


@pytest.mark.parametrize("sentence, apply", [
    # terse calls with what to send, as classifieds and posts write them
    ("Reply with CV.", True),
    ("Please message with your experience and references.", True),
    ("Send CVs to the email in my profile.", True),
    ("Applications must be lodged through the SmartJobs portal.", True),
    ("Reply to customers with details of their order.", False),
    ("Respond with empathy to complaints.", False),
    ("Lodge customs declarations through the CHIEF portal.", False),
])
def test_terse_calls_with_what_to_send(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply


@pytest.mark.parametrize("sentence, apply", [
    # a keyword texted to a short code, and texting by "txt" or "SMS"
    ("Text JOBS to 80010.", True),
    ("SMS CARE and your name to 40404", True),
    ("Txt Mike 0821234567", True),
    ("SMS your name to 0821234567", True),
    ("Text customers reminders.", False),
])
def test_texting_to_apply(sentence, apply):
    assert ("how-to-apply" in classify.sentence_kinds(sentence)) is apply
