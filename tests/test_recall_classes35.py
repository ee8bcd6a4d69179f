"""Classes a recruiter wanted flagged and the default report missed (session 35, recall35: the judge's list on the
released half of 40 dev ads, the judge's list in tests/data/judged_findings.yaml's session 35 block), each built as a class with near-misses that hold the
same words in another sense or about someone else. Sentences written for this file: one per class is the judged ad's
wording, the rest are other members of the class."""
from __future__ import annotations

import pytest
from conftest import assert_bias_fires, assert_bias_silent


def _default_matches(body: str, code: str) -> list[str]:
    """The matched text of each ``code`` finding (and of each phrase of a run the engine reports as one finding) when
    ``body`` is a posting's requirements list under a title, with the built-in defaults."""
    import jdlint
    from jdlint.engine import each_phrase

    report = jdlint.lint_text("# Care Assistant\n\n## Requirements\n\n" + body + "\n", "t.md")
    return [d.match for d in each_phrase(report.diagnostics, report.source.text) if d.code == code]


FIRE = [
    # V201: the catch-all with modifiers between "other" and the duty noun
    ("V201", "- Performs other departmental and District duties as assigned.", "other departmental and District duties as assigned"),
    ("V201", "- Completes other clerical or front-desk tasks as needed.", "other clerical or front-desk tasks as needed"),
    ("V201", "- Handles other project-related responsibilities as directed by the manager.", "other project-related responsibilities as directed"),
    # R111: the evaluator's frame, any article or none
    ("R111", "Ideal candidates will possess strong budgeting skills.", "Ideal candidates will"),
    ("R111", "An excellent candidate will be able to:\n\n- Plan the rota", "An excellent candidate will"),
    ("R111", "Strong applicants have shipped at least one mobile app.", "Strong applicants have"),
    ("R111", "A great hire would bring five years of retail experience.", "A great hire would"),
    # V105: the praise class before "work ethic", and a drive toward a measure named only by its kind
    ("V105", "- Outstanding work ethic", "Outstanding work ethic"),
    ("V105", "- A tireless work ethic and punctuality", "tireless work ethic"),
    ("V105", "- Target-driven", "Target-driven"),
    ("V105", "- Goal oriented, with good Excel skills", "Goal oriented"),
    ("V105", "- A can do attitude", "can do attitude"),
    # V114: a run of traits with no commas, ending in the job's title; one hype trait before "professional"
    ("V114", "This is a fantastic opportunity for a talented, ambitious hard working Producer.",
     "talented, ambitious hard working Producer"),
    ("V114", "We need a motivated, enthusiastic nurse for nights.", "motivated, enthusiastic nurse"),
    ("V114", "So if you're a passionate professional with solid experience, read on.", "passionate professional"),
    # V114: a slogan in scare quotes before "attitude" stresses it, it does not mention it
    ("V114", "- Ideal candidate has a \u201ccan do\u201d attitude", "can do"),
    ("V114", "- Brings a 'whatever it takes' mentality to every shift.", "whatever it takes"),
    # V107: a mindset named by a startup or fighting label, and the team praised by a contrast
    ("V107", "You bring proactivity, a guerilla mindset and great teamwork skills.", "guerilla mindset"),
    ("V107", "You have a hacker mentality and ship small changes.", "hacker mentality"),
    ("V107", "We're a small but mighty team rethinking service design.", "small but mighty"),
    ("V107", "Join our tiny but mighty crew in Leeds.", "tiny but mighty"),
    # V301: time demands hedged or put after hours, with no count
    ("V301", "- Availability to work additional hours if needed", "additional hours if needed"),
    ("V301", "- Attend broker meetings, possibly requiring overnight travel", "possibly requiring overnight travel"),
    ("V301", "- Be available for after-hours client events", "after-hours client events"),
    ("V301", "- The role occasionally involves weekend work.", "occasionally involves weekend work"),
    ("V301", "- Available to work outside normal business hours", "available to work outside normal business hours"),
    ("V301", "- Some evenings and weekends as needed.", "Some evenings and weekends as needed"),
    # ... and in a flattened list whose items were glued together (dev 0025's shape)
    ("V301", "Keyboarding skills requiredAvailability to work additional hours if neededSuccessful completion of a drug "
             "screen", "additional hours if needed"),
    ("V301", "- Must be willing to work late when required.", "willing to work late"),
    ("V301", "- Travel may be required.", "Travel may be required"),
    ("V301", "- Overtime as business needs dictate.", "Overtime as business needs dictate"),
    ("V301", "- Attend evening events as required.", "evening events as required"),
    # V201 and R111: more members of the same classes
    ("V201", "- Performs other related work as assigned.", "other related work as assigned"),
    ("R111", "The perfect fit for this role is someone who loves data.", "The perfect fit for this role is"),
    ("R111", "Our ideal team member is detail-oriented.", "Our ideal team member is"),
]

