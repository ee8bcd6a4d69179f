"""Section detection on wording no fixed phrase holds (sections9): requirements read from cue
kinds (``requirement_cues`` in section_terms.yaml), equal-opportunity statements in the shapes
used outside the US (the ``eeo`` tables of context.yaml), and a short paragraph that tells both the duties and what
the applicant must have. Sentences written for these tests (none from the held-out probes)."""
from __future__ import annotations

import pytest

from jdlint import sections as S
from jdlint.config import Config
from jdlint.engine import make_plan, parse_document
from jdlint.sections import classify as C, decoder as D
from jdlint.source import SourceFile

SYNONYMS = make_plan(Config()).synonyms


def found(text: str) -> set[str]:
    document = parse_document(SourceFile(path="t.md", text=text, kind="markdown"))
    return {s.kind for s in S.detect(document, SYNONYMS) if not s.empty}


def scores(sentence: str) -> dict[str, float]:
    return C.block_scores(sentence, "list_item", sentence=True)


def reads_as_requirement(sentence: str) -> bool:
    sc = scores(sentence)
    return sc["requirements"] > 0 and sc["requirements"] > max(sc["responsibilities"], sc["benefits"], sc["intro"])


@pytest.mark.parametrize("sentence", [
    # two kinds of cue: a frame aimed at the hire and a credential, trait, experience or ability
    "You'll have a valid forklift licence and a keen eye for stock levels.",
    "You will hold a Level 2 food hygiene certificate.",
    "The successful applicant will hold a current HGV licence and have driven multi-drop routes.",
    "Ideal candidates will be calm under pressure and fluent in Spanish.",
    "We need somebody who can drive a van and is happy working outdoors in all weathers.",
    "I'm looking for someone with at least two years in a busy salon and a friendly manner.",
    "To succeed in this post you'll need sound numeracy and a tidy, organised way of working.",
    "You're an experienced carpenter with your own tools.",
    "Applicants must be over 18 and hold a full UK driving licence.",
    # no frame: ability with a trait, availability with means, experience with a credential
    "Confident with Xero and good with numbers.",
    "Able to work weekends and have your own transport.",
    "Three years in a commercial kitchen and a Level 3 food safety certificate.",
    "Willing to undergo a PVG check.",
])
def test_requirement_from_two_cue_kinds(sentence):
    assert reads_as_requirement(sentence), scores(sentence)


@pytest.mark.parametrize("sentence", [
    # a short item that opens with a cue of one kind
    "Own transport essential",
    "Clear enhanced DBS",
    "Right to work in Ireland",
    "Available at short notice",
    "Safety boots",
    "Basic computer skills",
    "Proven sales record",
])
def test_requirement_item_opening_with_a_cue(sentence):
    assert reads_as_requirement(sentence), scores(sentence)


@pytest.mark.parametrize("sentence", [
    # duties that mention a credential, a check or a skill: a duty verb first, or a duty statement
    "Check drivers' licences and log them in the fleet system.",
    "Issue site passes and verify each contractor's CSCS card.",
    "You will be responsible for renewing staff certificates and booking first aid courses.",
    "Track the team's training records and chase expired qualifications.",
    # what the hire gets, not what they must have
    "You'll get free meals on shift and a uniform.",
    "We'll pay for your forklift licence and first aid course.",
    # the employer speaking of itself: its own certificates, staff, history
    "We are a Gas Safe registered company with 20 years of experience in Bristol.",
    "Our engineers hold NICEIC accreditation and have fitted over 5,000 boilers.",
    "Pinnacle Roofing has held Constructionline Gold status since 2015.",
    # a contract's length, the customer's experience, candidates who will be considered
    "This is a two year fixed-term contract based in Leeds.",
    "You will be a key part of our customers' experience.",
    "Highly qualified candidates will be considered for other offices.",
])
def test_requirement_cue_near_misses(sentence):
    assert not reads_as_requirement(sentence), scores(sentence)


