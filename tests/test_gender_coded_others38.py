"""Gender-coded words said of something or someone that is not the hire, by grammar and word sense (gcoded38). Six
classes of D201/D202 false alarm on read writer sets (writers X, W and AD, gender_coded_heldout16):

- the object of a clause whose subject is a thing or the people served, after a determiner, with a verb that asks
  nothing of the hire: what the subject does is its own, or names someone else ("The documentary profiles an outspoken
  local journalist", "The spa's hot stones retain warmth"); verbs of wanting, suiting, demanding, having, placing or
  supplying, the post or the employer as subject, the hire named, and a person liked by the people served stay counted;
- a trait noun with an everyday other sense (drive, match, pace, build) as a coded adjective's head: a compound with a
  noun before it ("an active recruitment drive") or a definite thing with no complement ("The decisive match is shown");
  "real drive", "a decisive match for the role", "the competitive drive to win" stay the hire's;
- a noun phrase that a verb of cleaning, servicing or handling acts on, as its object or its passive's subject
  ("Forceful air dryers must be cleaned weekly": a thing, though "dryers" ends as an agent noun does);
- a hyphen compound whose last part makes it the absence, base or scope of its first ("lead-free solder": the metal);
- a coded adjective said of the people served or a thing after another adjective with its own adverb of degree
  ("a client base that is small and fiercely loyal"), read as the same said-of grammar already reads "is loyal";
- "trust" as the body the hire works in, after a preposition and "the" ("reports at the level of the trust"); "earn
  the trust of clients", "win the trust and respect of the team" stay as they were.

These fixtures are our own wording, not the writer sets' sentences."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text(f"# Job\n\n{text}\n", path="t.md", config=Config(select=("D201", "D202")))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


@pytest.mark.parametrize("text", [
    # the object of a thing's or the served people's own verb
    "The exhibition follows a fearless war photographer through three conflicts.",
    "The new podcast interviews an outspoken retired judge each week.",
    "The basalt stones hold warmth for an hour after the massage.",
    "The local paper praised a courageous firefighter last week.",
    "The festival crowns a competitive pie-eating champion every August.",
    # a trait noun in its everyday sense
    "The branch launches an active membership drive every January.",
    "Volunteers run an ambitious fundraising drive for the roof.",
    "The decisive match kicks off at eight in the clubhouse.",
    "The competitive match will be streamed in the staff room.",
    # what is cleaned, serviced or handled is a thing, whatever its noun's ending
    "Aggressive hand dryers should be serviced every quarter.",
    "Descale the forceful steam boilers before closing.",
    "Wipe down the gentle mixers after each batch.",
    # a hyphen compound whose last part is the absence or base of the first ("lead", the metal)
    "Experience with lead-free solder alloys is useful.",
    "Fit a child-proof, tamper-proof, lead-free valve.",
    # said of the people served or a group of them, a second coordinated adjective with its own adverb of degree
    "The practice has a client base that is small and fiercely loyal.",
    "The surgery has a patient list that is elderly and often very trusting of nurses.",
    # the trust as a body
    "Nurses rotate across the trust every six months.",
    "The role sits within the trust and reports to the finance director.",
])
def test_coded_word_not_said_of_the_hire_is_silent(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    # the same words where the post, the employer or the served people ask them of the hire
    ("The exhibition needs a fearless photographer for the opening night.", "fearless"),
    ("This shift suits an outspoken, self-reliant person.", "outspoken"),
    ("The salon hires bold stylists every spring.", "bold"),
    ("Our agency places confident nurses in private homes.", "confident"),
    ("The ward has compassionate nurses and a calm manager.", "compassionate"),
    ("The children adore gentle staff who read to them.", "gentle"),
    ("The course gives you confident presentation skills.", "confident"),
    ("The museum celebrates courageous volunteers.", "courageous"),
    # a trait noun in the hire's noun phrase
    ("You bring a competitive drive and a clear head.", "competitive"),
    ("You will have the competitive drive to win.", "competitive"),
    ("An ambitious drive to succeed.", "ambitious"),
    ("A decisive match for a busy kitchen.", "decisive"),
    # people are trained and vetted, not cleaned
    ("Forceful negotiators must be trained in our methods.", "Forceful"),
    ("Confident cleaners must be vetted by the agency.", "Confident"),
    # a compound of a trait, and one intensified
    ("A strong, confident-minded recruiter.", "confident-minded"),
    ("A highly-analytical, lead-from-the-front manager.", "lead-from-the-front"),
    # the same coordination said of the hire or the staff (recall: the adverb before the second adjective is read)
    ("You are calm and really patient with nervous flyers.", "patient"),
    ("You're organised, friendly and very patient.", "patient"),
    ("Our staff group is small and very supportive.", "supportive"),
    # the trust as a quality
    ("You will win the trust and respect of the team.", "trust"),
])
def test_same_word_of_the_hire_still_counts(text, word):
    assert word in coded(text)
