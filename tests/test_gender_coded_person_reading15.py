"""Gender-coded words beyond the paper, read as the hire's only where the grammar names a person (gcoded15,
session 32; jdlint/data/gender_coded.yaml person_reading_only), and coded words said of a thing (a figure in the
noun phrase, a thing as the subject with a complement, a published column, a group the hire builds or manages).

The words are those two independent case writers (O and R, tests/data/train/writerO_gender_coded.yaml and
writerR_gender_coded_even.yaml) both labelled coded; each shape has near-misses in the words' other senses."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CONFIG = Config(select=("D201", "D202"))


def _coded(text: str) -> list[tuple[str, str]]:
    report = next(iter(jdlint.lint_texts([("# Job\n\n" + text + "\n", "case.md")], config=CONFIG)))
    return [(d.code, d.match.lower()) for d in report.diagnostics]


@pytest.mark.parametrize("text, code, word", [
    # right before a person, or a character noun, heading its noun phrase
    ("Wanted: a strong closer for our double-glazing showroom.", "D201", "strong"),
    ("Strong, dependable team players for the night shift.", "D201", "strong"),
    ("Driven recruiters earn the most here.", "D201", "driven"),
    ("Bold copywriters who like a brief with teeth.", "D201", "bold"),
    ("Rugged labourers for a season on the trawlers.", "D201", "rugged"),
    ("We want a caring, unflappable night porter.", "D202", "caring"),
    ("A collaborative analyst who shares the credit.", "D202", "collaborative"),
    ("Patient tutors for adults returning to maths.", "D202", "patient"),
    ("You bring a patient manner and a steady hand.", "D202", "patient"),
    ("Applicants need a strong personality to run the bar.", "D201", "strong"),
    # a predicate of the hire: a verb of being with its subject the hire, or none (an imperative, a modal)
    ("You are driven and you like a target.", "D201", "driven"),
    ("You're calm, patient and thorough with first-time buyers.", "D202", "patient"),
    ("Be bold with the layout.", "D201", "bold"),
    ("You must be strong enough to carry a ladder.", "D201", "strong"),
    ("Are you collaborative by nature?", "D202", "collaborative"),
    # a fragment on its own, and a person right before the word
    ("DRIVEN. HUNGRY. LOCAL.", "D201", "driven"),
    ("Patient with toddlers at drop-off.", "D202", "patient"),
    ("We want someone driven and curious.", "D201", "driven"),
    # words with no other sense here count as any word of the lists
    ("A tenacious debt recovery officer.", "D201", "tenacious"),
    ("Tactful with grieving families.", "D202", "tactful"),
    ("Hard-charging brokers thrive on our desk.", "D201", "hard-charging"),
    ("A soft-spoken presence on the ward.", "D202", "soft-spoken"),
])
def test_a_word_beyond_the_paper_counts_where_it_names_a_person(text, code, word):
    assert (code, word) in _coded(text)


@pytest.mark.parametrize("text", [
    # other senses of the person-reading words: a thing, a skill, a noun, a passive, typography, a verb
    "Strong knowledge of payroll software is essential.",
    "Strong communication skills and a full driving licence.",
    "Strong coffee and a quiet office.",
    "Demand for our kitchens remains strong in the South West.",
    "Strong candidates will have run a till before.",
    "Our pricing is driven by the wholesale market.",
    "A results driven approach to stock control.",
    "Customers are driven to the showroom by our sales team.",
    "Print the totals in bold at the foot of each page.",
    "Patient transport driver for the ambulance trust.",
    "Update patient records after every appointment.",
    "Patient safety is the first item on every handover.",
    "We use collaborative tools such as Slack and Jira.",
    "Experience of caring for an older relative is welcome.",
    "Our drivers carry rugged tablets in every cab.",
    "We strongly encourage applications from career changers.",
    "Work collaboratively with the estates team.",
    "Building and managing a strong finance team.",
    "despite the council being waterfall driven.",
    "Liaise with the physician, the ward team and patient in planning discharge.",
    # said of a thing: a figure in the noun phrase, a thing as the subject with a complement, a column
    "Deliver an ambitious £12m refurbishment of the library.",
    "The depot is independent of the main warehouse and has its own yard.",
    "Moderate comments on our outspoken opinion column.",
    "Trust accounting for a high-street solicitor.",
])
def test_an_other_sense_stays_silent(text):
    assert _coded(text) == []


def test_the_place_the_hire_joins_stays_counted():
    """A thing subject is silent only with a complement of its own and not a place the hire joins: the
    paper's own manipulation described the employer ("Our culture is highly competitive")."""
    assert ("D201", "competitive") in _coded("Our culture is highly competitive.")
    assert ("D202", "collaborative") in _coded("You will join a collaborative team of five.")
    assert ("D201", "ambitious") in _coded("We're hiring an ambitious salesperson hungry to earn.")


@pytest.mark.parametrize("text, code, word", [
    # a predicate adjective heads no noun phrase: a thing noun after "and" is another clause's
    ("You are always collaborative and share the workload.", "D202", "collaborative"),
    ("You're quietly confident and market our rooms to tour operators.", "D201", "confident"),
    # the hire's way of following work through is no thing
    ("Persistent follow-up on unpaid invoices is the heart of this job.", "D201", "persistent"),
])
def test_the_hire_s_predicate_and_way_of_working_count(text, code, word):
    assert (code, word) in _coded(text)


@pytest.mark.parametrize("text", [
    "Warm and cold calling to local businesses.",
    "Restock the sympathy and condolence card range each week.",
])
def test_a_thing_after_and_stays_a_thing_where_no_predicate(text):
    assert _coded(text) == []


@pytest.mark.parametrize("text, code, word", [
    # a phrase set before "you" describes the hire, and so does a sentence that is a list of traits
    ("Strong-willed and outspoken, you will hold your own with suppliers.", "D201", "strong-willed"),
    ("Calm and patient, you put nervous learner drivers at ease.", "D202", "patient"),
    ("Patient, calm and kind.", "D202", "patient"),
    ("Bold, curious, collaborative.", "D202", "collaborative"),
    # a graduate, an associate, an apprentice are people ("people_nouns")
    ("Ideal for a driven graduate.", "D201", "driven"),
    ("An ambitious apprentice for our joinery shop.", "D201", "ambitious"),
])
def test_fronted_phrases_and_trait_lists_count(text, code, word):
    assert (code, word) in _coded(text)


@pytest.mark.parametrize("text", [
    "Patient, family and carer feedback.",
    "Strong, stable and growing.",
    "Patient and family liaison.",
])
def test_a_list_with_a_noun_or_a_verb_form_is_no_trait_list(text):
    assert _coded(text) == []
