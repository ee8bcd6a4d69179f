"""Gender-coded words said of the hire, and nothing else (gcoded39). Six classes of D201/D202 false alarm on read
writer sets (writers O, R, S, T, I's read half, gender_coded_heldout16, bias_heldout13), each a reading of grammar or
of a word's sense, not a list of those sentences:

- a relative clause whose antecedent is someone the hire serves: what it says is theirs ("Passengers who need a gentle
  pace are escorted by our team"); the hire or the employer as the relative's subject, a main clause's verb after the
  relative ("Patients who are anxious need a gentle touch"), or a person heading the word's own phrase ("Clients who
  value a confident adviser") keep it counted;
- a verb of denial before the word (data denying_verbs: avoid, refrain from, steer clear of ...): a demand NOT to be
  or do it is no coded demand ("Avoid forceful handling of fragile parcels"). Read in gender_coded, not among the
  shared negators of context.py: for the exclusion rules "avoid hiring ..." is the exclusion itself (frames.yaml);
- "competitive" before a sport or one who takes part in one (swimmer, dancer, cyclist, derived from the activity): a
  grade of play, not the trait ("Competitive swimmers train here at 5:30am"); "Competitive salespeople" stay counted;
- a coded word opening its line as a label of a field or of the post: a title in the form "Title, Department:"
  ("Leader, Second Violins: ..."), or a field whose value opens with a duty or goal verb ("Objective: reduce average
  handle time"); "Sociable: you'll ...", "Ambitious, Driven: that's you" stay counted;
- a coded adjective in the predicate of the employer named as the subject ("Kestrel Analytics has become a trusted
  name"), as "We are a trusted name" already was; a name of the hire's team, a name seeking someone, and "The
  Successful Candidate is ..." stay counted;
- "members" as a bare subject (data bare_served): the club's or service's members, as "customers" are ("Members can
  be outspoken in reviews", writer I's read half); "Crew members", "Team members" are the hire's colleagues.

Then three classes from our own probes in writer I's registers (care, schools, small businesses), written before the
code: the agent of a passive of founding, running or supervising (data agent_others_verbs: "founded by two ambitious
vets"; "supported by a collaborative team" and work verbs, "closed by aggressive account executives like you", stay
counted); what the people served learn or are brought to be (said_of_verbs: "Children learn to be kind"); an adverb of
the people served's own verb after "to" or a verb of helping ("Support vulnerable adults to live independently"),
where "Clients expect you to work independently" is the hire's; and "independent learning/living/travel".

These fixtures are our own wording, not the writer sets' sentences. Each silent case fails at 8372118."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def coded(text: str) -> list[str]:
    report = jdlint.lint_text(f"# Job\n\n{text}\n", path="t.md", config=Config(select=("D201", "D202")))
    return [d.match for d in report.diagnostics if d.code in ("D201", "D202")]


@pytest.mark.parametrize("text", [
    # a relative clause of the people served
    "Travellers who want a gentle pace can book the afternoon tour.",
    "Patients who prefer a gentle pace are seen in the quiet clinic.",
    # a verb of denial
    "Avoid forceful cleaning of the antique frames.",
    "Please refrain from being aggressive on the phones.",
    "Drivers must steer clear of aggressive overtaking.",
    # the sport's sense of "competitive"
    "Competitive cyclists use our workshop on Saturdays.",
    "Competitive rowers from the club train on the river at dawn.",
    "Competitive golfers book the course on Sunday mornings.",
    # a label of a field or of the post
    "Objective: increase repeat bookings by ten percent.",
    "Objective: to cut waste in the kitchen by a third.",
    "Leader, Cello Section: the orchestra invites applications.",
    # the employer by name as the subject
    "Harbourside Dental has become a trusted name across the county.",
    # the people served by a bare noun that only names the hire with a modifier
    "Members can be outspoken on the forum, so moderators read every post.",
    "Our members are fiercely loyal to the gym.",
    # the agent of a passive of founding, running, supervising: others, not the hire
    "The bakery was founded by two ambitious pastry chefs.",
    "You'll be supervised by a supportive senior pharmacist.",
    "The charity was set up by compassionate volunteers in 1990.",
    # what the people served learn or are brought to be, or how they do something of their own
    "Children learn to be kind and caring through our values programme.",
    "Pupils are encouraged to be independent in the lunch hall.",
    "Support vulnerable adults to live independently at home.",
    "You help tenants budget independently.",
    "Students are taught to think analytically about sources.",
    # the learning or living of the people served as a service or an aim
    "Encourage independent learning in Year 5.",
])
def test_coded_word_not_said_of_the_hire_is_silent(text):
    assert coded(text) == []


@pytest.mark.parametrize("text, word", [
    # the same words said of the hire
    ("You work at a gentle pace with nervous travellers.", "gentle"),
    ("Clients who value a confident adviser will love working with you.", "confident"),
    ("Travellers who need help will value your gentle manner.", "gentle"),
    ("Patients who are anxious need a gentle touch from the nurse.", "gentle"),
    ("Clients who you reassure with a gentle manner stay with us.", "gentle"),
    ("Avoid delays and be assertive with suppliers.", "assertive"),
    ("Be assertive but avoid conflict.", "assertive"),
    ("Competitive salespeople thrive here.", "Competitive"),
    ("You are competitive and love cycling.", "competitive"),
    ("Competitive: you love a leaderboard.", "Competitive"),
    ("Analytical: able to dig into the data.", "Analytical"),
    ("Ambitious, Driven: that's you.", "Ambitious"),
    ("Kestrel Analytics is seeking a confident analyst.", "confident"),
    ("Our Sales Team is fiercely competitive.", "competitive"),
    ("The Successful Candidate is confident and calm.", "confident"),
    ("Crew members are supportive of each other.", "supportive"),
    ("You'll be supported by a collaborative team.", "collaborative"),
    ("Deals are closed by aggressive account executives like you.", "aggressive"),
    ("We are excited by ambitious engineers.", "ambitious"),
    ("You will learn to be confident on the phones.", "confident"),
    ("New starters are encouraged to be assertive.", "assertive"),
    ("You will visit clients independently.", "independently"),
    ("Clients expect you to work independently.", "independently"),
    ("You will support residents independently.", "independently"),
    ("You are an independent learner.", "independent"),
])
def test_coded_word_said_of_the_hire_still_counts(text, word):
    assert word in coded(text)
