"""bias8: the mechanisms built this round, each tested on sentences written for it (none copied from a held-out set),
with fixtures that must fire and near-misses that must not:

- the ``generalisation`` frame (jdlint/data/frames.yaml): a group noun as the subject of a comparison or stereotype
  ("women are naturally better at", "blokes tend to handle the night runs better", "older applicants are set in
  their ways"), and a group as the subject of "would suit";
- age in ordinary words (rules/age.yaml): a bound before a date, "N years of age" with any bound, teens, the reader's
  "own age" or "the same generation", "just starting out";
- coordinated characteristics covered by one finding (``frames.coordinated_end``);
- the precision classes: adjustment offers in everyday words (D403, context.yaml ``accommodation``), driving roles
  (D405), coded adjectives before a medical or commercial noun (D201/D202), a class's disallowed frame no longer
  hiding an allowed one.
"""
from __future__ import annotations

import pytest

from jdlint.diagnostics import Severity
from conftest import bias_findings as lint


def loud(text: str, category: str) -> list[tuple[str, str]]:
    return [(d.code, d.trigger) for d in lint(text)
            if d.category == "bias." + category and d.severity >= Severity.warning]


GENERALISATION_FIRE = [
    ("gender", "In our experience men are better at calming angry customers.", "men are better"),
    ("gender", "Lasses tend to be more careful with the lambs.", "Lasses tend to be more careful"),
    ("gender", "The blokes handle the early delivery runs much better.", "blokes handle the early delivery runs much better"),
    ("gender", "A woman is best for the reception desk.", "woman is best"),
    ("gender", "A lady would suit our salon best.", "lady would suit our salon best"),
    ("gender", "Men make better drivers in our experience.", "Men make better"),
    ("age", "Younger staff pick up the tills faster.", "Younger staff pick up the tills faster"),
    ("age", "We find older workers are less able to keep up with orders.", "older workers are less able"),
    ("age", "Older applicants are often set in their ways.", "Older applicants are often set in their ways"),
    ("origin", "Filipino carers are more patient with the residents.", "Filipino carers are more patient"),
    ("origin", "Foreign workers are harder to train on our machines.", "Foreign workers are harder to train"),
    ("religion", "Sikhs are more reliable on the night shift, we find.", "Sikhs are more reliable"),
    ("disability", "People with anxiety would not cope in our busy call centre.", "anxiety would not cope"),
    ("record", "People with a criminal record tend to be less trustworthy.", "tend to be less trustworthy"),
    ("family", "Staff with young kids are less flexible about overtime.", "Staff with young kids are less flexible"),
    # habits, effects and plain-word stereotypes
    ("gender", "The girls do a better job on the pastry section.", "girls do a better job"),
    ("gender", "Women are not as strong, so the yard suits others.", "Women are not as strong"),
    ("age", "Staff over 55 tend to take more sick days.", "Staff over 55 tend to take more sick days"),
    ("age", "Older folks don't usually take to new technology.", "Older folks don't usually take to"),
    ("age", "Someone younger would be more suitable for the pace.", "Someone younger would be more suitable"),
    ("origin", "Eastern Europeans are hard workers.", "Europeans are hard workers"),
    ("religion", "Hindus would fit better with the family.", "Hindus would fit better"),
    ("disability", "Deaf people can't work on a phone line.", "Deaf people can't work"),
    ("family", "Pregnant staff are a liability on the shop floor.", "Pregnant staff are a liability"),
    ("record", "Ex-offenders tend to reoffend.", "Ex-offenders tend to reoffend"),
    ("appearance", "People with tattoos put customers off.", "tattoos put customers off"),
    # a trait put on the group without a comparison, a demonym as a people noun, the group's habit of finding it hard
    ("origin", "Tamilians are hardworking and honest.", "Tamilians are hardworking"),
    ("origin", "Malayali nurses are known to be very caring.", "Malayali nurses are known to be very caring"),
    ("gender", "Ladies find the early starts hard.", "Ladies find the early starts hard"),
    ("gender", "This job is best done by a strong man.", "best done by a strong man"),
]

