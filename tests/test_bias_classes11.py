"""bias11: classes of bias wording built by mechanism (issue 14), each tested on sentences written for it (none
copied from the independent writers' sets or from tests/data/bias_heldout11.yaml), with fixtures that must fire and
near-misses that must not:

- proper names in frames: a trait word that is the surname of a person named in full, mid-sentence ("Send your CV to
  Rebecca Young", "Contact Mary Christian") is no trait (``propernames.is_surname``, read by every frame rule); a
  full name as the complement of "will be" is a pronoun's antecedent ("Your manager will be Luis Ortega. He ...");
- origin by a demonym before the hired person: any plural worker noun of the generated class ``worker-plural``
  (jdlint/data/trait_classes.yaml) with one modifier word allowed ("Ghanaian security guards"), and hiring told as an
  act mid-sentence ("we are recruiting Filipino nurses"), which a positive-action statement makes outreach;
- pregnancy and family life stage in plain words: "expecting" with no object said of a person, a baby "on the way",
  "in the family way", mothers-to-be, a family "complete";
- form fields: the characteristic as a label with a short bracketed note before its colon, then a blank, the sexes, yes
  or no, or any list of options ("Marital status: Married / Unmarried", "Religion (please circle): Hindu / Muslim",
  "Age: ____");
- a group noun between the frame and the age hides it no more ("would suit students under 21", "we prefer graduates
  under 26");
- body art as what a service works on ("tattoo removal treatments") is no trait of the applicant;
- exclusions told in more verbs ("will not be entertained", "please do not send CV", "are not a good fit for", "will
  not fit our ..."), and the record in plain words (offences named by a modifier, fines and tickets, court and
  custody, parolees and bail, "people with a past", "a clean slate");
- a question put with the characteristic fronted ("Which mosque do you attend?", "How many kids do you have?"), the
  clergy's reference told possessively ("a rabbi's reference is required"), prayer told by its frequency, and an
  advantage "given" with no auxiliary ("Muslims given priority"; not "given priority parking");
- the body or mind judged "normal" or "sound", people named by a disability or an aid ("wheelchair users",
  "hearing-impaired applicants", "partially sighted"), a mental-health history in other words ("burnout");
- the team told as one age, then fitting in or keeping up asked of the reader ("our staff are all in their twenties, so
  you should fit in"); the end of a working life told as a plan or state ("looking to retire soon", "set in their
  ways"); a denied suitability with its preposition is an exclusion ("not suited to anyone planning a family");
- origin told as a childhood language, a family, a tribe, a look, outsiders or migrants after "only"/"no", and
  passport holders of a list of countries; a demonym standing alone before a selection word, unless it also names a
  language ("Filipina preferred", not "English preferred");
- the body by its condition ("in great shape", "tanned and toned", "carrying extra weight"), looks as a verb's
  complement ("must look attractive"), a denied preference as an exclusion ("bald candidates not preferred"), "not a
  role for", a studio or family that "wants a" kind of person, single status in other words ("Bachelors only"), a
  stable family life, a spouse's name and occupation;
- false alarms: the employer's own offer is no request ("we provide a quiet prayer room"), a fair-chance statement ("a
  conviction is only considered if it relates to ..."), a part cast by its playing age, customers described by age.
"""
from __future__ import annotations

import pytest

from jdlint.propernames import is_surname
from conftest import bias_findings as lint, loud_bias_matches as loud


