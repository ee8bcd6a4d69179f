"""Gender-coded words (D201/D202) on fresh writers' wording (gcoded41): the word said of the hire in a spelling, a
compound, a list or a label the reader missed, against look-alikes that share a listed stem or a listed word but
are another word, a term of trade, a thing or a post.

Fixture text is written for these tests (the writers named are where the kind of wording was first met: writer AL,
tests/data/read_writers/; writers AD, O, R, S, T, W, X, tests/data/train/).
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def words(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D2",)))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


# "a tender" is the bid only where it is the noun: the adjective's phrase runs on, past commas, to a character or a
# person noun (writers AL, AD, W).
@pytest.mark.parametrize("text", [
    "We ask for a tender, unhurried manner with anxious patients.",
    "A tender touch with premature babies is essential.",
    "You bring a tender, patient approach to grieving families.",
])
def test_a_tender_before_a_character_noun_is_the_adjective(text):
    assert "tender" in [w.lower() for w in words(text)]


@pytest.mark.parametrize("text", [
    "Submit a tender for the new depot by Friday.",
    "Write a tender response for the council's bus contract.",
    "We won a tender, the largest in our history.",
    "Prepare tender documents for road maintenance contracts.",
])
def test_a_tender_as_a_bid_stays_silent(text):
    assert words(text) == []


# The paper's cooperat* with the hyphen of British and label spellings (writer AL), read as the unhyphenated word
# is: of the hire, not of a co-operative society.
@pytest.mark.parametrize("text,word", [
    ("Be co-operative with the site team at handover.", "co-operative"),
    ("HONEST | CO-OPERATIVE | PUNCTUAL", "CO-OPERATIVE"),
    ("A co-operative attitude with other trades on site.", "co-operative"),
])
def test_the_hyphenated_cooperative_is_the_paper_word(text, word):
    assert word in words(text)


@pytest.mark.parametrize("text", [
    "Finance officer for a housing co-operative in Leeds.",
    "Join the Co-operative Group's distribution team in Coventry.",
])
def test_a_co_operative_society_stays_silent(text):
    assert words(text) == []


# "self-" and a listed adjective says it of the hire (writer AL "self-driven"; the paper's own self-confiden*); a
# noun after "self-" is another thing.
@pytest.mark.parametrize("text,word", [
    ("You are self-driven and need little supervision.", "self-driven"),
    ("Account executive: target-focused and self-driven.", "self-driven"),
])
def test_self_and_a_listed_adjective_is_the_hire(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "Support self-determination for the people we work with.",
    "Run self-analysis sessions for the squad's video reviews.",
])
def test_self_and_a_noun_stays_silent(text):
    assert words(text) == []


# A noun and the -ing form of another verb is an activity or a method, not a trait (writer AL "empathy-mapping");
# a listed compound ("hard-charging", writers O, R, S, T, W, X) stays the list's word.
@pytest.mark.parametrize("text", [
    "Facilitate empathy-mapping sessions with our service users.",
    "Plan trust-building exercises for new project teams.",
    "Coach for our cheer-leading squad, Saturdays.",
    "Head coach for the Leeds Rhinos cheerleading squad.",
])
def test_a_compound_naming_an_activity_stays_silent(text):
    assert words(text) == []


def test_a_listed_ing_compound_stays_the_hire():
    assert words("Hard-charging site manager wanted for a hospital build.") == ["Hard-charging"]


# Terms of trade that hold a listed word: the programming language, the finance and farming noun "yield", and the
# marketing "lead nurture" (writer AL; writer O's "nurturing leads" was one already).
@pytest.mark.parametrize("text", [
    "Maintain our legacy Objective-C codebase alongside new Swift modules.",
    "Model yield curves for the treasury desk.",
    "Forecast crop yield across our three farms.",
    "Manage high yield bond portfolios for pension clients.",
    "Deliver product changes to yield cost savings.",
    "Set up lead nurture flows in Marketo.",
    "Write nurture sequences for trial users.",
])
def test_terms_of_trade_stay_silent(text):
    assert words(text) == []


# A building the hire works in is a thing, as a workplace or an environment was (writer AL's "warm, sunny office");
# an agent noun on the list of things is the employer's business, not a person (writer AL's "athletic footwear
# retailer").
@pytest.mark.parametrize("text", [
    "Work from our warm, sunny office on the harbour.",
    "A bright, warm office five minutes from the station.",
    "Cashier for an athletic footwear retailer in the mall.",
    "Driver for a dominant regional supplier of building materials.",
])
def test_a_building_or_the_employers_business_stays_silent(text):
    assert words(text) == []


@pytest.mark.parametrize("text,word", [
    ("A warm, friendly receptionist for our dental office.", "warm"),
    ("Athletic retail assistants for our sports store.", "Athletic"),
])
def test_the_same_adjectives_of_a_person_are_the_hire(text, word):
    assert words(text) == [word]


# "lead" as the head noun of a job title, adjectives and commas between it and its determiner (writer AL), is the
# post; the verb of a manner stays counted (writers S, W).
def test_lead_as_a_title_after_adjectives_is_the_post():
    assert words("We want a calm, dependable operations lead for our hub.") == ["dependable"]
    assert words("Hiring an experienced, organised delivery lead in Leeds.") == []


@pytest.mark.parametrize("text", [
    "You will lead from the front on busy shifts.",
    "A natural leader who can lead by example.",
])
def test_lead_as_the_hires_verb_of_manner_stays(text):
    assert "lead" in words(text)


# Adjectives coordinated up to a setting or a phrase end are a fragment of traits, each of the hire (writers O, AL).
@pytest.mark.parametrize("text,word", [
    ("Cooperative and easy-going in a shared site office.", "Cooperative"),
    ("Reliable, responsive and easy to reach at weekends.", "responsive"),
])
def test_coordinated_adjectives_of_a_fragment_are_the_hire(text, word):
    assert word in words(text)


@pytest.mark.parametrize("text", [
    "Strong and growing in every region we serve.",
    "Responsive and accessible websites in React.",
    "Patient and family feedback in every ward.",
])
def test_a_fragment_of_a_thing_or_a_verb_stays_silent(text):
    assert words(text) == []


# A label whose value is a word of requirement is an item of what the ad asks for, not a name (writer AL).
def test_a_capitalised_label_of_a_requirement_is_the_hire():
    assert words("ANALYTICAL MIND: essential. CLEAN LICENCE: a must.") == ["ANALYTICAL"]


# A noun of quality opening its sentence with the verb it drives is the hire's (writer AL); its object after "to" is
# a relation, not the quality.
def test_a_quality_noun_with_its_infinitive_is_the_hire():
    assert words("Persistence to keep calling is what wins here.") == ["Persistence"]
    assert words("Loyalty to our members comes first in everything.") == []


# After a verb, a person before a thing is the verb's object; the thing is another item (writer AL); an adjective's
# list is still its noun phrase.
def test_a_verbs_person_object_is_not_read_through_a_later_thing():
    assert words("The head chef nurtures apprentices and reviews their menus.") == ["nurtures"]
    assert words("Build inclusive and supportive teams or organizations.") == []


# The second member of a preference is what the ad puts below what it wants (writer AL); the first is asked of the
# hire, and "over" of anything else is no preference.
@pytest.mark.parametrize("text,expected", [
    ("We value directness over politeness in client calls.", []),
    ("We want finishers rather than quiet observers.", []),
    ("We prize grit instead of loyalty to old habits.", []),
    ("We value kindness over speed at the front desk.", ["kindness"]),
    ("Stay calm and kind over the phone with upset callers.", ["kind"]),
])
def test_the_dispreferred_member_of_a_preference_is_not_asked(text, expected):
    assert words(text) == expected


# An attributive-only word coordinated with another adjective before a person is before that person (writer AD);
# "committed and" with no adjective after it is the employer's pledge.
@pytest.mark.parametrize("text,expected", [
    ("Committed and caring support worker required, nights.", ["Committed", "caring"]),
    ("A principled and plain-speaking adviser for our clinic.", ["principled"]),
    ("We are committed and our staff are proud of it.", []),
    ("We are committed and dedicated to equal opportunity.", []),
])
def test_an_attributive_word_coordinated_before_a_person(text, expected):
    assert words(text) == expected


# What the hire is called or seen as (writer X); "as" before a gerund and its object is a conjunction.
@pytest.mark.parametrize("text,expected", [
    ("Would your manager describe you as caring?", ["caring"]),
    ("Do you see yourself as bold and curious?", ["bold"]),
    ("We support you as caring for a parent is hard work.", []),
])
def test_the_hire_described_as_a_person_reading_word(text, expected):
    assert words(text) == expected


# Trust built with others is a duty, in its adjectives too ("trusting relationships"); the hire's own trust stays.
@pytest.mark.parametrize("text,expected", [
    ("Build trusting relationships with parents and carers.", []),
    ("Develop trusted partnerships with our suppliers.", []),
    ("You are trusting, open and calm under pressure.", ["trusting"]),
])
def test_trust_built_with_others_is_a_duty(text, expected):
    assert words(text) == expected


# A hyphenated spelling of a listed word is that word where the hyphen splits it: a whole word ("head-strong",
# "out-spoken", "inter-personal") or a stem across the hyphen ("co-operative"); a compound whose first part is the
# whole stem keeps its own reading ("lead-free").
@pytest.mark.parametrize("text,expected", [
    ("A head-strong closer for our Dubai desk.", ["head-strong"]),
    ("Be out-spoken in design reviews.", ["out-spoken"]),
    ("Excellent inter-personal skills with patients.", ["inter-personal"]),
    ("Lead-free soldering on our SMT line.", []),
])
def test_hyphenated_spellings_of_listed_words(text, expected):
    assert words(text) == expected
