"""Gender-coded words (D201/D202) said of the hire where the noun phrase, a word family form or a frame says so
(gcoded40), against the same words said of things, of the people served, in fixed terms and names.

Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def words(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D2",)))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


# A thing noun that only modifies the person heading the phrase (a job title's compound) says nothing of the
# adjective's sense: the phrase names the hire.
@pytest.mark.parametrize("text,word", [
    ("A driven software engineer to join our payments squad.", "driven"),
    ("Dependable dog groomer for our Leeds salon.", "Dependable"),
    ("We want a strong data analyst who enjoys messy spreadsheets.", "strong"),
    ("A determined, resourceful bid manager.", "determined"),
    ("Seeking an ambitious property consultant for our Dubai office.", "ambitious"),
])
def test_an_adjective_before_a_compound_job_title_is_said_of_the_hire(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "Create inclusive and supportive teams or organizations.",       # the thing after the person: no modifier
    "Acme is the dominant market leader in Asia.",                   # a market's leader: the employer's standing
    "Aggressive callers are routed to the duty manager.",            # the people served head the phrase
    "Supportive housing caseworker: connect clients with vouchers.",  # a kind of service, one term
    "An aggressive growth target for the sales team.",               # a thing heads it
    "Prometheus is a leading provider of hospital software.",        # a participle: the employer's standing
])
def test_no_person_headed_phrase_when_the_thing_is_not_its_modifier(text):
    assert words(text) == []


# Word families: comparatives and superlatives of the whole words, -ity of an -ious adjective, the noun of an -ful one.
@pytest.mark.parametrize("text,word", [
    ("We need the kindest receptionist in Bristol.", "kindest"),
    ("A gentler touch with anxious first-time flyers.", "gentler"),
    ("You are politer than the average bouncer.", "politer"),
    ("Tenacity wins deals on this desk.", "Tenacity"),
    ("You handle grieving relatives with tact.", "tact"),
])
def test_comparatives_and_nouns_of_whole_words_are_in_their_family(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "We are stronger together.",                       # a person-reading word is read only as itself
    "The strongest candidates will hold a CPA.",
    "Use contact forms for enquiries.",                # "tact" is a whole word only
])
def test_comparatives_of_person_reading_words_stay_silent(text):
    assert words(text) == []


# Nouns of quality whose everyday sense is no trait count only as the hire's quality, by the words around them.
@pytest.mark.parametrize("text,word", [
    ("Bring your determination to a tough patch in Leeds.", "determination"),
    ("You will need persistence to land enterprise accounts.", "persistence"),
    ("Patience and loyalty are worth more to us than a degree.", "loyalty"),
    ("A porter with stamina and determination.", "determination"),
    ("Loyalty, humility, hustle.", "Loyalty"),
])
def test_a_noun_of_quality_counts_as_the_hires_quality(text, word):
    assert word in words(text)


@pytest.mark.parametrize("text", [
    "The determination of benefits eligibility takes five days.",   # "of": the act of determining
    "Configure the persistence layer for the mobile app.",          # a modifier of a noun
    "Manage the loyalty scheme and its partner offers.",
    "Grow customer loyalty across the region.",                     # the people served's loyalty
    "Earn their loyalty with great service.",
    "Persistence is handled by the ORM.",                           # a fragment that goes on: a subject
])
def test_a_noun_of_quality_in_its_other_sense_stays_silent(text):
    assert words(text) == []


# A headline whose capitals end in what the ad wants is no name; a name stays a name.
@pytest.mark.parametrize("text,word", [
    ("DECISIVE SHIFT LEADER WANTED – night warehouse, Luton", "DECISIVE"),
    ("Nurturing Nanny Needed – two toddlers in Harrogate", "Nurturing"),
])
def test_a_headline_of_wanting_is_no_name(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "Fearless Fitness Studio is hiring coaches in Leeds.",
    "Gentle Paws Veterinary Clinic needs a weekend receptionist.",
])
def test_a_name_holding_a_coded_word_stays_silent(text):
    assert words(text) == []


# The last of a comma list of predicate adjectives is a predicate too: what follows its "and" is a clause of its own.
def test_the_last_of_a_list_of_predicate_adjectives_heads_no_noun_phrase():
    assert words("Our ideal courier is punctual, assertive and knows every back road.") == ["assertive"]
    assert words("You are calm, gentle and love a busy ward.") == ["gentle"]
    assert words("The rota is busy, competitive and rewarding.") == []   # said of a thing


# In a hiring frame the noun phrase is the one the ad hires, whatever job title heads it.
@pytest.mark.parametrize("text,word", [
    ("Seeking a hard-charging superintendent for a hospital build.", "hard-charging"),
    ("We are looking for a sensitive chaplain to join the hospice.", "sensitive"),
    ("Assertive bailiff wanted for county court work.", "Assertive"),
])
def test_an_unknown_job_title_in_a_hiring_frame_is_the_hire(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "We need a dependable supply of spare parts.",        # "of": a quantity, no person
    "We want an aggressive growth plan for next year.",   # a thing heads it
    "Looking for a challenging project?",
])
def test_a_thing_in_a_hiring_frame_stays_silent(text):
    assert words(text) == []


# connect* and support* as the hire's own verb, with people after it; respon* as the hire's trait.
@pytest.mark.parametrize("text,word", [
    ("You connect quickly with shy pupils and their parents.", "connect"),
    ("A receptionist who can connect with anxious patients.", "connect"),
    ("You support colleagues through busy weekends.", "support"),
    ("A responsive coordinator who returns every call.", "responsive"),
    ("Be responsive to tenants' repair requests.", "responsive"),
])
def test_connect_support_and_responsive_said_of_the_hire(text, word):
    assert words(text) == [word]


@pytest.mark.parametrize("text", [
    "We'll support you through your first month.",                 # the employer's verb
    "Our platform helps connect users with local venues.",         # a product's
    "Champion user needs in the services you support.",            # a service, no people after it
    "You connect the tills to the store network.",                 # a thing after it
    "Experience with responsive design and CSS grid.",             # a design's
    "Build fast, responsive and accessible web pages.",            # a page's
])
def test_connect_support_and_responsive_of_others_stay_silent(text):
    assert words(text) == []
