"""Section detection as session 35's labellers read it (sections41; docs/section-labelling.md).

- An equal-opportunity statement is no intro (the conventions: "NOT intro: ... an EEO statement"): a named subject
  whose predicate is the statement ("Acme Ltd is an Equal Opportunity Employer") says nothing of what the employer is
  or does. The name no longer counts as the sign of an intro in such a sentence; the sentence still defines the
  employer when it says more ("Acme, a family-run bakery in Leeds since 1952, is an equal opportunity employer").
  Found on read data: dev A 0245 (labelled no intro) had its closing paragraph's EEO sentence read as the intro (the
  dev-corpus guard moves one more ad the same way, 0368, whose intro stays); the cases are written for this file.
- The hire mentored or coached by the employer is training the employer provides (the conventions' benefits), as
  the hire trained already was: benefit_given reads "you will be mentored", and now the offer test that lets a gift
  stand in a sentence with a duty's frame ("The successful candidate will ...") reads it too. Found on read data:
  dev A 0197 (labelled benefits), whose only perk is "The successful candidate will be supported and mentored in
  these tasks by our experienced team". The hire who mentors others is doing a duty.
- How to apply by a channel in words the cue tables missed (the probes' three how-to-apply misses: a call put as a
  phrase, "Give <name> a call on <number>", a slang call, "Holler at <name> on <number>", and the documents' delivery
  in the passive by a way that is itself the channel, "CVs can be dropped off at the counter"). Near-misses: a call
  to someone else ("Give our customers a call ..."), a closing date alone, a document handled as a duty.
"""
from __future__ import annotations

import pytest

from conftest import section_kinds

DUTIES = ("# Baker\n\n"
          "You will bake bread and serve customers every morning.\n\n"
          "You need two years of bakery experience.\n\n")
#: a long paragraph (read sentence by sentence) of conditions and an accommodation offer, as dev A 0245 closes
CONDITIONS = ("Candidates must pass a background check and a drug screening before starting. Reliable transportation is "
              "necessary, as staff may be asked to cover other branches at short notice. The employee must be able to stand "
              "for long periods and lift up to 25 pounds. Reasonable accommodations may be made to enable individuals with "
              "disabilities to perform the essential functions. ")

#: an equal-opportunity statement with the employer's name as its subject, and nothing else about the employer
EEO_ONLY = [
    "Harbour Bakery is an Equal Opportunity Employer.",
    "Harbour Bakery Ltd is an equal opportunities employer and welcomes applications from all sections of the community.",
    "Northgate Credit Union is an Affirmative Action and Equal Opportunity Employer.",
    "Harbour Bakery is an equal opportunity employer and does not discriminate on the basis of race, religion, sex or age.",
]

#: the same statements that also say what the employer is: intro stays
EEO_AND_INTRO = [
    "Harbour Bakery is a family-run bakery in Leeds and an equal opportunity employer.",
    "Harbour Bakery, founded in 1952, is the largest independent bakery in Yorkshire and an equal opportunity employer.",
    "Harbour Bakery has baked bread in Leeds since 1952 and is an equal opportunity employer.",
]


@pytest.mark.parametrize("statement", EEO_ONLY)
def test_an_eeo_statement_by_name_is_no_intro(statement):
    kinds = section_kinds(DUTIES + CONDITIONS + statement + "\n")
    assert "eeo" in kinds
    assert "intro" not in kinds


@pytest.mark.parametrize("statement", EEO_AND_INTRO)
def test_an_employer_described_beside_its_eeo_statement_stays_intro(statement):
    kinds = section_kinds(DUTIES + CONDITIONS + statement + "\n")
    assert {"eeo", "intro"} <= kinds


INTRO = "Harbour Bakery is a family-run bakery in Leeds.\n\n"

#: the hire mentored or coached by the employer: benefits
MENTORED = [
    "The successful candidate will be supported and mentored in these tasks by our experienced team.",
    "You will be mentored by our senior bakers.",
    "You'll be closely coached by the head baker for your first three months.",
]

#: the hire mentoring, coaching or supported in a culture claim: no benefits
NOT_MENTORED = [
    "You will mentor and coach our apprentices.",
    "The successful candidate will coach junior bakers on the night shift.",
    "You will be supported by a friendly team.",
]


@pytest.mark.parametrize("sentence", MENTORED)
def test_the_hire_mentored_is_a_benefit(sentence):
    assert "benefits" in section_kinds(INTRO + DUTIES.replace("# Baker\n\n", "") + sentence + "\n")


@pytest.mark.parametrize("sentence", NOT_MENTORED)
def test_the_hire_mentoring_is_no_benefit(sentence):
    assert "benefits" not in section_kinds(INTRO + DUTIES.replace("# Baker\n\n", "") + sentence + "\n")


SHOP = "# Shop Assistant\n\nSaturday assistant wanted for a bike shop on Mill Road, serving customers and fixing punctures.\n\n"

#: a way to apply by a channel, in a call put as a phrase or the documents' delivery in the passive
CHANNEL_CALLS = [
    "Interested? Give Priya a call on 0161 496 0312.",
    "Give us a ring on 07700 900123 if you fancy it.",
    "Holler at Dev on 555-201-9981 if this sounds like you.",
    "Resumes may be dropped off at the front desk between 9 and 5.",
    "Application forms can be posted or handed in at reception.",
    "CVs should be emailed to jobs@millroadbikes.example.",
]

#: no way to apply: a call to someone else, a closing date alone, documents handled in a duty
NO_CHANNEL = [
    "Give our customers a call on 0161 496 0312 when their bikes are ready.",
    "Applications close on Friday 5 May.",
    "You will make sure invoices are posted to suppliers on time.",
]


@pytest.mark.parametrize("sentence", CHANNEL_CALLS)
def test_a_channel_named_in_other_words_is_how_to_apply(sentence):
    assert "how-to-apply" in section_kinds(SHOP + sentence + "\n")


@pytest.mark.parametrize("sentence", NO_CHANNEL)
def test_no_channel_is_no_how_to_apply(sentence):
    assert "how-to-apply" not in section_kinds(SHOP + sentence + "\n")
