"""Classes of vague wording that independently written text uses (issue 14 item 4, helper vague2).

Each class is covered as a class (idioms, hype, catch-all duties, vague pay), not sentence by
sentence; every class has sentences that must fire and near-misses that must stay silent
(literal senses, proper names, negations, ownership "family", prices, named lists).
The labelled cases in tests/data/vague_cases.yaml (ids ``vb-*`` from the independently written
set, ``v2-*`` written for these classes) are also checked one by one here, not only in aggregate.
Fixture text is written for these tests unless a line names a corpus ad.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import jdlint
from jdlint.engine import each_phrase
from jdlint.yamlio import load_fast

VAGUE_PAY = ("P101", "P102")


def vague(text: str) -> list:
    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md")
    return [d for d in each_phrase(report.diagnostics, report.source.text) if d.category == "vague" or d.code in VAGUE_PAY]


def matches(text: str, code: str) -> list[str]:
    return [d.match for d in vague(text) if d.code == code]


# -- V105: effort, adversity and flexibility idioms; empty traits ------------------------------
@pytest.mark.parametrize("text, match", [
    ("You roll with the punches when the schedule changes.", "roll with the punches"),
    ("She rolled with the punches all season.", "rolled with the punches"),  # inflected: lemma match
    ("You can pivot on a dime when a client calls.", "pivot on a dime"),
    ("Our reps give 110% on every call.", "give 110%"),
    ("Everyone here goes the extra mile.", "goes the extra mile"),
    ("Roll up your sleeves and help us build the depot.", "Roll up your sleeves"),
    ("You thrive in chaos and love a challenge.", "thrive in chaos"),
    ("You must work well under pressure.", "work well under pressure"),
    ("You have a thick skin for tough feedback from clients.", "a thick skin"),
    # cds 0571 (Government of Canada content)
    ("Remain calm under pressure, know how to prioritize, and work as part of a team", "calm under pressure"),
    ("Be a people person who is self-aware, genuine, tactful, and persuasive", "people person"),
    ("A positive, can-do attitude with a strong desire to learn.", "can-do attitude"),
    ("As office manager you are the glue that holds the team together.", "glue that holds"),
    ("We want someone to knock it out of the park every quarter.", "knock it out of the park"),
    ("You'll be thrown in at the deep end.", "in at the deep end"),
    ("Someone who eats, sleeps and breathes sales.", "eats, sleeps and breathes"),
])
def test_v105_idioms_and_traits_fire(text, match):
    assert match in matches(text, "V105")


@pytest.mark.parametrize("text", [
    "Apply glue to the seams and hold the parts together for an hour.",   # literal glue
    "You can do most of the paperwork from home.",                         # "can do" is not "can-do"
    "You will never have to burn the midnight oil: the office closes at 5 pm.",  # negated
    "Check the pressure gauge and work the valve slowly.",                 # literal pressure
    "We give 100% of tips to the servers on shift.",                       # a fact, not the idiom
    "Patients with thick skin lesions are referred to the dermatologist.",  # medical sense
])
def test_v105_near_misses(text):
    assert matches(text, "V105") == []


# -- V107: hype superlatives and opportunity hype ------------------------------------------------
@pytest.mark.parametrize("text, match", [
    ("Our customer service is second to none.", "second to none"),
    ("You will sell our industry-leading software.", "industry-leading"),
    ("You will sell our industry leading software.", "industry leading"),
    ("We are proud of our market-leading products.", "market-leading"),
    ("This is an exciting opportunity for the right candidate.", "exciting opportunity"),
    # (not "... to grow a career": V113's longer phrase is that one finding, engine.one_finding_per_phrase)
    ("Incredible opportunities for graduates.", "Incredible opportunities"),
    ("We deliver top-notch training services worldwide.", "top-notch"),
    ("We provide unparalleled customer service.", "unparalleled"),
    ("Join our dynamic team in Leeds.", "dynamic team"),
    ("It's an exciting time to join the company.", "exciting time to join"),
    ("Our people are our greatest asset.", "our greatest asset"),
    ("With uncapped commission the sky's the limit.", "sky's the limit"),
])
def test_v107_hype_fires(text, match):
    assert match in matches(text, "V107")


@pytest.mark.parametrize("text", [
    "Sharpen the cutting edge of each blade before the line starts.",     # literal tool edge
    "Inspect the leading edges of each wing before the first flight.",    # aircraft part
    "Reconcile unmatched transactions at month end.",                     # accounting term
    "You will teach two science classes a day at the Leading Edge Academy in our town.",  # a name
    "This is not an exciting opportunity; it is steady night work.",      # negated
    "We sell Dynamic Team Sports kits to schools across the county and online.",  # a name
])
def test_v107_near_misses(text):
    assert matches(text, "V107") == []


# -- V201: catch-all duties and duties named only as "various" / "ad hoc" ------------------------
@pytest.mark.parametrize("text, match", [
    ("Other responsibilities may be assigned from time to time.", "Other responsibilities may be assigned"),
    ("Perform other duties and responsibilities as assigned by the Director.",
     "other duties and responsibilities as assigned"),
    ("Performs other duties/tasks as assigned.", "other duties/tasks as assigned"),
    ("Any other duties as reasonably required by the manager.", "Any other duties as reasonably required"),
    ("Additional duties as assigned.", "Additional duties as assigned"),
    ("Handle various administrative tasks for the office.", "various administrative tasks"),
    ("Support ad hoc requests from the partners.", "ad hoc requests"),
    ("Help out wherever needed on busy days.", "Help out wherever needed"),
    ("Help out with whatever needs doing.", "whatever needs doing"),
    ("You'll take on additional responsibilities as the business grows.", "take on additional responsibilities"),
])
def test_v201_catch_all_fires(text, match):
    assert match in matches(text, "V201")


@pytest.mark.parametrize("text", [
    "Handle various tasks such as filing, scanning and booking rooms.",  # the list names them
    "Run ad hoc queries in SQL for the analysts.",                         # a technical term
    "Other teams will review your code twice a week.",
    "You will travel to various sites in Ohio twice a month.",
    "You will take on additional responsibilities such as training new staff.",
])
def test_v201_near_misses(text):
    assert matches(text, "V201") == []


# -- V103: the family metaphor, not ownership or a family practice ------------------------------
def test_v103_family_metaphor_and_ownership():
    assert matches("Welcome to our work family!", "V103") == ["our work family"]
    assert matches("We're a family here, not just a company.", "V103")
    for text in ("We are a family practice serving about 4,000 patients.", "We are a family farm since 1921.",
                 "We are a family-owned bakery.", "We offer paid family leave."):
        assert matches(text, "V103") == [], text


# -- vague pay (P101): praise, dependence, openness, a figure in words ---------------------------
@pytest.mark.parametrize("text, match", [
    ("Salary is competitive and depends on the candidate.", "Salary is competitive"),
    ("Salary: negotiable.", "Salary: negotiable"),
    ("Pay: depends on experience.", "depends on experience"),
    ("Salary in line with experience.", "Salary in line with experience"),
    ("Salary and benefits package to be discussed at interview.", "to be discussed at interview"),
    ("Earn a six-figure income in your first year.", "six-figure income"),
    ("Top performers are well compensated.", "well compensated"),
    ("Excellent rates of pay.", "Excellent rates of pay"),
    ("Salary: DOQ.", "DOQ"),
    ("OTE negotiable.", "OTE negotiable"),
    ("Earnings are uncapped.", "Earnings are uncapped"),
    ("Starting pay is among the best in the area.", "pay is among the best in the area"),
    ("Earn what you're worth!", "Earn what you're worth"),
])
def test_vague_pay_fires(text, match):
    document = "# Job\n\nYou will answer calls.\n\n" + text + "\n"
    found = [d for d in jdlint.lint_text(document, "t.md").diagnostics if d.code == "P101"]
    at = document.find(match)
    assert any(d.start < at + len(match) and at < d.end for d in found), [d.match for d in found]


@pytest.mark.parametrize("text", [
    "Salary: $52,000 a year, depending on experience.",           # a figure: not vague pay
    "Salary is competitive: $48,000-$55,000 a year.",
    "The benefits package is generous: 30 days of leave.",        # benefits, not pay
    "Our prices are competitive and our delivery rates are fair.",  # prices
    "Our retention rate is excellent.",
    "Lifeguards also coach our competitive swimming squad.",
])
def test_vague_pay_near_misses(text):
    assert [d.code for d in vague("You will answer calls.\n\n" + text) if d.code in VAGUE_PAY] == []


@pytest.mark.parametrize("text, pay_section", [
    ("Our gym memberships start at $29 a month.", False),   # a price
    ("We rent kayaks from $25 an hour.", False),
    # 0024 (dev corpus): 'cost of living' beside real pay does not make it a price
    ("Jobs in Asia $1500 USD + monthly ($200 Cost of living).", True),
])
def test_prices_are_not_pay(text, pay_section):
    report = jdlint.lint_text("You will answer calls.\n\n" + text + "\n", "t.md")
    assert any(s.kind == "pay" and s.pay for s in report.sections) == pay_section


# -- the labelled cases, one by one ---------------------------------------------------------------
def _cases():
    path = Path(__file__).resolve().parent / "data" / "vague_cases.yaml"
    return [c for c in load_fast(path.read_text(encoding="utf-8")) if c["id"].startswith(("vb-", "v2-"))]


@pytest.mark.parametrize("case", _cases(), ids=lambda c: c["id"])
def test_labelled_case(case):
    report = jdlint.lint_text(case["text"], f"{case['id']}.md")
    found = [d for d in report.diagnostics if d.category == "vague" or d.code in VAGUE_PAY]
    if case["expect"] == "silent":
        assert found == [], [(d.code, d.match) for d in found]
    else:
        at = case["text"].find(case["span"])
        assert any(d.start < at + len(case["span"]) and at < d.end for d in found), \
            [(d.code, d.match) for d in found]


# -- coverage3: classes the lead saw missed on an independent writer's set (our own sentences) ----
@pytest.mark.parametrize("text, match", [
    ("Join our vibrant, award-winning team in central Leeds.", "vibrant, award-winning team"),
    ("You'll be joining a friendly, forward-thinking veterinary practice.", "friendly, forward-thinking veterinary practice"),
    ("We're an incredibly supportive team of twelve.", "incredibly supportive team"),
    ("Come and work for a dynamic, innovative and supportive company.", "dynamic, innovative and supportive company"),
    ("We offer rewarding careers in a collaborative and supportive environment.", "collaborative and supportive environment"),
    ("We provide a positive, fun workplace where employees are appreciated.", "positive, fun workplace"),
])
def test_employer_praise_runs(text, match):
    assert match in matches(text, "V113")


@pytest.mark.parametrize("text", [
    "Join our friendly team at the Harbour Road branch.",              # one praise word is no run
    "We are a family-owned, independent pharmacy in Truro.",           # factual adjectives
    "Our 24-hour regional distribution centre ships 9,000 orders a day.",
    "We are a large, multi-site veterinary group with 40 practices.",
    "Design bright, colourful window displays for the garden centre.",  # not the employer
    "Green Valley Innovative Solutions Ltd is hiring.",                  # a proper name
    # the hire's duty, not the employer's praise (dev 0402, 0299); commitments, not praise (dev 0486)
    "You will drive a positive and supportive working environment for all team members.",
    "Contributes to fostering an inclusive and welcoming community.",
    "Ancora is committed to creating a diverse and inclusive work environment.",
    "We were voted a friendly, welcoming employer in the 2024 Sunday Times survey.",  # evidence
])
def test_employer_praise_near_misses(text):
    assert matches(text, "V113") == []


@pytest.mark.parametrize("text, match", [
    ("We are looking for a motivated, enthusiastic person to join the front desk.", "motivated, enthusiastic person"),
    ("Driven individual wanted for busy estate agency.", "Driven individual"),
    ("An enthusiastic individual is sought for our reception.", "enthusiastic individual"),
    ("Join our amazing team of passionate changemakers!", "passionate changemakers"),
    ("We want energetic, dependable and highly motivated candidates.", "energetic, dependable and highly motivated candidates"),
    ("Hardworking person with a positive attitude needed for cleaning rounds.", "positive attitude"),
])
def test_generic_traits_of_the_hire(text, match):
    assert match in matches(text, "V114")


@pytest.mark.parametrize("text", [
    "You will support vulnerable individuals in their own homes.",   # not a trait
    "Experienced individuals will be paid at the higher rate.",
    "Qualified candidates with a CSCS card may apply.",
    "Help motivated learners pass their Level 2 maths.",             # other people, not the hire
    "Enthusiastic customers queue for our pastries every morning.",
    "A dedicated person will be your contact throughout.",            # 'dedicated' alone: assigned
    "Motivated Minds CIC runs tutoring for excluded pupils.",         # a proper name
])
def test_generic_traits_near_misses(text):
    assert matches(text, "V114") == []


def test_a_trait_class_has_one_home():
    """'driven individual' is V114's (trait x person noun), no longer V105's too: one named finding."""
    found = vague("Driven individual wanted for busy estate agency.")
    assert [d.code for d in found if d.code != "V119"] == ["V114"]


@pytest.mark.xfail(strict=True, reason=(
    "open: vague35: V119 stays beside named phrases when the rest reads as vague (engine._vague_beyond_named); the "
    "rest 'wanted for busy estate agency.' holds four words beyond the stop words and scores above the threshold: a "
    "job headline's frame, no claim of its own"))
def test_the_headline_left_around_a_trait_phrase_is_not_read_as_vague():
    assert [d.code for d in vague("Driven individual wanted for busy estate agency.")] == ["V114"]


@pytest.mark.parametrize("text, match", [
    ("You will foster a culture of innovation across the engineering teams.", "culture of innovation"),
    ("We pride ourselves on an environment of excellence and trust.", "environment of excellence"),
    ("The post-holder will contribute to the vibrant research culture of the School.", "vibrant research culture"),
    ("Our thriving creative culture sets us apart.", "thriving creative culture"),
    ("Ground-floor role at a seed-stage fintech with huge upside.", "huge upside"),
    ("A ground-floor opportunity with enormous potential.", "enormous potential"),
])
def test_abstract_culture_and_upside(text, match):
    assert any(match in m for m in matches(text, "V113"))


@pytest.mark.parametrize("text", [
    "Grow cell cultures in the tissue lab.",
    "Teach a unit on the culture of Ancient Rome to Year 7.",
    "Promote a culture of safety through monthly toolbox talks.",
    "Maintain a work environment of respect, diversity, equity and inclusion.",  # dev 0587: values listed as a duty
    "We model the upside and downside scenarios in the quarterly forecast.",
    "Identify significant potential risks in the supply chain.",
    "Run the annual safety culture survey and present the results.",
])
def test_abstract_culture_near_misses(text):
    assert matches(text, "V113") == []


@pytest.mark.parametrize("text, match", [
    ("We need someone enthusiastic to run the till.", "enthusiastic"),
    ("You are motivated, enthusiastic and eager to learn.", "motivated, enthusiastic and eager"),
    ("Are you enthusiastic and hard-working?", "enthusiastic and hard-working"),
    ("The ideal candidate is bright, ambitious and numerate.", "bright, ambitious"),
])
def test_generic_traits_said_of_the_hire(text, match):
    assert match in matches(text, "V114")


@pytest.mark.parametrize("text", [
    "You must be reliable and punctual.",          # two plain conditions, no hype trait
    "Someone motivated by data will love this.",
    "Must haves: entrepreneurial, passionate about business and technology.",  # dev 0017: not before the employer
])
def test_generic_traits_said_of_the_hire_near_misses(text):
    assert matches(text, "V114") == [] and matches(text, "V113") == []


def test_a_catch_all_before_as_and_when_is_one_finding():
    assert matches("- Ad hoc duties as and when required", "V201") == ["Ad hoc duties as and when required"]
    assert matches("Stock is ordered as and when required.", "V201") == []


@pytest.mark.parametrize("text, code, match", [
    ("Our lovely, welcoming team can't wait to meet you.", "V113", "lovely, welcoming team"),
    ("We are an exciting and rapidly expanding company.", "V113", "exciting and rapidly expanding company"),
    ("We're a forward thinking, values-led housing association.", "V113", "forward thinking, values-led housing association"),
    ("You'll enjoy a stimulating research environment.", "V113", "stimulating research environment"),
    ("Join our thriving academic community.", "V113", "thriving academic community"),
    ("Be part of a culture where innovation thrives.", "V113", "culture where innovation"),
    ("A culture built on trust and excellence.", "V113", "culture built on trust and excellence"),
    ("You are a confident, friendly communicator.", "V114", "confident, friendly communicator"),
    ("Seeking highly motivated team members.", "V114", "highly motivated team members"),
])
def test_more_of_each_class(text, code, match):
    assert match in matches(text, code)


@pytest.mark.parametrize("text", [
    "You will create a stimulating learning environment for every child.",  # a teacher's duty
    "Provide a safe, nurturing and stimulating environment for children.",
    "A workplace where safety comes first.",
    "Work in a lab environment where innovation in assay design is measured by 12 KPIs.",
    "Our team members are trained in first aid.",
])
def test_more_of_each_class_near_misses(text):
    assert [d for d in vague(text) if d.code in ("V113", "V114")] == []


def test_highly_motivated_before_a_person_noun_is_one_finding():
    assert [(d.code, d.match) for d in vague("Self-motivated individuals wanted.")] == [("V114", "Self-motivated individuals")]
    assert [d.code for d in vague("You are highly motivated.")] == ["V105"]


@pytest.mark.parametrize("text, code, match", [
    ("Our people are the heart of everything we do.", "V107", "the heart of everything we do"),
    ("Join the brightest talent in fintech.", "V107", "brightest talent"),
    ("This is a career, not just a job.", "V107", "not just a job"),
    ("Duties as directed by your line manager.", "V201", "Duties as directed"),
    ("Helping out wherever you can.", "V201", "Helping out wherever you can"),
    ("Salary commensurate with the role.", "P101", "Salary commensurate with the role"),
])
def test_hype_catch_alls_and_pay_to_the_post(text, code, match):
    assert match in matches("You will answer calls.\n\n" + text, code)


@pytest.mark.parametrize("text", [
    "Duties as required by the Health and Safety at Work Act are listed below.",
    "Carry out your duties as required by the CQC.",
    "Fees commensurate with the role are charged to clients.",   # a price, no pay noun
])
def test_hype_catch_alls_and_pay_to_the_post_near_misses(text):
    assert [d.code for d in vague("You will answer calls.\n\n" + text) if d.code in ("V201", "P101")] == []


def test_second_to_none_is_one_finding():
    assert [d.code for d in vague("Our culture is second to none.")] == ["V107"]
