"""V117 evaluative-claim (vague9): praise said of the employer, its people, the place or the job, found
by its grammar (the predicate of a linking verb whose subject is one of them, the thing after "find",
or the praise word before such a noun) with a broad evaluative class (jdlint/data/evaluative_words.yaml,
derived from Brown clusters and a sentiment lexicon). Near-misses: literal intensity (heat, noise,
weather), a subject the ad does not describe ("the view from the office"), a figure or a named thing
in the sentence, a name or an inspector's grade, a possessive "'s", negation, the hire's task, and a
plain word without a degree word. Fixture text is written for these tests.
"""
from __future__ import annotations

import pytest

from conftest import findings_in


def v117(text: str) -> list[str]:
    return [d.match for d in findings_in(text, "V117")]


@pytest.mark.parametrize("text, match", [
    ("Honestly, the crew on our night shift are ridiculously brilliant.", "ridiculously brilliant"),
    ("The atmosphere in the bakery is magical.", "magical"),
    ("Life at Norbury Mill is seriously awesome.", "seriously awesome"),
    ("We're an extraordinarily friendly lot.", "extraordinarily friendly lot"),
    ("Everyone here is incredibly supportive.", "incredibly supportive"),
    ("You'll find the work enormously rewarding.", "enormously rewarding"),
    ("Our nurses are phenomenal.", "phenomenal"),
    ("It's a splendid company to learn a trade with.", "splendid company"),
    ("Our care team is exceptionally warm and remarkably kind.", "exceptionally warm"),
    ("Working in our studio is pretty fantastic.", "pretty fantastic"),
    ("THE CREW IS LEGENDARY.", "LEGENDARY"),   # shouted in capitals, not a name
    # a job-title or organisation noun as the subject (role_nouns.yaml)
    ("The carers on the night shift are fabulous.", "fabulous"),
    # the degree word reaches the next word of a coordination
    ("The work is really varied and interesting.", "interesting"),
    # a praise noun as the predicate
    ("Honestly, this role is an absolute dream.", "an absolute dream"),
    ("Our porters are legends.", "legends"),
    # a feeling promised about the place, and a verb that praises its subject
    ("You'll adore it here.", "You'll adore it here"),
    ("You will love working with us!", "You will love working with us"),
    ("Honestly, our crew rocks!", "rocks"),
    # a label and its value; "such a" and an exclamation raise a plain word
    ("Culture: incredible.", "incredible"),
    ("The management here is such a lovely bunch.", "lovely bunch"),
    ("Our workmates are lovely!", "lovely"),
    ("Your supervisor will be really supportive during induction.", "really supportive"),
    ("It's a wonderful thing to be part of.", "wonderful"),
])
def test_fires_on_the_claim(text, match):
    assert match in v117(text), v117(text)


@pytest.mark.parametrize("text", [
    "The view from the office is breathtaking.",                       # the view, not the office
    "The furnace gets incredibly hot, so visors are worn.",             # literal intensity, not praise
    "Staff turnover is remarkably low, at 3% last year.",               # a figure is the evidence
    "Our team has been highly successful in launching the app in Kenya.",  # a named place: content
    "Splendid Cleaning Ltd is hiring two cleaners.",                    # a name
    "The school was rated Outstanding at its last inspection.",         # an inspector's grade
    "Plans are tailored to each family's unique needs.",                # a possessive, not "is"
    "We are not an amazing place to work, but we pay on time.",         # negated
    "You will create a really welcoming space for visitors.",          # the hire's task
    "Our team is friendly.",                                            # a plain word, not raised
    "Our clients are incredibly demanding.",                            # not praise
    "The wedding cake must look perfect.",                              # not about the employer
    "We want really good developers, not Go experts.",                  # a job title after it: asked of the hire
    "It is a treat for the senses, says the Michelin Guide.",           # a name after it
    "The stars are visible from the observatory deck.",                 # not a predicate
    "You'll love working with data from our soil sensors.",             # the object says what the work is
    "Our team follows the rules on manual handling.",                   # "rules" is a noun here
    "Location: great for commuters.",                                   # a plain word, not raised
    "The roads are great!",                                             # not what the ad describes
    "Excellent leadership and communication skills.",                  # a skill, not the employer's people
    "It's a really good idea to bring a packed lunch.",                 # the idea is praised, not the place
    "We are very happy to answer questions about the role.",            # willingness, not praise
    "It would be really great if you had a driving licence.",          # "it" is the clause after it
    "The job is thrilling to some people and tedious to others.",      # praise relative to someone
])
def test_silent_on_near_misses(text):
    assert v117(text) == []