FIRE = [
    ("origin", "Nigerian only for this post.", "Nigerian only"),
    ("origin", "Kenyan wanted for house help.", "Kenyan wanted"),
    ("religion", "You will provide details of your religion on the form.", "religion"),
    ("appearance", "Promo staff must be in great shape and tanned.", "great shape"),
    ("appearance", "Not ideal for someone carrying extra weight.", "carrying extra weight"),
    ("appearance", "Receptionists must look attractive for our clients.", "look attractive"),
    ("appearance", "Bald candidates not preferred for the front desk.", "Bald candidates not preferred"),
    ("family", "Bachelors only for the site accommodation.", "Bachelors only"),
    ("family", "Wife's name and occupation: ______", "Wife's name and occupation"),
    ("gender", "Not a role for the ladies, heavy lifting.", "ladies"),
    ("gender", "Our studio wants a guy who knows Unreal.", "guy"),
    ("origin", "Only candidates who grew up speaking French at home.", "grew up speaking French"),
    ("origin", "Preference for applicants from Gujarati families.", "Gujarati families"),
    ("origin", "What is your tribe?", "tribe"),
    ("origin", "Asian-looking faces preferred for the campaign.", "Asian-looking faces"),
    ("origin", "No immigrants, sorry, for the yard job.", "immigrants"),
    ("origin", "Passport holders of Canada, Australia or New Zealand only for the teaching post.", "Passport holders"),
    ("age", "The crew are mostly in their early thirties, so you'd fit right in.", "in their early thirties"),
    ("age", "Not ideal for someone looking to retire soon.", "looking to retire soon"),
    ("age", "We want fresh eyes, not someone set in their ways.", "set in their ways"),
    ("family", "Not suited to anyone planning a family in the next year or two.", "planning a family"),
    ("disability", "Must be physically and mentally normal.", "physically and mentally normal"),
    ("disability", "Sound mind and sound body a must for the accounts clerk.", "Sound mind and sound body"),
    ("disability", "Partially sighted applicants cannot be accommodated.", "Partially sighted applicants"),
    ("disability", "No history of burnout please, we move fast.", "history of burnout"),
    ("religion", "Which mosque do you attend regularly?", "Which mosque"),
    ("family", "How many kids do you have?", "How many kids"),
    ("religion", "Kitchen porter. A rabbi's reference is required.", "rabbi's reference"),
    ("religion", "Those who pray five times a day may find the rota hard.", "pray five times a day"),
    ("religion", "Hindus given preference for the temple shop.", "Hindus given preference"),
    ("record", "Former inmates will not be entertained for the stores job.", "Former inmates will not be entertained"),
    ("origin", "Candidates from Nepal please do not send CVs.", "Candidates from Nepal"),
    ("religion", "Agnostics are not a good fit for our mission team.", "Agnostics are not a good fit"),
    ("record", "Someone with a past would not suit our jewellery counter.", "Someone with a past"),
    ("record", "Please tell us about any minor traffic offences.", "minor traffic offences"),
    ("record", "Have you ever been to court? Tell us below.", "been to court"),
    ("record", "People on bail cannot be considered.", "People on bail"),
    ("record", "We want staff with a clean slate.", "clean slate"),
    # the cue outside the term, so its frame reads it ("only hire" was swallowed by the plural-demonym term)
    ("origin", "Honestly, we only hire Kenyans for the safari desk.", "Kenyans"),
    ("religion", "Sikh applicants will be given top priority.", "Sikh applicants"),
    ("family", "Applicant details. Full name: ____ Marital status: Married / Unmarried", "Marital status"),
    ("family", "Marital Status (tick): Single / Married / Widowed", "Marital Status"),
    ("origin", "Nationality (please tick one): Indian / Other", "Nationality"),
    ("origin", "Caste: ______ Sub-caste: ______", "Caste"),
    ("religion", "Religion (please circle): Hindu / Muslim / Christian / Other", "Religion"),
    ("age", "Name: ____ Age: ____ Town: ____", "Age"),
    ("age", "Age (years): ____", "Age"),
    ("appearance", "Height (cm): ___ Weight (kg): ___", "Height"),
    ("age", "Would suit students under 21 wanting weekend shifts.", "students under 21"),
    ("age", "We prefer graduates under 26 for the scheme.", "graduates under 26"),
    ("origin", "Required: Ghanaian security guards for a site in Qatar.", "Ghanaian security guards"),
    ("origin", "We only hire Turkish barbers at our salon.", "Turkish barbers"),
    ("origin", "Hiring Bengali stitching workers, immediate start.", "Bengali stitching workers"),
    ("origin", "We are recruiting Filipino nurses for Saudi hospitals.", "Filipino nurses"),
    ("origin", "Malayali cooks preferred for our canteen.", "Malayali cooks preferred"),
    ("origin", "Lithuanian warehouse operatives preferred, they stay the season.", "Lithuanian warehouse operatives"),
    ("family", "We can't take on anyone who's expecting right now.", "anyone who's expecting"),
    ("family", "We'd rather not hire anyone with a baby on the way.", "baby on the way"),
    ("family", "The post is not for those in the family way.", "in the family way"),
    ("family", "Mums-to-be need not apply.", "Mums-to-be need not apply"),
    ("family", "We'd prefer someone whose family is complete.", "whose family is complete"),
    # a trait word capitalised where no name is: sentence start, a determiner, a shouted heading
    ("age", "Young applicants preferred for the bar.", "Young applicants preferred"),
    ("religion", "A Christian would be ideal for this family home.", "Christian would be ideal"),
    ("religion", "Wanted Experienced Christian Driver For Family", "Christian"),
    ("age", "The ideal candidate will be young and energetic.", "young"),
    ("gender", "The successful applicant will be Head of Sales. He will lead a team of six.", "He"),
    ("gender", "The role will be Monday to Friday. She will answer the phones.", "She"),
]

