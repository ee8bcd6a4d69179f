"""vague15 (session 32): classes of vague wording the phrase rules missed on the training writers (V119 aside),
each a grammar or an open class rather than a phrase: a disposition asked for with no article before it, the
work itself praised, what "matters", the world remade, the hire's potential promised, values lived, disorder
welcomed. Fixtures that must fire (some from writers A-G, some new wording) and near-misses that must not."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def findings(text: str, code: str) -> list[str]:
    config = Config(select=(code,))
    return [d.match for d in jdlint.lint_text(text, "t.md", config=config).diagnostics if d.code == code]


@pytest.mark.parametrize("text,code,part", [
    # a disposition with no article or verb before it (V114)
    ("- strong work ethic - good attitude a must!!", "V114", "good attitude"),
    ("Must possess good attitude and positive mindset.", "V114", "good attitude"),
    ("Spa therapist must have a positive aura.", "V114", "positive aura"),
    ("A proactive person with much initiative and good disposition for all.", "V114", "good disposition"),
    ("Candidate must have a strong character and desire to overcome.", "V114", "strong character"),
    ("Ideal profile: winner mentality, sociable.", "V114", "winner mentality"),
    ("Crew members need great team spirit.", "V114", "great team spirit"),
    # the work praised with nothing named (V113)
    ("Friendly team of professionals, interesting projects and many opportunities.", "V113", "interesting projects"),
    ("We offer excellent working conditions.", "V113", "excellent working conditions"),
    ("You'll be a trusted advisor to a portfolio of exciting clients.", "V113", "exciting clients"),
    ("Deliver impactful insights to the board.", "V113", "impactful insights"),
    # what matters (V113)
    ("Take ownership of stuff that matters.", "V113", "stuff that matters"),
    ("Help us tell the stories that matter to audiences across the nation.", "V113", "stories that matter"),
    # the world remade (V113)
    ("You will question assumptions and challenge the status quo.", "V113", "challenge the status quo"),
    ("We are reinventing the way brands talk to Gen Z.", "V113", "reinventing the way brands"),
    ("Help shape the bank of tomorrow.", "V113", "shape the bank of tomorrow"),
    # the hire's potential (V113)
    ("We'll help you unleash your full potential.", "V113", "unleash your full potential"),
    ("Here you can reach your true potential.", "V113", "reach your true potential"),
    # values lived (V114) and excellence as a story (V107)
    ("We look for colleagues who live our values every day.", "V114", "live our values"),
    ("You will be a role model for our values and behaviours.", "V114", "role model for our values"),
    ("Live the brand, inside and outside the gym.", "V114", "Live the brand"),
    ("We are the pioneers of quality education with a legacy of excellence.", "V107", "legacy of excellence"),
    # disorder welcomed (V105)
    ("We're after a self-starter who thrives on ambiguity.", "V105", "thrives on ambiguity"),
    ("Comfortable with chaos? You'll fit right in.", "V105", "Comfortable with chaos"),
])
def test_classes_fire(text, code, part):
    assert any(part in m for m in findings(text, code)), findings(text, code)


@pytest.mark.parametrize("text,code", [
    ("Applicants must be of good character (a licensing condition).", "V114"),
    ("Strong character animation skills in Maya are required.", "V114"),
    ("Positive attitude survey results are due in May.", "V114"),
    ("Good Outlook and Excel skills.", "V114"),
    ("Work in challenging conditions outdoors, with waterproofs provided.", "V113"),
    ("Scope and identify the most impactful projects with the marketing director.", "V113"),
    ("You will work on exciting projects such as the Leeds depot rebuild and the new rota app.", "V113"),
    ("Record the data that matters for the audit trail.", "V113"),
    ("Help every child reach their full potential in reading.", "V113"),
    ("You'll live in the Mission district, ten minutes from the shop.", "V114"),
    ("The Brand team sets the mission for each campaign.", "V114"),
    ("Thrive Pharmacy opens at 8am.", "V105"),
])
def test_near_misses_stay_silent(text, code):
    assert findings(text, code) == []


@pytest.mark.parametrize("text,code,expected", [
    # a capitalised name in single quotes before the noun it names is a mention, after "the" or "our" too
    ("Nominate residents for the 'Heart of Gold' volunteer award each December.", "V105", []),
    ("Write headlines for the 'World-class service' campaign for the spring launch.", "V107", []),
    ("Our 'World Class' loyalty tier gets guests free late checkout.", "V107", []),
    # lower-case scare quotes stay in use, before a noun or a conjunction
    ("We are a 'work hard, play hard' team.", "V103", ["work hard, play hard"]),
    ("You should be a 'people person' who loves chatting.", "V105", ["people person"]),
    # a stock catch-all negated is none; "not limited to" and "not only" widen instead of negating
    ("Responsibilities are listed in the TOR; no other duties will be added without amendment.", "V201", []),
    ("Responsibilities include but are not limited to other duties as assigned.", "V201", ["other duties as assigned"]),
    ("The ideal candidate not only has a strong work ethic but is organised.", "V105", ["strong work ethic"]),
])
def test_mentions_and_negation(text, code, expected):
    assert findings(text, code) == expected


@pytest.mark.parametrize("text,code,expected", [
    # a claim the writer declines to make ("we won't pretend", "we don't promise") is negated
    ("We won't pretend this is a dream job; it is shift work in a cold store at 2°C.", "V107", []),
    ("We do not promise a dream job: the work is night shifts in a cold store.", "V107", []),
    ("Honestly, this is a dream job.", "V107", ["dream job"]),
    # an unbounded duty whose list follows a colon later in the sentence is bounded (V118)
    ("You will handle anything that arrives in the shared inbox: supplier invoices and expense claims.", "V118", []),
    ("You'll help with anything that comes up in the office.", "V118", ["anything"]),
])
def test_declined_claims_and_later_lists(text, code, expected):
    assert findings(text, code) == expected


@pytest.mark.parametrize("text,expected", [
    # the person helped between the verb and an unbounded object (writers D and Q)
    ("Job involves helping the Oga with anything that comes up in the office.", ["anything"]),
    ("Duties: assist the HOD in all matters.", ["all matters"]),
    ("Merchandiser will look after all related works of buyer.", ["all related works"]),
    ("Assist the manager with payroll and the monthly VAT return.", []),
    ("Support the team in all matters relating to VAT.", []),
])
def test_person_helped_then_unbounded_object(text, expected):
    assert findings(text, "V118") == expected


@pytest.mark.parametrize("text,code,expected", [
    ("The family is looking for someone with a big heart.", "V114", ["big heart"]),
    ("A strong heart rate monitor is issued to each runner.", "V114", []),
    ("Handle all assigned jobs with utmost dedication and sincerity.", "V114", ["utmost dedication and sincerity"]),
    ("Handle the samples with utmost care and the files with the utmost discretion.", "V114", []),
    ("Candidate must have leadership qualities.", "V105", ["leadership qualities"]),
    ("Our yard crew is a bunch of legends.", "V117", ["a bunch of legends"]),
    ("A bunch of keys hangs by the door of the legends room.", "V117", []),
])
def test_writer_q_and_a_classes(text, code, expected):
    assert findings(text, code) == expected


@pytest.mark.parametrize("text,expected", [
    # the same praise word heading three listed items: the repetition is the message (writers D and F)
    ("Great vibes, great team, great future.", ["Great vibes, great team, great future"]),
    ("Factory offer good salary, good food, good living, good future.", ["good salary, good food, good living, good future"]),
    ("We are passionate about people, passionate about service, passionate about you.",
     ["passionate about people, passionate about service, passionate about you"]),
    # two items are a plain list, and a trade's skills are asked of the hire
    ("Good food, good company.", []),
    ("She is a good cook, good cleaner, and good driver.", []),
    ("Good pay, regular hours and a good boss.", []),
])
def test_repeated_praise(text, expected):
    assert findings(text, "V117") == expected


@pytest.mark.parametrize("text,code,expected", [
    # building a team spirit is the hire's task (real ad, reworded); the employer's own boast still fires
    ("The assistant welcomes feedback and contributes to building a positive team spirit.", "V114", []),
    ("Strengthen the good team spirit on the ward.", "V114", []),
    ("Must have great team spirit.", "V114", ["great team spirit"]),
    ("We're building an amazing team.", "V113", ["amazing team"]),
])
def test_built_as_a_duty(text, code, expected):
    assert findings(text, code) == expected


@pytest.mark.parametrize("text,code,expected", [
    ("Guards must be alert and ready for any kind of work.", "V201", ["ready for any kind of work"]),
    ("Are you willing to take on any task? Then apply.", "V201", ["willing to take on any task"]),
    ("Teach in Hanoi and have the adventure of a lifetime!", "V113", ["the adventure of a lifetime"]),
    ("You'll make memories that last forever.", "V113", ["make memories that last forever"]),
    ("Photograph the guests so they can keep the memories of the wedding.", "V113", []),
    ("Stylists with a passion for all things beauty are encouraged to apply.", "V113", ["passion for all things beauty"]),
    ("We truly care for our people.", "V113", ["truly care"]),
    ("We need someone who truly cares about patients with dementia.", "V113", []),
])
def test_lifetime_all_things_and_care(text, code, expected):
    assert findings(text, code) == expected