SILENT = [
    # V201: "other" before people, not a catch-all of duties
    ("V201", "- Coordinate with other department heads on budgets."),
    ("V201", "- Work with other teams on shared projects."),
    # R111: the hiring process done to the applicants, an EEO line, the reader addressed
    ("R111", "Successful candidates will be contacted within two weeks."),
    ("R111", "Strong candidates are encouraged to apply early."),
    ("R111", "Qualified applicants will receive consideration for employment without regard to race or religion."),
    ("R111", "If you are an excellent candidate, apply today."),
    # V105: the employer describing its own people; a method, not a trait
    ("V105", "Neverbland is a team of designers, developers and doers."),
    ("V105", "We are a collective of makers and doers based in Bristol."),
    # V114: the team the employer already has
    ("V114", "Join a team of passionate professionals in our Leeds office."),
    ("V114", "Our passionate professionals will train you on the job."),
    # V107: guerrilla marketing is a marketing discipline; a small team's size is a fact
    ("V107", "Plan guerrilla marketing campaigns for product launches."),
    ("V107", "We are a small but growing team of six."),
    # V301: a clinic's service, and after-hours work with its count
    ("V301", "Our clinic offers after-hours care for pets."),
    ("V301", "After-hours client events run twice a month (6-9pm)."),
    ("V301", "Weekend shifts as needed: one Saturday in four, paid at time and a half."),
    # V108: 'facilitate' with a session, workshop or meeting object is the term of art
    ("V108", "- Facilitate co-creation sessions with stakeholders."),
    ("V108", "- Facilitate design workshops for product teams."),
]


@pytest.mark.parametrize("code,body,span", FIRE)
def test_class_fires(code, body, span):
    found = _default_matches(body, code)
    assert any(span.lower() in m.lower() or m.lower() in span.lower() for m in found), (body, found)


@pytest.mark.parametrize("code,body", SILENT)
def test_near_miss_stays_silent(code, body):
    assert _default_matches(body, code) == [], body


def test_facilitate_outside_a_session_stays_reported():
    # the plain-words finding stays for 'facilitate' with no session, workshop or meeting in its sentence
    assert _default_matches("- Supports and helps to facilitate the vision of the program.", "V108") == ["facilitate"]