GENERALISATION_SILENT = [
    # outreach: research about who applies, under-representation
    ("gender", "Research shows women are less likely to apply unless they meet every requirement."),
    ("gender", "Women are under-represented in engineering, so we especially welcome their applications."),
    # the people served and customers
    ("age", "Our younger customers are more likely to shop online."),
    ("gender", "Men are more likely to develop heart disease, so our clinic runs checks."),
    ("disability", "Patients with diabetes are better supported by our new clinic."),
    # a trait of the job or the team, not a group generalised
    ("age", "Our senior engineers are better at mentoring than most."),
    # the children of a nanny job are the people cared for
    ("family", "The children are good with dogs and love the park."),
    # a denied comparison
    ("gender", "Women are no better or worse at this job than men."),
    # the hours suit people: the group after the verb is the preference frame's, and "parents" there is no screen
    ("family", "The hours would suit parents."),
    # the people served, and words of other senses
    ("age", "Our older customers are not as confident online."),
    ("age", "The young people we support tend to leave school early."),
    ("disability", "Patients with dementia can't cope with noise."),
    ("disability", "Our clients with learning disabilities are great communicators."),
    ("family", "Mums make great use of our creche."),
    ("origin", "Customers from Kerala are loyal to our brand."),
    ("age", "Older residents are often forgetful, so patience is key."),
    ("gender", "Applicants who find the work hard can ask for support."),
]


@pytest.mark.parametrize("category,text,part", GENERALISATION_FIRE)
def test_a_group_judged_as_a_group_is_a_finding(category, text, part):
    found = loud(text, category)
    assert found, text
    lo = text.index(part)
    assert any(match and (lo < text.find(match) + len(match) and text.find(match) < lo + len(part))
               for _code, match in found), (text, found)


@pytest.mark.parametrize("category,text", GENERALISATION_SILENT)
def test_a_comparison_that_judges_no_applicant_group_is_silent(category, text):
    assert loud(text, category) == [], text


AGE_FIRE = [
    ("Crew members must not be older than 35 on the day they join.", "older than 35"),
    ("The candidate should not exceed 40 years of age as on the closing date.", "40 years of age"),
    ("Should not be above 45 years of age.", "45 years of age"),
    ("Our drivers are all in their late teens, so we want someone around their own age.", "own age"),
    ("Ideal for someone in their late teens or early twenties.", "late teens or early twenties"),
    ("We would like someone from the same generation as the rest of the bar staff.", "same generation"),
    ("You'd be the same generation as the rest of the crew.", "same generation"),
    ("This trainee post is meant for someone just starting out in working life.", "just starting out"),
    ("Great role for a young apprentice fresh out of polytechnic.", "fresh out of polytechnic"),
    ("Someone at the start of their career would suit.", "start of their career"),
]

AGE_SILENT = [
    "The mill was rebuilt in the early twenties and still runs today.",
    "You will run activities for residents in their eighties and nineties.",
    "Our apprentices are mentored by experienced fitters from their first day.",
    "You must be 18 years of age or older to serve alcohol under the Licensing Act 2003.",
    "We have over 40 staff across three sites.",
    "Our members are aged over 50 on average.",
]


@pytest.mark.parametrize("text,part", AGE_FIRE)
def test_age_in_ordinary_words_fires(text, part):
    found = loud(text, "age")
    assert any(part.lower() in match.lower() for _code, match in found), (text, found)


@pytest.mark.parametrize("text", AGE_SILENT)
def test_age_near_misses_stay_silent(text):
    assert loud(text, "age") == [], text


