"""bias14: the wrong bias findings on strangers' ads (tests/data/judged_strangers.yaml), fixed by class (session 31),
each tested on sentences written for it (none copied from tests/data/bias_heldout14.yaml), with fixtures that must
fire and near-misses that must not:

- a sex field that names no one sex ("Gender: Any") or lists both as the value of a job-details field beside the
  job's other details ("Contract type: Permanent · Gender: Male/Female"): the job open to either, not a form asking
  the applicant (rules/gender.yaml ``other-senses``, read over the whole line since bullets cut it into sentences);
- "will (also) be considered", "are also eligible", "may also apply" after a life-stage word widen the pool
  (data/context.yaml ``widening-after``), but not "will be considered first" or "only ... will be considered";
- a figure that goes on past a comma or point is a count or an amount, not an age ("over 25,000 members");
- "staff" naming what is the staff's (a staff meal, a staff discount): the adjective before it is the meal's;
- a bare "clean record" told by a driving licence beside it or by its points is the driving record, and the firm's
  own clean record is not the applicant's.
"""
from __future__ import annotations

import pytest

from conftest import assert_bias_fires, assert_bias_silent, bias_findings as lint, loud_bias_matches as loud

FIRE = [
    ("gender", "Location: Dammam | Gender: Female | Salary: negotiable", "Gender: Female"),
    ("gender", "Sex: M / F (please tick one)", "Sex: M / F"),
    ("gender", "Surname: ______ Gender: Male/Female Date of joining: ______", "Gender: Male/Female"),
    ("gender", "Gender: male or female", "Gender: male or female"),
    ("age", "Only recent graduates will be considered for the scheme.", "recent graduates"),
    ("age", "School leavers will be considered first for the apprenticeship.", "School leavers"),
    ("age", "New graduates will be favourably considered.", "New graduates"),
    ("age", "Applicants over 40 will not be considered.", "over 40"),
    ("age", "Nobody over 45 will be considered for the post.", "over 45"),
    ("age", "You must be over 21.", "over 21"),
    ("appearance", "We want attractive staff for the launch party.", "attractive staff"),
    ("appearance", "Hot girls wanted for promo work.", "Hot girls"),
    ("record", "Clean record required.", "Clean record"),
    ("record", "Door staff must have a clean record.", "clean record"),
    ("record", "Carers must have a clean criminal record.", "clean criminal record"),
]

SILENT = [
    ("gender", "Job info: Sector: Hospitality · Contract type: Permanent · Gender: Male/Female · Salary: AED 3,000"),
    ("gender", "Career level: Mid · Gender: Any · Nationality: Any"),
    ("gender", "Required gender: not specified. Experience: 2 years."),
    ("age", "Two years' experience is preferred, though new grads will also be considered."),
    ("age", "Experience in retail helps; school leavers may also apply."),
    ("age", "The union now has over 25,000 members across the region."),
    ("age", "Deliveries under 20.5 kilos go by bike; you will load them."),
    ("appearance", "Every shift comes with a hot staff meal and free tea."),
    ("appearance", "You'll get an attractive staff discount on all our ranges."),
    ("record", "Forklift driver: valid licence and a clean record with no more than 3 points."),
    ("record", "You'll need a full driving licence and a clean record to drive the van."),
    ("record", "The site is proud of its spotless record with the safety inspectors."),
]


@pytest.mark.parametrize("category,text,span", FIRE)
def test_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)


# From writer N (training data, read after the lead scored it): a faith required of a minister of religion named as
# the hire in the sentence is the ministerial exception (info, data/context.yaml ``ministerial-role``), while an
# ordinary job at a church, a brand "evangelist" or a minister the staff only meet stays a screen; a gendered noun
# naming the people served, a colleague the hire reports to or assists, or the owner of the diary the hire keeps is not
# the hire's title (skip context ``others``).
MINISTER_INFO = [
    "Senior pastor: must be ordained in the Baptist Union and share our statement of faith.",
    "The synagogue's cantor must be Jewish and observant.",
    "Youth minister wanted; must be a committed Christian.",
]

MINISTER_STAYS = [
    ("Grounds keeper at St Luke's: must be a practising Christian.", "must be a practising Christian"),
    ("Developer evangelist; must be a committed Christian.", "must be a committed Christian"),
    ("Cleaners must attend Friday prayers with the imam.", "attend Friday prayers"),
]


@pytest.mark.parametrize("text", MINISTER_INFO)
def test_faith_of_a_minister_is_info(text):
    found = [d for d in lint(text) if d.category == "bias.religion"]
    assert found and not loud(text, "religion"), (text, [(d.code, d.severity, d.match) for d in found])


@pytest.mark.parametrize("text,span", MINISTER_STAYS)
def test_faith_of_other_jobs_stays_a_screen(text, span):
    assert any(span in m or m in span for m in loud(text, "religion")), (text, [(d.code, d.match) for d in lint(text)])


SERVED_SILENT = [
    "Our diners are mostly businessmen on expense accounts, so lunch is busy.",
    "The lodge caters for sportsmen during the shooting season.",
    "You'll greet visiting fishermen at the harbour office.",
    "The new yard hand reports to the foreman and will drive the loader.",
    "Executive assistant: you will keep the Chairman's diary and book travel.",
    "PA to the Chairman of a family office in Mayfair.",
]

SERVED_FIRES = [
    ("Fisherman wanted for the summer season on a crab boat.", "Fisherman"),
    ("Our sales team are all salesmen at heart, and so will you be.", "salesmen"),
    ("The foreman's duties include signing off the daily site diary.", "foreman"),
    ("The new storeman reports to the site manager.", "storeman"),
]