BIAS_FIRE = [
    # D403: the physical demand as a noun phrase, an item of a requirements list with no verb
    ("disability", "Requirements: Heavy lifting up to 55 pounds; standing for long periods of time; significant walking.",
     "Heavy lifting up to 55 pounds"),
    ("disability", "Requirements: significant walking between the wards.", "significant walking"),
    ("disability", "Frequent bending, stooping and kneeling.", "Frequent bending, stooping and kneeling"),
    ("disability", "Long periods of standing at the counter.", "Long periods of standing"),
    # ... and in a flattened list whose items were glued together
    ("disability", "Outstanding work ethicEnthusiastic and passionateHeavy lifting up to 55 poundsStanding for long "
                   "periods of timeSignificant walkingAbility to meet attendance policy", "Significant walking"),
    # D901: the criminal record coordinated with another, behind quotes or a misspelt intensifier
    ("record", '"Squeeky" Clean criminal and driving record, and a caring heart.', "Clean criminal and driving record"),
    ("record", "A clean driving and police record is a must.", "clean driving and police record"),
    ("record", "An unblemished criminal record is expected of all cashiers.", "unblemished criminal record"),
    ("record", "A clean criminal history is a must.", "clean criminal history"),
    # D405: an own or reliable car asked as a bare item or after a verb of having (transport asked for is info since
    # bias36: tests/test_bias36.py)
    ("disability", "Ideal CandidatesRelevant experience preferredReliable VehicleCommitted to safety",
     "Reliable Vehicle"),
    ("disability", "Qualifications:\n\n- Own car\n- Excellent attendance", "Own car"),
    ("disability", "You must have access to a reliable car for this office role.", "access to a reliable car"),
    ("disability", "Requirements: prolonged standing and walking throughout the shift.", "prolonged standing and walking"),
    ("disability", "Dependable vehicle to and from work", "Dependable vehicle to and from work"),
]

BIAS_SILENT = [
    # D403: the hard part of any work, the activity as a modifier of a thing, a superheavy word
    ("disability", "Our platform does the heavy lifting so the students can focus on ideas."),
    ("disability", "Operate heavy lifting equipment after training."),
    ("disability", "Regular walking tours of the estate are offered to guests."),
    ("disability", "Our team uses standing desks and holds standing meetings."),
    ("disability", "We encourage regular walking breaks, and extensive walking trails surround the campus."),
    ("disability", "The lifting is done with hoists; heavy lifting is never required."),
    # D901: the firm's own record; a driving record alone is D901's exception
    ("record", "We keep a spotless safety and hygiene record at all three sites."),
    ("record", "A clean driving record is required for this delivery route."),
    ("record", "We maintain a spotless record of customer satisfaction."),
    ("disability", "The gym has frequent lifting classes for staff."),
    # D405: transport as a service the employer gives, or a lack in the area
    ("disability", "We provide reliable transportation for residents to their appointments."),
    ("disability", "The town lacks reliable transport links, so we run a shuttle from the station."),
    ("disability", "Staff with their own vehicle can claim mileage at 45p a mile."),
    ("disability", "Free parking for staff who bring their own car."),
    ("disability", "Applicants should have their own reliable transport or be able to reach the site by 7am by bus."),
]


@pytest.mark.parametrize("category,text,span", BIAS_FIRE)
def test_bias_class_fires(category, text, span):
    assert_bias_fires(category, text, span)


@pytest.mark.parametrize("category,text", BIAS_SILENT)
def test_bias_near_miss_stays_silent(category, text):
    assert_bias_silent(category, text)


# D405 with the job's own driving beside it (session 35's second judge: a home-care ad whose next item reads "Must be
# willing & comfortable driving anywhere days & nights" was warned for its "Reliable transportation"): the hire is asked
# to drive, so the requirement is part of the job and the finding is lowered to info; "able to drive growth" drives no
# vehicle and leaves the warning.
@pytest.mark.parametrize("duty, severity", [
    ("- Must be willing & comfortable driving anywhere days & nights", "info"),
    ("- Willing to drive long distances between client homes", "info"),
    ("- Able to drive growth across the region", "warning"),
    ("- Comfortable driving change in a complex organisation", "warning"),
])
def test_transport_beside_the_hire_asked_to_drive(duty, severity):
    import jdlint

    report = jdlint.lint_text("# Care Assistant\n\n## Requirements\n\n- Reliable vehicle\n" + duty + "\n", "t.md")
    found = [d.severity.name for d in report.diagnostics if d.code == "D405"]
    assert found == [severity]