def test_coordinated_characteristics_are_one_finding_over_all_of_them():
    found = loud("Applicants must not be pregnant or planning to start a family in the next two years.", "family")
    # (the plan's time is part of the plan since bias14: "planning children in the next 2 years need not apply")
    assert [m for _c, m in found] == ["must not be pregnant or planning to start a family in the next two years"]
    found = loud("Must be single with no kids or dependants.", "family")
    assert "no kids or dependants" in [m for _c, m in found]
    # a characteristic that a frame finding reports already is left to it: both are covered, none twice
    found = loud("Counter staff need clear skin, no visible scars or birthmarks.", "appearance")
    matches = [m for _c, m in found]
    assert "clear skin" in matches and "no visible scars or birthmarks" in matches
    # a list that runs on into words of no characteristic stops at the last characteristic
    found = loud("Candidates must not be pregnant, and must hold a forklift licence.", "family")
    assert [m for _c, m in found] == ["must not be pregnant"]


def test_skin_and_scars_are_appearance_in_a_frame_and_the_work_elsewhere():
    assert loud("Applicants should have smooth skin and no acne.", "appearance")
    assert loud("You will treat patients with acne and scarring at our dermatology clinic.", "appearance") == []
    assert loud("Our laser clinic removes birthmarks and tattoos.", "appearance") == []


def _severity(text: str, code: str):
    return [d.severity for d in lint(text) if d.code == code]


@pytest.mark.parametrize("offer", [
    "If you need any adjustments to do this, talk to us.",
    "Let us know what support you need and we'll adapt the role.",
    "We are happy to discuss adaptations, such as a perching stool.",
    "We can make changes to how the work is done if you have a disability.",
    "We'll make adjustments where we can.",
    "Tell us about any access needs and we will support you.",
])
def test_a_physical_demand_beside_an_everyday_adjustment_offer_is_info(offer):
    assert _severity("You must be able to lift 20 kg. " + offer, "D403") == [Severity.info]


@pytest.mark.parametrize("refusal", [
    "We cannot make adjustments for this role.",
    "The office is on the second floor.",
])
def test_a_physical_demand_with_no_offer_stays_a_warning(refusal):
    assert _severity("You must be able to lift 20 kg. " + refusal, "D403") == [Severity.warning]


@pytest.mark.parametrize("text", [
    "Delivery drivers must hold a clean UK driving licence.",
    "You will cover the North West as a field sales representative, so a full driving licence is essential.",
    "A driving licence is needed for deliveries to local restaurants.",
    "Area sales manager; full UK driving licence required.",
    "Valid driver's license required. If you can drive a box truck, even better!",
])
def test_a_licence_for_a_role_on_the_road_is_info(text):
    assert _severity(text, "D405") == [Severity.info]


def test_a_licence_for_a_desk_role_stays_a_warning():
    assert _severity("Driving licence required. You will work in our city-centre office.", "D405") == [Severity.warning]


@pytest.mark.parametrize("text", [
    "You will assist the periodontist in treating aggressive periodontitis.",
    "The clinic treats aggressive forms of skin cancer.",
    "You will prepare competitive quotations for trade customers.",
    "Our quad bikes are known for strong, independent suspension.",
])
def test_a_coded_adjective_of_a_thing_is_no_coded_word(text):
    assert [d for d in lint(text) if d.category == "bias.gender-coded"] == [], text


@pytest.mark.parametrize("text", [
    "We want an aggressive negotiator who will not take no for an answer.",
    "You are fiercely competitive and love to win.",
])
def test_a_coded_adjective_of_the_hire_is_a_coded_word(text):
    assert [d for d in lint(text) if d.category == "bias.gender-coded"], text


def test_a_disallowed_frame_no_longer_hides_an_allowed_one():
    # "asked for" is the request frame's cue, which the sex class does not take; the relayed preference is read
    assert loud("Because of the heavy lifting, the supervisor has asked for a male to fill this vacancy.", "gender")
    # and the request frame still reads a question put to the applicant about their children
    assert loud("At interview we will ask how many children you have.", "family")
    assert loud("We will ask whether you have any questions about the role.", "family") == []
    assert loud("Our client has asked for someone with SAP experience.", "gender") == []