def test_requirement_frame_is_not_duty_wording():
    """"You'll have ..." opens a duty phrase ("you'll") too; with requirement cues it is the hire's
    frame, not a duty, and a sentence that states duties keeps them."""
    assert scores("You'll have a CSCS card and two years on site.")["responsibilities"] == 0
    assert scores("You'll unload trailers and keep the yard tidy.")["responsibilities"] > 0


def test_cue_kinds_read_one_phrase_as_one_kind():
    read = C._read("Own transport")
    assert C._requirement_cue_kinds("Own transport", read) == {"means"}
    sentence = "Willing to work nights"
    assert C._requirement_cue_kinds(sentence, C._read(sentence)) == {"ability", "availability"}


@pytest.mark.parametrize("text, has_requirements", [
    ("# Porter\n\nMove beds and equipment between wards.\n\n- Own transport\n- Available weekends\n- Reliable and punctual\n", True),
    ("# Driver\n\nDeliver furniture around Leeds and help customers unpack it.\n\n"
     "The right person will have a clean licence and a good level of fitness.\n", True),
    ("# Groundworker\n\nDig footings and lay kerbs on housing sites.\n\n"
     "We are ISO 14001 certified and members of the Considerate Constructors Scheme.\n", False),
    ("# Gatehouse Officer\n\n- Check visitors' passes and CSCS cards\n- Log every delivery\n- Issue hi-vis to new starters\n", False),
])
def test_requirements_section_from_cues(text, has_requirements):
    assert ("requirements" in found(text)) is has_requirements


def test_short_paragraph_of_duties_and_wants_gives_both():
    text = ("# Removals Porter\n\nYou'll load and unload removal vans and wrap furniture for transit. "
            "You'll need to be physically fit and have a full licence.\n")
    assert {"responsibilities", "requirements"} <= found(text)
    assert D._holds_duties_and_wants("Load the vans each morning. You'll need a full licence and two years in removals.")
    # a paragraph of duties only, or of wants only, is read whole as before
    assert not D._holds_duties_and_wants("Wrap furniture for transit. Load the vans each morning.")
    assert not D._holds_duties_and_wants("You'll need a full licence. You'll have two years in removals and a friendly manner.")


@pytest.mark.parametrize("sentence", [
    "Harbourside is a Disability Confident Committed employer.",
    "We offer a guaranteed interview to disabled candidates who meet the minimum criteria.",
    "We are signed up to the Armed Forces Covenant.",
    "As a fair chance employer, we consider applicants with convictions on their merits.",
    "Having a criminal record will not necessarily bar you from working with us.",
    "We welcome applications from people with convictions.",
    "We are committed to building a representative workforce.",
    "The council values equality, diversity and inclusion.",
    "We aim to have a workforce that reflects the communities we serve.",
    "Equality and inclusion are central to our work.",
    "We particularly encourage First Nations people and people with disability to apply.",
    "Persons with disabilities and women candidates are encouraged, and we welcome PwD applicants.",
    "Candidates of all ages and backgrounds are welcome to apply.",
    "Tell us about any adjustments you may need for your interview.",
    "If you have a long-term health condition and need anything at interview, just ask.",
])
def test_eeo_outside_us_wording(sentence):
    assert "eeo" in C.sentence_kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "Clearview sells diversity and inclusion e-learning to universities.",
    "Administer the equal opportunities monitoring forms for every vacancy.",
    "Deliver equality training to line managers across the region.",
    "We are committed to safeguarding and promoting the welfare of vulnerable adults.",
    "Advise employers on their duties under the Equality Act 2010.",
    "Our software helps recruiters write inclusive job adverts.",
    "Support disabled tenants to apply for housing adaptations.",
])
def test_eeo_outside_us_near_misses(sentence):
    assert "eeo" not in C.sentence_kinds(sentence)


def reads_as_benefit(sentence: str) -> bool:
    return scores(sentence)["benefits"] > 0


