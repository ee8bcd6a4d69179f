"""Gender-coded words that name the job's function, other people or the employer, not a trait of the hire (gcoded35,
session 35; jdlint/data/gender_coded.yaml duty_verbs, wanted_for, leader_group_modifiers, leadership_*, the excluded
nouns "decision(s)", and the functional phrases "thought leader(ship)", "bring ... together", "build ... trust").

An independent judge read every default finding on 40 dev ads: D203 was wrong 4 of 9 times, each time by counting
words that were (a) a duty verb or the job's function ("Leads the team", "a leadership role", "make decisions"),
(b) a noun naming other people or bodies ("executive leaders", "the leadership team"), (c) an adjective of a task
("challenging, strategic problems") or (d) the employer or its products ("the brands operate independently and
together"). Each class has fixtures that must stay silent and near-misses in the same frame, said of the hire, that
must still count. The sentences are written for the classes, not copied from the judged ads."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CONFIG = Config(select=("D201", "D202"))


def _coded(text: str) -> list[str]:
    report = next(iter(jdlint.lint_texts([("# Job\n\n" + text + "\n", "case.md")], config=CONFIG)))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("function, trait, word", [
    # (a) "lead" as a duty verb: whatever it leads, people too; with no object it is the hire's manner
    ("You will lead a cross-functional team of nine engineers.", "You will lead by example on a team of nine.", "lead"),
    ("Experience leading, coaching and appraising ward nurses.", "Experience leading from the front on a busy ward.",
     "leading"),
    ("Help to lead and motivate the evening kitchen brigade.", "We want someone who leads from the front in the kitchen.",
     "leads"),
    ("We need someone who leads the branch team through the audit.", "Ready to lead? Apply today.", "lead"),
    ("Take the lead on the spring catalogue shoot.", "Lead by example on the spring catalogue shoot.", "lead"),
    # ... "leadership" as the job or a duty given, not a quality the hire shows or has
    ("This is a leadership role reporting to the finance director.",
     "Strong leadership skills are essential for the finance director's deputy.", "leadership"),
    ("Provide strategic leadership to the fundraising team.", "You will show leadership in the fundraising team.",
     "leadership"),
    ("Leadership responsibilities include the weekly rota and appraisals.",
     "Leadership: you take charge of the weekly rota and appraisals.", "leadership"),
    ("The manager has leadership/supervisory duties for two depots.",
     "You bring natural leadership qualities to two depots.", "leadership"),
    ("Ten years of leadership experience in retail banking.", "Demonstrated leadership in retail banking.",
     "leadership"),
    ("Demonstrating thought leadership at sector conferences.", "Demonstrating leadership at sector conferences.",
     "leadership"),
    # ... "decision(s)", the noun, is what is decided; the trait is "decisive"
    ("Ability to make sound decisions about stock levels.", "Decisive about stock levels under pressure.",
     "decisive"),
    ("Facilitating decisions between the client and the architects.",
     "A decisive facilitator between the client and the architects.", "decisive"),
])
def test_a_duty_or_the_jobs_function_is_no_trait(function, trait, word):
    assert _coded(function) == []
    assert word in _coded(trait)


@pytest.mark.parametrize("others, hire", [
    # (b) "leader(s)" naming the people the hire works with, serves or develops; the hire as a leader still counts
    ("Brief executive leaders on progress each month.", "You are a calm leader when progress slips."),
    ("Build relationships with leaders across local government.", "We need a natural leader for local government."),
    ("Coach and inspire future leaders in the branch network.", "A born leader for the branch network."),
    ("Share what you learn with peers and leaders in the region.", "Must be a confident, visible leader in the region."),
    ("The Head of Estates is the leader of the facilities team.",
     "We are looking for an experienced leader for the facilities team."),
    ("Engage leadership early in the planning process.", "LEADERSHIP: you set the tone for the board's staff."),
    ("Help clients and their leadership understand the roadmap.", "Bring your leadership to the roadmap."),
])
def test_other_people_are_not_the_hire(others, hire):
    assert _coded(others) == []
    assert [w for w in _coded(hire) if w.startswith("lead")] != []


@pytest.mark.parametrize("thing, hire", [
    # (c) an adjective of a task or a thing, coordinated by a comma with another adjective before its head noun
    ("You will tackle challenging, strategic problems in freight planning.",
     "Competitive, driven planners do well in freight."),
    ("Deliver to aggressive, fixed timelines and earn competitive, location-based compensation.", "You are competitive, driven and like a target."),
    ("Handle highly sensitive, personal information about tenants.", "A sensitive, patient listener for tenants."),
])
def test_an_adjective_of_a_task_is_no_trait(thing, hire):
    assert _coded(thing) == []
    assert _coded(hire) != []


@pytest.mark.parametrize("employer, hire", [
    # (d) the employer's brands or products as the subject, and a duty of gathering others
    ("With offices in three cities, the brands operate independently and together for clients.",
     "You work independently and together with the studio team."),
    ("The clinics run independently of each other.", "You run clinics independently with little supervision."),
    ("Bring growers and buyers together around a shared plan.", "You work well together with growers and buyers."),
    ("We bring together the best engineers in the region.", "Our engineers pull together when the region floods."),
])
def test_the_employer_or_a_duty_of_gathering_is_no_trait(employer, hire):
    assert _coded(employer) == []
    assert _coded(hire) != []


@pytest.mark.parametrize("function, trait, word", [
    # the feminine side of the same classes: "understanding" the noun (knowledge or agreement) and trust built as a
    # duty are no traits; the adjective and trust given to the hire are
    ("This openness fosters understanding, which builds better products.",
     "An understanding manager for the design and policy teams.", "understanding"),
    ("Use research to improve your understanding, then share it with users.", "Be understanding with users who are upset.",
     "understanding"),
    ("Build rapport and trust with partner agencies.", "Partner agencies trust you to keep your word.", "trust"),
    ("Map the interdependencies of the programme's workstreams.", "A dependable lead for the programme's workstreams.",
     "dependable"),
])
def test_the_feminine_words_of_a_duty_are_no_trait(function, trait, word):
    assert _coded(function) == []
    assert word in _coded(trait)


def test_marks_glued_to_a_word_are_read_off():
    """A flattened list glues its bullet or full stop to the word before ("leads\u2022", "leaderships.\u2022"): the
    word is read without them, so "leads" is the sales noun it is, and a trait still counts."""
    assert _coded("Manage phone and email leads\u2022 Escalate complaints\u2022 Send reports") == []
    assert _coded("Send weekly reports to leaderships.\u2022 Fix production bugs") == []
    assert _coded("Be patient and assertive\u2022 Fix production bugs") == ["patient", "assertive"]


def test_the_balance_leans_no_longer_on_the_jobs_function():
    """D203 on a posting whose coded words are duties, bodies and tasks (the shape of dev35A 0627, written anew): no
    lean is left; the same posting asking traits of the hire keeps its masculine lean."""
    duties = ("# Programme Manager\n\n- Leads the recruitment of fellows and the design of the programme.\n"
              "- Develops approaches to challenging, strategic problems in public policy.\n"
              "- Works with executive leaders and the agency's leadership team.\n"
              "- Acts as thought leader at sector events.\n- Experience leading a cross-functional team.\n")
    codes = [d.code for d in jdlint.lint_text(duties, path="t.md").diagnostics]
    assert "D203" not in codes
    traits = duties + "- You are a decisive, confident leader and competitive by nature.\n"
    assert "D203" in [d.code for d in jdlint.lint_text(traits, path="t.md").diagnostics]
