"""Gender-coded words (D201/D202) not said of the hire (gc44): the employer itself or the people it already has above
or beside the hire described in the present ("Our managers are approachable and supportive"); a negated want or fit
that reaches past the shared negation's four words ("This is not a role for someone overly assertive"); and what the
ad turns away after the coded word's noun phrase ("Arrogant or reckless drivers need not apply"). Each with the same
word said of the hire, which must stay counted.

The probe file tests/data/gc44_probes.yaml was written from the briefed categories before the rules or any read
writer's false alarms were read; ``test_the_probes`` holds the rules to it, with the cases left named and why.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import jdlint
from jdlint.config import Config

ROOT = Path(__file__).resolve().parent.parent


def words(text: str) -> list[str]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="t.md", config=Config(select=("D2",)))
    return [d.match.lower() for d in report.diagnostics if d.code in ("D201", "D202")]


# The employer itself, or its managers, mentors, volunteers ... described in the present.
@pytest.mark.parametrize("text", [
    "Our managers are approachable and supportive.",
    "Our directors are decisive and transparent.",
    "Our volunteers are compassionate people who give up their weekends.",
    "Our mentors are patient and will walk you through every system.",
    "The firm is ambitious and expanding into three new cities.",
    "Our charity is caring, small and local.",
    "Pay is good, and our supervisors are supportive.",
    "Our line manager is supportive and flexible about school runs.",
    # a label naming others, the employer's values, a room as the subject, what the employer holds itself to
    "Clients: loyal, long-standing, mostly in hospitality.",
    "Our core values: bold, kind, curious.",
    "Our kitchen is warm, busy and loud.",
    "Residents here are fiercely independent and like their routines.",
    "We believe in being honest with our customers.",
])
def test_the_employer_and_its_people_described_are_silent(text):
    assert words(text) == []


# ... but the hire among them, the team the hire joins (writers AD and AL labelled it fire), a modal, a relative, a
# hiring verb and the post named as a singular person stay counted.
@pytest.mark.parametrize("text,word", [
    ("Our new manager is supportive and organised.", "supportive"),
    ("Our managers must be supportive of flexible working.", "supportive"),
    ("The partners we hire are warm and down-to-earth.", "warm"),
    ("The firm is looking for an ambitious paralegal.", "ambitious"),
    ("The Store Manager is a confident leader of twelve staff.", "confident"),
    ("Our team is kind, cooperative and always has each other's backs.", "cooperative"),
    ("Our engineers are highly individualistic and hate hand-holding.", "individualistic"),
    ("Our partners are ambitious and bring in their own clients.", "ambitious"),
    ("Behaviours: honest, loyal, calm.", "honest"),
    ("Residents: patient, kind carers needed.", "kind"),
    ("Clients: warm manner essential.", "warm"),
    ("The successful candidate is confident and calm.", "confident"),
    ("Our ideal receptionist is polite and well-spoken.", "polite"),
    ("You: competitive, organised, happy on the phone.", "competitive"),
    ("Requirements: confident, organised.", "confident"),
    ("Our culture is highly competitive.", "competitive"),
    ("We want you to believe in being honest.", "honest"),
])
def test_the_hire_and_the_team_stay_counted(text, word):
    assert word in words(text)


# A negator governing a want or a fit, further back than four words; a rejection after the noun phrase.
@pytest.mark.parametrize("text", [
    "This is not a role for someone overly assertive.",
    "We do not expect you to be competitive with colleagues.",
    "The role is not suited to someone who is impulsive.",
    "It is not a role that suits stubborn people.",
    "There is no place here for aggressive sellers.",
    "Arrogant or reckless drivers need not apply.",
    "Hostile or aggressive candidates will not be shortlisted.",
    "Stubborn egos are not welcome in this kitchen.",
    "People who are aggressive will not last here.",
    "Competitive types tend not to enjoy this role.",
    "If you are aggressive, this is not for you.",
    "There is no expectation that you be bold.",
])
def test_a_negated_want_or_a_rejection_is_silent(text):
    assert words(text) == []


# ... the want affirmed, a negation that does not reach the word, "unless", "only" and "so" stay.
@pytest.mark.parametrize("text,word", [
    ("This is a role for someone assertive.", "assertive"),
    ("We expect you to be competitive with other branches.", "competitive"),
    ("Don't apply unless you are confident on the phone.", "confident"),
    ("We don't only want you to be bold; we want you to be kind.", "kind"),
    ("It is not easy work so you need to be decisive.", "decisive"),
    ("We are not hiring for experience; we want you to be confident.", "confident"),
    ("Reckless drivers will be trained; careful drivers are preferred, and you must be decisive.", "decisive"),
    ("Aggressive drivers get the best routes.", "aggressive"),
    ("You will be bold, and it will not last long without support.", "bold"),
    ("If you are confident, this role is for you.", "confident"),
    # "without" negates its noun, and "for" after another noun is no want
    ("Must be happy working without a supervisor for long shifts as an independent lone worker.", "independent"),
])
def test_the_want_affirmed_stays_counted(text, word):
    assert word in words(text)


# Probes the rules do not meet as written, each with its reason; every other probe must score as labelled.
LEFT = {
    # the team the hire joins, labelled silent from the brief's wording; writers AD and AL label it fire
    "gp44-who-001", "gp44-who-012", "gp44-who-020", "gp44-who-031", "gp44-who-034", "gp44-who-041", "gp44-who-042",
    # ... and professions a team of peers may be named by (partners, coaches), left to the team's reading
    "gp44-who-019", "gp44-who-026",
    # a sample's sensitivity, trust as a legal entity: stem senses with no rule that reads them
    "gp44-sense-042", "gp44-stem-018",
    # "never be left to work independently": the negation is of being left, no want or fit
    "gp44-neg-020",
    # recall the lists leave by design: "lead" and "leadership" as a duty or a title noun, "committed"/"principled"
    # only before a person, "commitment", "responsible", "decisions" excluded words
    "gp44-fwho-025", "gp44-fwho-027", "gp44-fwho-031", "gp44-fsense-004", "gp44-fsense-010", "gp44-fsense-025",
    "gp44-fsense-039", "gp44-fname-014", "gp44-fname-016", "gp44-fneg-014", "gp44-fneg-015", "gp44-fneg-018",
    "gp44-fneg-023", "gp44-fneg-024", "gp44-fneg-027", "gp44-fneg-033", "gp44-fneg-034", "gp44-fneg-036",
    "gp44-fstem-001", "gp44-fstem-003", "gp44-fstem-013", "gp44-fstem-034", "gp44-fstem-036",
    "gp44b-072", "gp44b-088",
    # "Must strong in Excel": no verb of being before the beyond-paper word, which needs a person reading
    "gp44b-065",
    # lead the metal beside another material; a job title as a label ("Headteacher: supportive") may name the post
    "gp44b-026", "gp44b-041",
    # a thing after the hire's "have" or "your" (my fire labels are arguable: the plans, the welcome, the reputation);
    # an adjective list before a compound title the lists do not know ("warehouse operative")
    "gp44c-053", "gp44c-054", "gp44c-062", "gp44c-070",
    # "support" with the people the post serves after it is the duty, as "lead a team" is (session 47, tests/test_gcoded47.py:
    # the unread pools lost a false alarm and no fire case); this probe's fire label is arguable the same way
    "gp44c-066",
    # "ethos" is a manner noun of the lists ("a nurturing ethos" of the hire); lead nurture as a marketing verb; an
    # -ing modifier ("Quiet working area") ends the phrase before its head
    "gp44c-020", "gp44c-024", "gp44c-049",
    # a business by its kind as the head ("independent bookshop"): not made a thing noun, since the same nouns open
    # job titles whose heads the lists do not know ("a warm museum guide")
    "gp44b-032",
}


def _probes():
    return yaml.safe_load((ROOT / "tests/data/gc44_probes.yaml").read_text())["cases"]


@pytest.mark.parametrize("case", _probes(), ids=lambda c: c["id"])
def test_the_probes(case):
    found = [d for d in jdlint.lint_text("# Job\n\n" + case["text"] + "\n", path="t.md",
                                         config=Config(select=("D2",))).diagnostics if d.code in ("D201", "D202")]
    if case["expect"] == "silent":
        ok = not found
    else:
        ok = any(case["span"].lower() in d.match.lower() or d.match.lower() in case["span"].lower() for d in found)
    assert ok != (case["id"] in LEFT), (case["id"], case["text"], [d.match for d in found])