@pytest.mark.parametrize("text", SERVED_SILENT)
def test_gendered_noun_for_someone_else_is_silent(text):
    assert not loud(text, "gender"), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("text,span", SERVED_FIRES)
def test_gendered_title_of_a_worker_still_fires(text, span):
    assert any(span in m or m in span for m in loud(text, "gender")), (text, [(d.code, d.match) for d in lint(text)])


# From writer N's misses: family status told by its absence, the spouse's say asked in a yes/no question, plans to marry
# (and plans for children) with their time, so the frame after them is in reach; a graduation year or batch as the
# limit; a gap year is no employment gap.
RECALL_FIRES = [
    ("family", "Perfect for a rep with nobody to rush home to in the evenings.", "nobody to rush home to"),
    ("family", "Best suited to someone free of family commitments.", "free of family commitments"),
    ("family", "Is your wife happy for you to work away during the week?", "your wife happy"),
    ("family", "Applicants intending to marry during the probation period need not apply.", "intending to marry"),
    ("family", "Women planning a baby within the next year should not apply.", "planning a baby within the next year"),
    ("age", "Diploma holders, 2022 and 2023 pass-outs only, may attend the walk-in drive.", "2022 and 2023 pass-outs"),
    ("age", "Open to MBA freshers of batch 2024 only.", "batch 2024"),
]

RECALL_SILENT = [
    ("family", "There is no one at home base on Sundays, so collect keys on Saturday."),
    ("family", "Does your team have a rota for weekend cover?"),
    ("family", "You'll plan weddings, christenings and anniversaries for our clients."),
    ("age", "The 2024 batch of apprentices starts in September, with a welcome day for parents."),
    ("age", "Run batch jobs overnight and check the logs each morning."),
    ("age", "Hand out leaflets and pass out samples at the station."),
    ("record", "Recent graduates, no gap year needed: we welcome you straight from university."),
]


@pytest.mark.parametrize("category,text,span", RECALL_FIRES)
def test_recall_class_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", RECALL_SILENT)
def test_recall_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# The applicant's own clergy or place of worship, asked about, is no sign of a religious employer (the religion rules'
# posting-wide basis): "Which church do you attend? Please give your imam's name" is two requests, not an exemption.
def test_applicants_own_clergy_is_no_religious_employer():
    assert loud("What mosque do you attend? Please give your imam's name.", "religion")
    found = [d for d in lint("Bethel Baptist Church is hiring a caretaker. Which church do you attend?")
             if d.category == "bias.religion"]
    assert found and not loud("Bethel Baptist Church is hiring a caretaker. Which church do you attend?", "religion")


# From the training writers' misses (A, B, D, E, F, G, K, L): a form label whose bracketed note says it is a field to
# fill, with no colon ("Nationality (drop-down, required)"); "arrest history" read whole as a form's label; the group or
# the dress told as clashing with the place ("... are not compatible with our image"); a gap-year traveller as a life
# stage; a count of years after university as a graduation window.
FORM_AND_FRAME_FIRES = [
    ("religion", "Faith (required)", "Faith (required)"),
    ("family", "Number of children (please state)", "children"),
    ("record", "Arrest record (any state): ________", "Arrest record"),
    ("religion", "Turbans are not in keeping with our uniform policy.", "Turbans"),
    ("appearance", "Visible piercings are incompatible with our image.", "piercings"),
    ("age", "Great summer job for gap-year travellers.", "gap-year travellers"),
    ("age", "We prefer engineers no more than two years after university.", "two years after university"),
]

FORM_AND_FRAME_SILENT = [
    ("origin", "We sponsor foreign nationals' visas (documents required at offer)."),
    ("record", "Keep the arrest warrants log up to date for the court clerk."),
    ("religion", "Our booking software is not compatible with older church calendars."),
    ("age", "You will plan gap-year trips for our student customers."),
]


@pytest.mark.parametrize("category,text,span", FORM_AND_FRAME_FIRES)
def test_form_and_frame_class_fires(category, text, span):
    assert any(span in m or m in span for m in loud(text, category)), (text, [(d.code, d.match) for d in lint(text)])


@pytest.mark.parametrize("category,text", FORM_AND_FRAME_SILENT)
def test_form_and_frame_near_miss_stays_silent(category, text):
    assert not loud(text, category), (text, [(d.code, d.match) for d in lint(text)])


# Precision classes from the training writers' false alarms: an accommodation offer told as a phrase of the demand or
# after another aid; a colleague the hire works beside named by sex (D104's skip ``others``); a constitution as a stated
# legal basis; hair as what a trade works on.
def _severities(text, category):
    return [d.severity.name for d in lint(text) if d.category == "bias." + category]


def test_accommodation_as_a_phrase_lowers_the_demand():
    assert _severities("Carry crates of up to 15 kg, with reasonable adjustments where needed.", "disability") == ["info"]
    assert _severities("Push trolleys of up to 30 kg; we'll discuss hoists or adjustments for anyone.", "disability") == ["info"]
    assert loud("Must be able to carry crates of up to 15 kg.", "disability")


def test_colleague_by_sex_is_not_a_preference():
    assert not loud("You'll be working alongside three porters and a female supervisor on nights.", "gender")
    assert loud("We are looking for a female supervisor for the night shift.", "gender")


def test_constitution_is_a_legal_basis():
    assert _severities("Applicants must present a police clearance certificate, as required under Article 10 of the "
                       "Constitution.", "record") == ["info"]


@pytest.mark.parametrize("text", ["Hairdresser needed for a busy salon, Tuesday to Saturday.",
                                  "Hair and beauty therapist needed for our spa."])
def test_hair_as_the_trade_is_no_looks_screen(text):
    assert not loud(text, "appearance"), (text, [(d.code, d.match) for d in lint(text)])