@pytest.mark.parametrize("sentence", [
    # paid for what is often unpaid, costs of the job covered, training given
    "Paid breaks and paid DBS check.",
    "Mileage is reimbursed for every visit.",
    "Travel time between appointments is paid.",
    "We'll sponsor your apprenticeship and pay for your driving lessons.",
    "Full training given.",
    # perks for staff that others also get, named with the staff
    "Free parking for staff and visitors.",
    "Colleagues and their families get 15% off in all our stores.",
])
def test_benefits_in_other_words(sentence):
    assert reads_as_benefit(sentence), scores(sentence)


@pytest.mark.parametrize("sentence", [
    # a benefit word given to those the business serves, or sold by it
    "Free parking is available for shoppers on Sundays.",
    "Residents enjoy free activities and a weekly lunch club.",
    "The farm shop sells local cheese, coffee and lunches.",
    "We help pensioners claim the benefits they are owed.",
    # the season, the trade, the service, not time off or a meal given
    "Our holiday cottages sleep up to 12 guests.",
    "The holiday season is our peak, so leave is limited in August.",
    "Lunch service runs from noon to 3pm.",
    "A 7-hour shift, exclusive of lunch.",
])
def test_benefit_word_near_misses(sentence):
    assert not reads_as_benefit(sentence), scores(sentence)


def test_a_call_to_apply_after_a_requirement_question_stays_how_to_apply():
    """A requirement cue opening a sentence makes it no duty; it does not stop a call to apply
    that follows it ("Available now? Ring ..."): how to apply keeps to requirement_strong."""
    assert "how-to-apply" in C.sentence_kinds("Available to start now? Ring Sandra on 0161 496 0733.")


def test_wants_told_after_the_job_in_one_paragraph():
    """A paragraph that says what the job is in duty wording and then what the candidate must
    have gives both parts (EMSCAD's run-together descriptions); the job's terms opening with a
    duty verb's -ing form ("Starting salary based on experience") are no duty."""
    text = ("# Python Developer\n\nWe are looking for a developer to build and maintain our booking API. "
            "The candidate should have a degree in computing and be able to write clean, tested code.\n")
    assert {"responsibilities", "requirements"} <= found(text)
    assert scores("Starting salary based on experience.")["responsibilities"] == 0


def test_a_trade_verb_is_a_verb():
    """"Stock options" and "office supplies" are perks' nouns, not what the business sells."""
    assert reads_as_benefit("Stock options, a laptop of your choice and a yearly team trip.")
    assert not reads_as_benefit("The bakery sells bread, coffee and lunches to commuters.")


def test_preferred_wording_keeps_a_want_preferred():
    """Cues do not make a 'nice to have' a requirement: "is a plus", "ideally" mark it preferred."""
    sc = scores("Fluent Spanish and two years in collections is a plus.")
    assert sc["preferred"] > sc["requirements"]


@pytest.mark.parametrize("heading, kind", [
    ("Essentials", "requirements"), ("Essential criteria", "requirements"), ("What we need from you", "requirements"),
    ("Essential duties", "responsibilities"),  # the longer synonym wins
    ("Desirable criteria", "preferred"), ("Equality and diversity", "eeo"), ("Reasonable adjustments", "eeo"),
])
def test_person_specification_and_uk_eeo_headings(heading, kind):
    assert kind in {s.kind for s in S.detect(parse_document(SourceFile(
        path="t.md", text=f"# Carer\n\n## {heading}\n\n- An item of text here\n", kind="markdown")), SYNONYMS)}


def test_inline_essentials_label():
    """'Essentials:' glued to its items (EMSCAD dev 0121's flattened person specification)."""
    assert "requirements" in found("# Ruby developer\n\nWe need a Ruby developer for a 3 month contract.\n\n"
                                   "Essentials:RubyRailsEU passportEnglishNice to have:AngularSwedish\n")
