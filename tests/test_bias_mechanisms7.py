"""bias7 (issue 14): the mechanisms built this round, tested on sentences written for them (none copied from a
held-out set). Each frame kind and term class fires in its frame and stays silent in its near-misses (the served
group, other word senses, a denial, a lawful basis); D403 tells a duty of the job from a test of the applicant
through the one home ``FileAnalysis.duty_described``. tests/test_frame_matrix.py composes the same classes with
every frame kind."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.diagnostics import Severity


def loud(text: str, category: str) -> list[tuple[str, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D",)))
    return [(d.code, d.trigger) for d in report.diagnostics
            if d.category == "bias." + category and d.severity >= Severity.warning]


FIRE = [
    # frames
    ("gender", "We find that women work best on the assembly line."),
    ("age", "In our experience, people in their twenties do best in this role."),
    ("gender", "A lady would be better for this role."),
    ("gender", "We are unlikely to consider anyone other than men for this post."),
    ("age", "The right person will have a youthful outlook and look the part."),
    ("gender", "The person we hire will be a strong, capable man."),
    ("gender", "Sorry ladies, this one is for the boys."),
    ("record", "If you have ever been in prison, please do not apply."),
    ("record", "If you have been to prison, this role is not for you."),
    ("record", "We are unable to take on anyone with a record."),
    ("record", "We run background checks and reject anyone with a conviction."),
    ("age", "Someone older would not suit the pace of this role."),
    ("age", "We find that staff over 50 struggle with the new systems."),
    ("age", "Kindly mention your age and expected salary in the email."),
    ("age", "Kindly share your DOB and current CTC."),
    # term classes
    ("age", "This role is ideal for somebody who has just completed their degree."),
    ("age", "Perfect for someone who has only recently left school."),
    ("age", "This apprenticeship is reserved for people at an early stage of their career."),
    ("age", "Candidates must be early in their careers."),
    ("age", "People who left school decades ago need not apply."),
    ("age", "Age should not exceed 35 years."),
    ("age", "Applicants should be in the 25-35 age group."),
    ("age", "We are looking for a lively youngster to join the stockroom team."),
    ("age", "This role would suit a student or someone taking a gap year."),
    ("gender", "Perfect for mums who want school hours."),
    ("gender", "Ideal for stay-at-home mothers."),
    ("gender", "We want a sportsman who loves the outdoors."),
    ("gender", "Only gents please."),
    ("record", "Attach a police clearance certificate with your application."),
    ("record", "A good conduct certificate from the police is mandatory."),
    ("record", "A character certificate from the police is mandatory for all candidates."),
    ("record", "Please declare any past offences on the form."),
    ("record", "People who have committed a crime need not apply."),
    ("record", "Have you ever been charged with an offence?"),
    ("record", "You must never have been in trouble with anyone in authority."),
    ("record", "We want staff who have never been in any kind of trouble."),
    ("record", "Do you have a history with the law?"),
    ("record", "Please list any run-ins with the authorities."),
    ("record", "Tell us about anything in your past we should know about."),
    ("record", "Applicants with any history of theft or fraud will be rejected."),
    ("record", "We only take on people with an unblemished record."),
    # the near-misses' counterparts stay findings: a condition of the applicant, a health question before any offer,
    # a fitness standard with no regulated basis
    ("disability", "We are looking for someone without diabetes."),
    ("disability", "Please complete the health questionnaire with your application."),
    ("disability", "You must be physically fit."),
    ("age", "Candidates are expected to have graduated in the last 18 months."),
    ("gender", "Storeman required for a building merchant in Pietermaritzburg."),
    ("gender", "Dinner ladies wanted for our primary school."),
    # a third probe: life stage and youth in ordinary words, the hire predicted, prison and offenders in other words
    ("age", "We are seeking vibrant young minds."),
    ("age", "Ideal for a bright young spark."),
    ("age", "Senior citizens need not apply."),
    ("age", "Looking for an energetic youth to help at weekends."),
    ("age", "Would suit a sixth-former or college student."),
    ("age", "You should be no older than your mid-thirties."),
    ("age", "The successful applicant is likely to be a recent leaver from school or college."),
    ("record", "Only applicants with a clean police report will be considered."),
    ("record", "People who have been locked up need not apply."),
    ("record", "We can't take anyone who has a criminal past."),
    ("record", "You must be able to prove you have never committed a crime."),
    ("record", "Must be clean-living with no record."),
    ("record", "We only hire honest people who have stayed out of trouble."),
    ("record", "Previous offenders will not be considered."),
    ("gender", "Lady candidates may apply."),
]

SILENT = [
    ("gender", "You will work with mothers and babies on the postnatal ward."),
    ("gender", "We offer a generous maternity package for mothers returning to work."),
    ("gender", "Teams work best when everyone is heard."),
    ("gender", "We welcome applications from mothers and fathers returning to work."),
    ("gender", "You will lead our motherboard repair bench."),
    ("age", "Our tools work best on recent laptops."),
    ("age", "This product suits customers of any age and works best for busy families."),
    ("age", "We support graduates early in their careers with a two-year mentoring programme."),
    ("age", "You will help students who have just left school to find apprenticeships."),
    ("age", "If you don't have a degree, please do not apply."),
    ("age", "The company is at an early stage of its growth."),
    ("age", "The night shift would not suit everyone."),
    ("age", "Customers over 65 struggle with the app, so you will help them."),
    ("age", "The tank temperature should not exceed 40 degrees."),
    ("record", "You will prosecute offences under the Trading Standards legislation."),
    ("record", "Investigators look into crimes committed against older people."),
    ("record", "Tell us about anything in your past roles that shows leadership."),
    ("record", "You will be charged with leading the finance team."),
    ("record", "We are unable to take on anyone without a degree."),
    ("record", "If you have not worked in retail before, this role is not for you."),
    ("record", "We offer free legal support to clients in trouble with the law."),
    ("record", "Having a conviction does not automatically rule you out."),
    ("record", "We welcome applications from people with convictions."),
    ("disability", "The job requires standing for long periods and lifting up to 50 lbs."),
    ("disability", "This is a physically demanding role that involves working outdoors and carrying tools."),
    # a condition naming a specialty or a service, a check after the offer, a regulated fitness standard
    ("religion", "Since all of our partners share the same faith, we close early on Fridays."),
    ("age", "We are looking for a carer to support elderly residents in their homes."),
    ("age", "Our charity helps young adults leaving care."),
    ("age", "You will run activities for senior citizens at the day centre."),
    ("age", "Our CEO, in her mid-forties, founded the company in 2010."),
    ("age", "We must provide a safe environment for teens visiting the museum."),
    ("record", "We have no record of your previous application."),
    ("gender", "Men and women can apply."),
    ("gender", "Women may apply for the graduate scheme too."),
    ("record", "People with convictions can apply."),
    ("record", "You will support families of imprisoned parents."),
    ("record", "Our officers must track known offenders in the area."),
    ("record", "You will need to keep out of trouble spots when driving at night."),
    ("record", "You will work with young offenders in the community."),
    ("gender", "Our storekeeper manages the yard."),
    ("disability", "We are looking for a Diabetes Specialist Nurse to join our clinic."),
    ("disability", "We need an epilepsy nurse to run our outreach clinics."),
    ("disability", "You will be required to complete a health questionnaire after receiving a conditional offer."),
    ("disability", "You must be physically fit enough to pass the firefighter fitness test required by the fire service."),
]


@pytest.mark.parametrize("category,text", FIRE)
def test_fires_in_its_frame(category, text):
    assert loud(text, category), text


@pytest.mark.parametrize("category,text", SILENT)
def test_near_miss_stays_silent(category, text):
    assert loud(text, category) == [], text


def d403(text: str) -> list[tuple[Severity, str]]:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D403",)))
    return [(d.severity, d.trigger) for d in report.diagnostics]


def test_a_duty_of_the_job_is_info_and_a_test_of_the_applicant_stays_a_warning():
    """Real-ad wording (dev corpus 0278, 0284): an ability put to the applicant with no accommodation offer is
    the screen; the same demand told as what the job involves names an essential function (29 CFR 1630.2(n))."""
    assert d403("Must be able to stand for long periods.") == [(Severity.warning, "Must be able to stand for long periods")]
    assert [s for s, _ in d403("The job requires standing for long periods and lifting up to 50 lbs.")] == [
        Severity.info, Severity.info]
    assert [s for s, _ in d403("Duties include lifting up to 50lbs and operating cleaning equipment.")] == [Severity.info]
    # a duty elsewhere in the posting does not excuse a test of the applicant in another sentence
    assert [s for s, _ in d403("The job involves some travel. Must be able to lift 50 pounds.")] == [Severity.warning]


def test_duty_described_is_one_home_read_by_sentence():
    from jdlint.context import FileAnalysis
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile
    from jdlint import nlp as nlp_module

    text = "# Job\n\nThe role involves lifting crates. You must be able to lift 20 kg.\n"
    document = parse_document(SourceFile("job.md", text, "markdown"))
    analysis = FileAnalysis(document, nlp_module.load(None)(document.text), {}, Config())
    first = document.text.index("lifting")
    second = document.text.index("lift 20")
    assert analysis.duty_described(first) == "The role involves"
    assert analysis.duty_described(second) is None


def test_fearless_is_masculine_coded_as_a_whole_word():
    """bias6's known gap: 'a fearless negotiator' was silent (gender_coded.yaml, beside courag*)."""
    def coded(text):
        report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D201",)))
        return [d.trigger for d in report.diagnostics]
    assert coded("We need a fearless negotiator who won't back down.") == ["fearless"]
    assert coded("Our founders acted fearlessly in 2009.") == []


def test_two_findings_of_one_frame_rule_joined_by_a_comma_or_joiner_are_one():
    """One screen, one finding: the second term after a space, comma or 'and' widens the first finding."""
    def d310(text):
        report = jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=Config(select=("D",)))
        return [d.trigger for d in report.diagnostics if d.code == "D310"]
    assert d310("Suits a lively youngster looking for their first job in retail.") == [
        "Suits a lively youngster looking for their first job"]
    # two sentences stay two findings
    assert len(d310("Suits a lively youngster. We want someone looking for their first job.")) == 2
