"""Who a gender-coded word is said of, by grammar (gcoded16, session 33; jdlint/data/gender_coded.yaml work_verbs,
led_groups, name_subject_aims, name_subject_be, relative_verb_only).

The classes come from the D203 findings judged wrong on real ads (realads15 A, realads16 A: a duty led, the employer
by name leading its field or nurturing its community, a town or a pub that "boasts" something) and from the
independent writers' near-misses (writer O: "Lead the drafting of the Annual Report"; writers S and T: "payment in
kind"). The fixtures are written for the classes, not copied from the ads; each has its near-miss of the hire."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config

CONFIG = Config(select=("D201", "D202"))


def _coded(text: str) -> list[str]:
    report = next(iter(jdlint.lint_texts([("# Job\n\n" + text + "\n", "case.md")], config=CONFIG)))
    return [d.match.lower() for d in report.diagnostics]


@pytest.mark.parametrize("work, manner", [
    # a verb of work with an object is a duty of the post: a piece of work (session 33) or people and groups led
    # (session 35: "lead a team" says what the job does, not what the hire is); with no object it is the hire's manner
    ("Lead the annual stocktake across both depots.", "Lead by example through the annual stocktake."),
    ("You will lead the move of our payroll to the new system.", "You will lead from the front on payroll."),
    ("Lead on all VAT and corporation tax matters.", "Lead by example on a busy shop floor."),
    ("Experience leading large refurbishment projects.", "Experience leading by example on refurbishments."),
    ("We need someone to lead and deliver on the brand refresh.", "We need someone who leads from the front."),
    ("Leading the weekly planning meetings with the client.", "You will be leading by example on nights."),
    ("Lead the depot crew through the annual stocktake.", "Lead from the front with the depot crew."),
    ("You will lead a payroll team of four.", "Lead by example in a payroll team of four."),
    ("Experience leading volunteers and small groups.", "Lead by example with volunteers and small groups."),
    ("Experience leading and growing teams.", "Lead from the front as the teams grow."),
    ("You will be leading a night shift of nine.", "You will be leading by example on a night shift of nine."),
    ("Lead three new site managers this year.", "Lead from the front with three new site managers."),
    # "boast" with a thing as its object is what a place or the employer has
    ("The village boasts two pubs, a bakery and a lido.", "Nobody here is boastful about their sales."),
    ("Lead three new site openings this year.", "Lead by example at three new site openings."),
    ("Boasting a sea view and a wood-fired oven, the cafe is busy all year.", "You can be a little boastful about your wins here."),
])
def test_work_or_people_led_is_a_duty_and_a_manner_of_leading_is_counted(work, manner):
    assert _coded(work) == []
    assert _coded(manner) != []


@pytest.mark.parametrize("text, counted", [
    # the employer by name as the subject: standing and aims are the employer's
    ("Harbour Arts Trust is a national leader in community theatre.", []),
    ("The Tidewater Foundation strives to nurture local growers.", []),
    ("We aim to nurture the next generation of engineers.", []),
    # ... but the employer looking for a leader, or a coded word of the hire after the name, is the hire
    ("Harbour Arts Trust is looking for a natural leader.", ["leader"]),
    ("Harbour Arts Trust wants a confident presenter for its tours.", ["confident"]),
    # "leads" only as the verb of a relative clause: the noun senses are not counted
    ("We need someone who leads from the front on match days.", ["leads"]),
    ("Follow up inbound sales leads from the website.", []),
    ("A manager who leads projects from brief to launch.", []),
    # "kind" as a noun, and the trait
    ("Our seed library is the first of its kind in the county.", []),
    ("Payment in kind is not offered.", []),
    ("Be kind to every guest.", ["kind"]),
    # a compound of a stem has only its own collocates ("a tender" is a bid)
    ("We want a tender-hearted carer for night shifts.", ["tender-hearted"]),
    ("Submit a tender for the cleaning contract.", []),
    # "cooperative" counts where the grammar names a person, not as an organisation
    ("A cooperative attitude with other trades on site.", ["cooperative"]),
    ("She works for a housing cooperative.", []),
    # a second adjective coordinated before the head: the head decides
    ("Ensure a supportive and engaging visit for every guest's family.", []),
    ("Superior organisational and writing skills.", ["superior"]),
    # a thing subject with modifiers and a complement of its own
    ("The safari lodge is self-sufficient in solar power.", []),
    # a status of taking part, counted of a community's people
    ("Mentor the project leaders and active contributors of the library.", []),
    ("The post sits at the leadership level of the charity.", []),
    # a coded noun named the employer's value, in a subject that opens its sentence; the hire's own stays counted
    ("Innovation and leadership are the hallmarks of the Riverside Trust.", []),
    ("Honesty and kindness are our core values.", []),
    ("You will show leadership and are the heart of the team.", ["leadership"]),
    ("Strong leadership is essential.", ["leadership"]),
    # methods made are the work ("analytical approaches"); the hire's approach is a way of working
    ("In your role as a leader, you will bring your own networks.", []),
    ("You are a natural leader on the shop floor.", ["leader"]),
    ("Implementing novel analytical approaches for the lab.", []),
    ("An analytical approach to problems.", ["analytical"]),
    # a hyphen compound of a participle is an adjective: of people the hire serves, or of the hire
    ("Kind-hearted donors fund our bursary scheme.", []),
    ("A kind-hearted carer for the night shift.", ["kind-hearted"]),
    # coordinated nouns after a coded adjective: all are read, up to the head
    ("Most of the caseload involves interpersonal violence and harassment claims.", []),
    ("Excellent interpersonal verbal and written communication skills.", ["interpersonal"]),
    ("A hungry go-getter with a strong can-do and hands-on attitude.", ["strong"]),
])
def test_who_the_word_is_said_of(text, counted):
    assert _coded(text) == counted
