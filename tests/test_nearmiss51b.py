"""Session 51 (nearmiss51b): bias precision on near-misses, by mechanism.

tests/data/nearmiss51b_probes.yaml (42 fire, 132 near-misses over D510, D301, D302, D810, D610, D910, D102, D710)
was written BEFORE any change: a lawful basis or legal duty named, a genuine occupational requirement with its
reason, the trait describing customers/a named person/the company/the work's subject, the trait denied or welcomed,
a task that explains a demand (a passport for travel), mother tongue versus fluency. Scored as tests/test_nearmiss49.py
scores (a fire case is found when a loud finding of its category overlaps the span; a near-miss is loud with any loud
finding of its category).

At the start (nearmiss51b at 6e98a20): fire 41/42, near-misses loud 22/132. After the lawful-basis, passport-for-travel,
right-to-work-list, indifference, learners' courses and D301 served/studied classes: fire 41/42, loud 9/132; at the
end: fire 42/42, loud 6/132.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import bias_findings
from test_nearmiss49 import fire_found, loud, near_miss_loud, on_span

PROBES = yaml.safe_load((Path(__file__).parent / "data" / "nearmiss51b_probes.yaml").read_text("utf-8"))
FIRE = [c for c in PROBES if c["expect"] == "fire"]
SILENT = [c for c in PROBES if c["expect"] == "silent"]


def test_probe_counts():
    assert (len(FIRE), len(SILENT)) == (42, 132)


def test_probe_grid():
    tp = sum(fire_found(c) for c in FIRE)
    fp = sum(near_miss_loud(c) for c in SILENT)
    # at the start: 41 found, 22 loud; after the first classes: 41, 9; after casting's own words: 41, 8; after D302's
    # shorthand band ('18-25 yrs only'): 42, 8; after the post's holder on the way out (D102): 42, 7; after the photo the
    # hire takes: 42, 6
    assert tp >= 42
    assert fp <= 6


# Each class fixed, with the same words where the mechanism is absent (which must stay loud).
SILENT_CLASSES = [
    # a law, standard, contract or code named as the agent after "as", in lower-case words (context.yaml lawful-basis)
    ("origin", "Seconded staff must hold an EU passport, as the Schengen posting rules for this Frontex contract require."),
    ("origin", "Translators work into their mother tongue, as the ISO 17100 standard for translators requires."),
    ("origin", "Must be a British citizen, as the security rules for this MoD contract require."),
    ("age", "Crane operators must be 18 or over, as the lifting regulations for construction sites require."),
    # the limit placed in a named code, regulation or directive
    ("age", "Forklift operators must be 18+, the minimum age in the PUWER code of practice."),
    ("age", "Night porters must be over 18, a limit set by the working time directive."),
    # Title VII or the religious-organisation exemption named
    ("religion", "As a church, we rely on the religious organisation exemption in Title VII, so a Christian faith is required."),
    ("religion", "Under Title VII's exemption for religious employers, applicants must share our Baptist faith."),
    # a funding scheme's own eligibility
    ("age", "Apprentices must be aged 16-24 for the government apprenticeship funding to apply."),
    ("age", "Trainees must be under 25 to be eligible for the youth employment grant."),
    # a valid passport with the travel the job does, in other words than "travel" (origin.yaml other-senses)
    ("origin", "Valid passport essential: the crew flies to rotations in Angola every 4 weeks."),
    ("origin", "Must hold a valid passport, as you will escort tour groups across Europe."),
    ("origin", "A valid passport is needed because the role involves monthly travel to our sites in Kenya and Uganda."),
    ("origin", "Current passport required for crew changes offshore."),
    # the statuses listed as ways to meet a right-to-work demand, a work visa among them (origin.yaml other-senses)
    ("origin", "Eligibility to work in Australia is required (citizen, permanent resident or valid work visa)."),
    ("origin", "Right to work in the UK required (British citizen, settled status or a valid work visa)."),
    # the trait said not to matter (context.yaml negation-after)
    ("origin", "Mother tongue not important; you need C1 Italian to write our product copy."),
    ("origin", "Native speaker is irrelevant; C1 Portuguese is what we test."),
    # courses, classes or materials made for native speakers: the learners (D501 exceptions)
    ("origin", "Our English courses are for native speakers of Japanese preparing for university abroad."),
    ("origin", "You'll write lessons designed for native Arabic speakers."),
    # the people the hire mentors or manages, and a generation as the subject studied (D301 skip others, literal)
    ("age", "You'll mentor recent graduates on our two-year training scheme."),
    ("age", "You will manage recent graduates and interns in the audit team."),
    ("age", "Research assistant for a study of Gen Z spending habits."),
    ("age", "You'll run focus groups with millennial parents."),
    # a pronoun of the sex the post is stated for with its reason in the paragraph (D102, info)
    ("gender", "Female carer needed for an elderly lady; she will help with bathing and dressing, so a woman is needed for privacy."),
    ("gender", "Female caregiver wanted. She will assist our client with personal care, which for privacy must be done by a woman."),
    ("gender", "Live-in female helper required for privacy reasons, as she will share the family's home."),
    ("gender", "Female searcher required: she will search female passengers, as same-sex searches are required by law."),
    ("gender", "Male attendant for the men's changing rooms; he will clean the showers and check lockers."),
    # a visa, immigration or deployment rule as the cause or the agent (context.yaml lawful-basis)
    ("origin", "Work visa rules mean only EU citizens can be placed at our Lisbon site this year."),
    ("origin", "Due to visa rules, only Filipino nationals can be deployed on this route."),
    ("origin", "Because of the flag-state deployment regulations, officers must hold a Maltese passport."),
    # the trade's own words for a casting requirement (context.yaml lawful-basis)
    ("age", "Casting: female lead, aged 30-40 playing age, for a feature film."),
    ("appearance", "Stunt double for a 1.65 m lead actress; you must match her height and build for the camera."),
    ("family", "Model wanted for a maternity-wear shoot; must be visibly pregnant to show the clothes."),
    # the trait said not to be preferred, or put beside an equal level (context.yaml negation-after)
    ("origin", "The role requires fluent French (C1); native speakers are not preferred over others."),
    ("origin", "Mother tongue Arabic or C2 Arabic; either way you'll translate legal texts into Arabic."),
    ("origin", "Native English speaker or C2 level English required."),
    # the flag state as the agent (context.yaml lawful-basis)
    ("origin", "Crew must hold seafarer identity documents and a passport, as the flag state requires for signing on."),
    # a height or weight limit with its equipment reason (context.yaml safety-reason; D802 basis)
    ("appearance", "Height of at least 160 cm is needed to reach the controls of our standard cab; we will adapt seats on request."),
    ("appearance", "Weight limit of 100 kg applies for the tandem parachute instructors, as the harness manufacturer specifies."),
    # the people the hire teaches or sells something to, the thing named first (context.yaml others-before)
    ("age", "You'll teach coding to Gen Z students at our academy."),
    ("gender", "You will sell insurance to fishermen in Cornwall."),
    # the post's present holder on the way out, the verb right after the title (gender_pronouns.yaml leaving_after)
    ("gender", "The head gardener retires in June, and he will hand over his planting notes."),
    ("gender", "Our bar manager is leaving after ten years; she will train you."),
    # the kind of photo the hire takes for customers (appearance.yaml other-senses), and a passport photo, which is no
    # passport (origin.yaml other-senses)
    ("appearance", "You'll take passport photos for customers in our studio."),
    ("origin", "You'll take passport photos for customers in our studio."),
    ("origin", "Please attach a passport photo to your application."),
]

FIRE_CLASSES = [
    ("age", "Must be 21 or over, as our manager requires.", "21 or over"),
    ("origin", "Must be a British citizen, as our client requires.", "British citizen"),
    ("religion", "Christian applicants preferred.", "Christian"),
    ("age", "Applicants must be aged 20-30.", "aged 20-30"),
    ("origin", "Must hold a valid British passport for travel.", "British passport"),
    ("origin", "Valid passport required.", "passport"),
    ("origin", "Must be a US citizen or green card holder.", "US citizen"),
    ("origin", "Native speaker preferred, but not important if fluent.", "Native speaker"),
    ("origin", "Native speakers only for our courses.", "Native speakers"),
    ("age", "We train recent graduates from scratch.", "recent graduates"),
    ("age", "Ideal for recent graduates.", "recent graduates"),
    ("age", "Gen Z applicants preferred for our research team.", "Gen Z"),
    ("age", "Millennials preferred; you will research market trends.", "Millennials"),
    ("gender", "Female only. She will work nights.", "She"),
    ("gender", "The successful candidate is organised. She will manage the diary.", "She"),
    ("gender", "Female carer needed for privacy. He will also drive the car.", "He"),
    ("gender", "The new nurse will follow our privacy policy; she will manage the ward.", "she"),
    ("origin", "Immigration means nothing to us; Filipino nationals preferred.", "Filipino nationals"),
    ("origin", "Because of our company rules we only hire Polish nationals.", "Polish nationals"),
    ("age", "Casting operatives aged 20-30 wanted for our foundry.", "aged 20-30"),
    ("age", "Stand-in for the manager needed; must be under 40.", "under 40"),
    ("appearance", "Promo model wanted: must be slim and attractive to show our drinks brand.", "slim"),
    ("origin", "Must be a native speaker or bilingual.", "native speaker"),
    ("origin", "Native speakers preferred, not required.", "Native speakers"),
    ("origin", "Native speakers preferred over others.", "Native speakers"),
    ("appearance", "Slim build preferred for front-of-house.", "Slim build"),
    ("appearance", "Height restrictions apply to all staff.", "Height restrictions"),
    ("age", "We teach new skills to recent graduates.", "recent graduates"),
    ("gender", "Salesman wanted to sell cars to customers.", "Salesman"),
    ("gender", "The new head gardener will start in June; he will plan the beds.", "he"),
    ("gender", "The receptionist leaves at 5pm; she must lock up.", "she"),
    ("appearance", "Please attach a passport photo to your application.", "passport photo"),
    ("origin", "Must hold a British passport.", "British passport"),
]


@pytest.mark.parametrize(("category", "text"), SILENT_CLASSES)
def test_class_near_miss_is_silent(category, text):
    assert not any(loud(d, category) for d in bias_findings(text)), (
        text, [(d.code, d.match, d.severity.name) for d in bias_findings(text)])


@pytest.mark.parametrize(("category", "text", "span"), FIRE_CLASSES)
def test_class_selection_still_fires(category, text, span):
    case = {"text": text, "span": span}
    assert any(loud(d, category) and on_span(case, d) for d in bias_findings(text)), (
        text, [(d.code, d.match, d.severity.name) for d in bias_findings(text)])


@pytest.mark.parametrize("case", FIRE, ids=[c["id"] for c in FIRE])
def test_probe_fire_found(case):
    assert fire_found(case), (case["text"], [(d.code, d.match, d.severity.name) for d in bias_findings(case["text"])])
