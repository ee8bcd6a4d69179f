"""V303 (session 46, the lead): a job fact handed over to something outside the ad. "Hours depend on the catch",
"Working days as per site conditions", "Shift pattern dictated by the sailing timetable": what the fact depends on, goes
by or is dictated by is a variable the reader is never given, so the class is the verbs that hand a fact over
(``left-to-anything`` in rules/vague.yaml), not a list of what it is handed to. Probes written by shape before the
change, across trades (fishing, farming, shipping, film, schools, care, ports); at 6f123c9 V303 found 5 of the 35 fire
probes. Near-misses: the hire's own choice, a thing the ad gives ("the rota below"), a named thing ("according to
the NJC agreement"), a figure in the clause, "per" as a count ("Hours per week: 40"), facts that are not the job's
("Our business depends on the harvest").
"""
from __future__ import annotations

import pytest

from conftest import matches_in_a_posting as matches

FIRE = [
    'Hours depend on the catch.',
    'Start date depends on visa processing.',
    'Working days depend on tides.',
    'Shifts according to production.',
    'Location as per project allocation.',
    'Overtime depending on the weather.',
    'Travel depending on client locations.',
    'Rota based around footfall.',
    'Duration of the contract dependent on the grant renewal.',
    'Working days as per site conditions.',
    'Hours will depend on enrolment numbers.',
    'Shift times as per the duty chart.',
    'Working hours as per shooting schedule.',
    'Posting location as per company transfer order.',
    'Overtime: depending on throughput',
    'Days of work depend on the fishing quota.',
    'HOURS DEPEND ON CROP.',
    "Contract length contingent on the client's renewal.",
    'Shifts will depend on container arrivals.',
    'Hours governed by tide times.',
    'Work location according to the deployment plan.',
    'The rota depends on how many guests are booked in.',
    'Duration depends on patient numbers.',
    'Your hours will depend on the flow of work from the port.',
    "Timings as per the ship's schedule.",
    'Travel dependent on the auditing calendar.',
    'Start date will depend upon the arrival of the equipment.',
    'Working days depending upon the milk volume.',
    'Shift pattern dictated by the sailing timetable.',
    'Duty hours according to ward census.',
]
#: shapes the class does not reach yet (a fact noun V303 does not know: the season's length, weekend work, a bare
#: 'Start:' label; a label whose value runs into a clause of its own; a count between the fact and its verb)
OPEN_MISSES = [
    'Number of sessions per week depends on pupil uptake.',
    'Season length depending on snowfall.',
    'Site: depends on which contract we win',
    'Start: depends on funding approval',
    'Weekend work depending on the order book.',
]
SILENT = [
    "Shifts as per the rota below: Mon-Fri 9-5.",  # (the rota is given: also the left-to list's own nouns)
    'Hours depend on your availability: choose any four days.',
    'Pay depends on experience, from £24,000 to £28,000.',
    'Hours depend on the shift you choose: 6am-2pm or 2pm-10pm.',
    'Location depends on the campus you pick, Leeds or York.',
    'Success depends on teamwork.',
    'Our business depends on the harvest and the weather.',
    'Hours per week: 40.',
    'Working hours as per the Working Time Regulations 1998, 48 hours maximum.',
    'Start date depends on you.',
    "Shifts are 7am to 3pm according to the site's permit.",
    'Travel expenses are reimbursed according to the policy.',
    'The location depends on public transport links to Bristol Temple Meads.',
    'Hours: 37.5 a week according to the NJC agreement.',
    'Days off depend on your seniority: 25 rising to 30 after five years.',
    'Your success will depend on the relationships you build.',
    'Our customers depend on the deliveries reaching them on time.',
    'Work location according to the table above.',
    'Farm output depends on the weather.',
    'Overtime is paid according to the union agreement at 1.5x.',
    'Duration: 6 months, depending on the funding extension to 12.',
    'The season runs from June to September, depending on snowfall.',
    'Start dates as per the intake calendar: 5 January, 6 April and 7 September.',
    'Travel as per the itinerary attached.',
    'Hours depend on the programme: 20 hours in term, 35 in the holidays.',
    "Quality of service depends on the team's skills.",
    'Training according to the Skills for Care standard.',
    'Shifts governed by the Road Transport Directive limits of 9 hours a day.',
    'Salary dependent on qualifications.',
    'The role depends on strong relationships with growers.',
    'Working days: Monday to Friday, according to the school calendar.',
    'Hours are set according to your own preference.',
    'Location as per your choice of our Leeds or Bradford store.',
    'Rates according to the job: £14 to £18 an hour.',
    'Start date depending on your notice period.',
]


@pytest.mark.parametrize("text", FIRE)
def test_a_fact_left_to_something_outside_the_ad_fires(text):
    assert matches(text, "V303")


@pytest.mark.parametrize("text", OPEN_MISSES)
def test_known_gaps_stay_known(text):
    assert matches(text, "V303") == []


@pytest.mark.parametrize("text", SILENT)
def test_near_misses_stay_silent(text):
    assert matches(text, "V303") == []


def test_the_span_runs_to_the_variable_and_stops_at_its_first_function_word():
    assert matches("Your hours will depend on the flow of work from the port.", "V303") == ["Your hours will depend on the flow"]
    assert matches("Days of work depend on the fishing quota.", "V303") == ["Days of work depend on the fishing quota"]