SILENT = [
    ("origin", "English preferred, Mandarin a bonus."),
    ("origin", "Indonesian preferred for the Jakarta desk."),
    ("religion", "We provide a quiet prayer room and flexible breaks for all staff."),
    ("religion", "We will give you paid leave for Eid and Diwali."),
    ("record", "A conviction is only considered if it relates to the inherent requirements of the job."),
    ("age", "Role: MARGARET, the detective's older sister (female, playing age 35 to 45), cast for authenticity."),
    ("age", "Our customers are mostly men aged 25-40 who buy running kit."),
    ("family", "A bachelor's degree is required."),
    ("family", "Bachelors in accounting preferred."),
    ("appearance", "The building is in great shape after the refit."),
    ("appearance", "Our tanning salon needs a receptionist."),
    ("gender", "Our studio wants a designer with Figma skills."),
    ("origin", "We work with families from Punjabi communities across the city."),
    ("origin", "Our tribe of designers is friendly and welcoming."),
    ("origin", "Passport holders of any nationality welcome."),
    ("origin", "Locals know the area best; we serve locals and tourists alike."),
    ("origin", "Contract, Day 1 onsite in Queens, NY. Need only locals."),
    ("age", "Our clients are mostly in their eighties, so you'll need to keep up with their stories."),
    ("age", "You will advise clients approaching retirement on their pensions."),
    ("age", "Our founder is winding down and handing over to the team."),
    ("disability", "You will support wheelchair users on our accessible tours."),
    ("disability", "We provide burnout prevention workshops for all staff."),
    ("disability", "Healthy and delicious lunches are provided."),
    ("disability", "Make sure your code is sound and your tests pass."),
    ("disability", "Staff with disabilities are given priority parking."),
    ("religion", "You will book the vicar's diary and our priest's appointments."),
    ("religion", "Which software do you use? Tell us in your cover letter."),
    ("record", "You will prepare case files for the court and liaise with the police."),
    ("record", "Our paralegals handle speeding fines appeals for clients."),
    ("record", "Wipe the slate clean each shift: the whiteboard is yours."),
    ("origin", "Please do not send CVs by post; apply online."),
    ("age", "The sofa will not fit the lift, so deliveries use the stairs."),
    ("record", "Applicants with convictions will be given consideration."),
    ("age", "All applications will be given due consideration."),
    ("age", "Years of experience: 0-2 / 3-5 / 5+"),
    ("age", "Minimum age: 18 (licensing law), Age: Any"),
    ("origin", "Right to work in the UK: Yes / No"),
    ("religion", "Dietary needs: N/A"),
    ("age", "Preferred shift: Day / Night"),
    ("age", "Ideal for orders under 50 kg."),
    ("age", "Our tutors help students under 25 with their applications."),
    ("age", "We support students under 25 with free travel."),
    ("age", "Perfect for groups under 20 people."),
    ("appearance", "Our beauty therapists give facials and tattoo removal treatments."),
    ("appearance", "Please give details of any tattoo removal bookings you manage."),
    ("origin", "We are hiring French polishers for our antique furniture workshop."),
    ("origin", "Must be able to polish floors and clean windows."),
    ("origin", "We are hiring English teachers for our Seoul academy."),
    ("origin", "We are recruiting Spanish speakers for our Madrid call centre."),
    ("origin", "Now hiring Italian restaurant managers for our new branches."),
    ("origin", "The job involves meeting Japanese investors twice a year, so a passport for travel is needed."),
    ("origin", "Several Indian suppliers ship to us weekly; you must check their invoices."),
    ("origin", "We're currently hiring Brazilian jiu-jitsu instructors."),
    ("gender", "We are actively recruiting women into engineering roles as part of our positive action programme."),
    ("religion", "We are hiring Christian Aid fundraisers across the UK."),
    ("family", "We are urgently recruiting pregnancy outreach workers."),
    ("family", "We are expecting a busy summer and need extra hands."),
    ("family", "Our midwives care for women who are expecting twins."),
    ("family", "Clients who are expecting should book the antenatal class."),
    ("family", "We support staff who are expecting with paid antenatal leave."),
    ("family", "Our shop sells gifts for mums-to-be and new parents."),
    ("family", "If you're expecting a desk job, this isn't it."),
    ("age", "Please send applications to Mark Young, Store Manager."),
    ("age", "The ideal candidate will report to John Young in the Leeds depot."),
    ("religion", "Please contact Mary Christian for an application pack."),
    ("origin", "You must report to Jane English at reception on the first day."),
    ("appearance", "Ideally send your portfolio to Lucy White by Friday."),
    ("gender", "Your manager will be Luis Ortega. He joined us from a logistics firm in 2018."),
    ("gender", "Your buddy for the first month will be Aisha Khan. She has run the night shift for years."),
]


@pytest.mark.parametrize("category,text,span", FIRE, ids=[t[:40] for _c, t, _s in FIRE])
def test_class_fires(category, text, span):
    found = loud(text, category)
    assert any(span.lower() in m.lower() or m.lower() in span.lower() for m in found), (text, found)


@pytest.mark.parametrize("category,text", SILENT, ids=[t[:40] for _c, t in SILENT])
def test_near_miss_stays_silent(category, text):
    found = loud(text, category)
    assert not found, (text, found)


def test_surname_needs_a_given_name_mid_sentence():
    text = "Send your CV to Rebecca Young by Friday."
    at = text.index("Young")
    assert is_surname(text, 0, at, at + 5)
    for text in ("Rebecca Young will review it.", "Only Young applicants.", "Hire a YOUNG team."):
        at = text.lower().index("young")
        assert not is_surname(text, 0, at, at + 5), text