def test_men_make_is_not_man_made():
    assert [d for d in lint("Our fitters make furniture, and men make up most of the crew.") if d.code == "D106"] == []
    assert [d for d in lint("We avoid man-made fibres in our range.") if d.code == "D106"]


def test_this_rounds_case_sets_have_their_promised_shape():
    """The held-out set was written before the build: at least 90 cases over all nine categories, about 60% fire,
    all held out, near-misses in each category; the dev set is all dev. Ids are unique to each file's prefix."""
    from pathlib import Path

    from ruamel.yaml import YAML

    data = Path(__file__).parent / "data"
    held = YAML(typ="safe").load((data / "bias_cases_heldout8.yaml").read_text(encoding="utf-8"))
    dev = YAML(typ="safe").load((data / "bias_cases_dev8.yaml").read_text(encoding="utf-8"))
    assert len(held) >= 90 and all(c["split"] == "heldout" and c["id"].startswith("bh8-") for c in held)
    assert all(c["split"] == "dev" and c["id"].startswith("d8-") for c in dev)
    assert 0.5 <= sum(c["expect"] == "fire" for c in held) / len(held) <= 0.7
    for cat in ["age", "gender", "gender-coded", "record", "disability", "origin", "religion", "family", "appearance"]:
        mine = [c for c in held if c["category"] == cat]
        assert any(c["expect"] == "silent" for c in mine) and any(c["expect"] == "fire" for c in mine), cat
    for c in held + dev:
        if c["expect"] == "fire":
            assert c["span"] in c["text"], c["id"]
    assert len({c["id"] for c in held + dev}) == len(held) + len(dev)


def test_an_age_that_points_back_relates_the_ages_it_refers_to():
    text = "Our drivers are all in their early twenties, so the van suits someone of that age."
    # (recall52: the team told as all of one age is itself a finding, the team frame's; the relation is the other)
    found = [d for d in lint(text) if d.code == "D310" and not d.trigger.startswith("Our drivers are all")]
    assert len(found) == 1 and found[0].trigger == "suits someone of that age"
    source = "# Job\n\n" + text + "\n"
    assert [source[s:e] for s, e, _m in found[0].related] == ["in their early twenties"]
    # an age relation with nothing named before it has no related range, and other findings have none
    alone = [d for d in lint("We would like someone of a similar age to the rest of the team.") if d.code == "D310"]
    assert len(alone) == 1 and alone[0].related == ()
    assert all(d.related == () for d in lint("Ideal for someone in their early twenties.") if d.code == "D310")


@pytest.mark.parametrize("text", [
    "Able-bodied seaman required for our North Sea supply vessel.",
    "We are recruiting an AB (able-bodied seafarer) with STCW certification.",
])
def test_the_maritime_rating_is_no_disability_screen(text):
    assert loud(text, "disability") == [], text


def test_able_bodied_with_a_lawful_basis_is_info_and_without_one_a_warning():
    lawful = [d for d in lint("Must be able-bodied, as required by the Merchant Shipping (Standards of Training) "
                              "Regulations.") if d.code == "D401"]
    assert [d.severity for d in lawful] == [Severity.info] and "legal basis" in lawful[0].message
    assert [d.severity for d in lint("Able-bodied crew members only.") if d.code == "D401"] == [Severity.warning]


@pytest.mark.parametrize("text", [
    "The assertive outreach team supports people with psychosis.",
    "You will manage competitive tendering for council contracts.",
    "We sell skincare for sensitive skin.",
])
def test_coded_words_in_a_service_or_product_name_are_other_senses(text):
    assert [d for d in lint(text) if d.category == "bias.gender-coded"] == [], text


def test_the_same_coded_words_of_the_hire_stay():
    assert [d.trigger for d in lint("We want an assertive manager who is sensitive to others.")
            if d.category == "bias.gender-coded"] == ["assertive", "sensitive"]
