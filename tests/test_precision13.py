"""precision13 (session 31): the classes of wrong findings in precision13's rules on strangers' ads (writer P,
tests/data/judged_strangers14.yaml; writer M's two left open), each with the sentences that must still be reported.
The held-out wordings of the same classes are tests/data/precision_variants13.yaml (test_precision_variants.py)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


def _codes(text: str, code: str, title: str = "Coordinator") -> list[str]:
    found = jdlint.lint_text(f"# {title}\n\n{text}\n", "t.md", config=Config(select=(code,))).diagnostics
    return [d.code for d in found if d.code == code]


# -- Q101: the years an organisation has are its history, not experience asked of the applicant --------------

@pytest.mark.parametrize("text, reported", [
    # writer P 9504: the research group's own years
    ("Our Coastal Engineering Research Group has over 30 years of experience in wave modelling, sediment transport "
     "and flood risk.", False),
    ("Brennan & Sons has more than 35 years of experience in commercial roofing.", False),
    ("We have over 20 years of experience placing nurses in private hospitals.", False),
    # asked of the applicant: still reported
    ("You have over 15 years of experience in hospital pharmacy.", True),
    ("Candidates must have more than 12 years of experience in structural design.", True),
    ("We are looking for someone who has 12 years of experience running a kitchen.", True),
    ("Must have over 15 years of experience in payroll.", True),
    ("Has 15+ years of experience leading engineering teams.", True),
])
def test_years_an_organisation_has_are_not_asked_of_the_applicant(text, reported):
    assert bool(_codes(text, "Q101")) is reported


# -- T102: a field the applicant fills in is no blank the poster left ------------------------------------------

@pytest.mark.parametrize("text, reported", [
    # writer P 9510: the subject line the applicant writes
    ('Email your resume to hiring@brightline.example with the subject "CSR – Healthcare – [Your Name]".', False),
    ("Please send your CV with the subject line: Store Manager - [Your Full Name].", False),
    ("Name your file [Your Name]_CV.pdf and upload it on the portal.", False),
    # the poster's own blanks: still reported
    ("Kind regards, [Your Name], Talent Acquisition.", True),
    ("Join [Company Name] as our next store manager.", True),
    ("Contact: Your Name, Recruiter", True),
    # a subject line in an earlier sentence reaches no field after its sentence ends
    ("Use the subject line Clerk. Contact [Recruiter Name] for questions.", True),
])
def test_a_field_the_applicant_fills_in_is_not_unfilled(text, reported):
    assert bool(_codes(text, "T102")) is reported


# -- D405: a licence the ad says is not required; a legal basis read in the requirement's own labelled part ----

@pytest.mark.parametrize("text, reported", [
    # writer P 9519
    ("A driving licence would be helpful but is not essential.", False),
    ("A clean driving licence isn't required; the depot is on two bus routes.", False),
    ("Driver's licence: optional.", False),
    # required, or optional said of something else: still reported
    ("A full driving licence is essential, not optional.", True),
    ("A valid driver's licence is not negotiable.", True),
    ("A current driver's license is required, though not a commercial one.", True),
    ("Driving licence preferred.", True),
])
def test_a_licence_said_not_to_be_required_screens_nobody(text, reported):
    assert bool(_codes(text, "D405")) is reported


FLATTENED = ("Site Engineer – Doha — Job Summary: We build gas plants at Ras Laffan. — Candidate Requirements: B.Sc. "
             "in Civil Engineering; valid GCC driving licence preferred; ready to join within 30 days. — What We "
             "Offer: furnished accommodation; medical insurance as per Qatar labour law; annual air ticket.")


def test_a_legal_basis_in_another_labelled_part_is_not_the_licences():
    """writer M 9321: 'as per Qatar labour law' belongs to the offer's medical insurance, a later part of the
    flattened line, so the licence keeps its warning; the same basis in the licence's own part lowers it."""
    found = [d for d in jdlint.lint_text(f"{FLATTENED}\n", "t.md", config=Config(select=("D405",))).diagnostics]
    assert [(d.code, d.severity.name) for d in found] == [("D405", "warning")]
    own = FLATTENED.replace("driving licence preferred;", "driving licence required as per Qatar traffic law;")
    found = [d for d in jdlint.lint_text(f"{own}\n", "t.md", config=Config(select=("D405",))).diagnostics]
    assert [(d.code, d.severity.name) for d in found] == [("D405", "info")]


# -- R111: the selected person as the one the employer does something for is no third-person description ------

@pytest.mark.parametrize("text, reported", [
    # writer P 9529
    ("Experience in care is welcome, but we'll train the right person from scratch.", False),
    ("We can sponsor a work visa for the right candidate.", False),
    ("We will support the successful applicant with a mentor in their first year.", False),
    # a description of the applicant, or the hiring itself: still reported
    ("The right person will have three years of retail experience.", True),
    ("The successful applicant must be able to obtain a security clearance.", True),
    ("We are looking to recruit the right candidate to start in September.", True),
    ("The ideal candidate will have:", True),
])
def test_the_person_the_employer_does_something_for_is_not_third_person_framing(text, reported):
    assert bool(_codes(text, "R111")) is reported


# -- the sentence splitter: emoji between a sentence's mark and the next sentence ---------------------------------

def test_emoji_after_a_sentence_mark_do_not_join_two_sentences():
    from jdlint.sentences import _fast_gaps, _plain_gaps, sentence_spans

    # writer P 9511: two sentences of 20 and 24 words, one R104 finding of 44 before
    text = ("The Tidal Kitchen in Hout Bay is looking for friendly, energetic waitrons to join us for the busy December "
            "season! 🌊🍤 We are a family seafood restaurant right on the harbour, open seven days a week, and we've "
            "been feeding locals and visitors since 2009.")
    spans = sentence_spans(text, 0, len(text))
    assert [text[a:b][:3] for a, b in spans] == ["The", "We "]
    assert _fast_gaps(text, 0, len(text)) == _plain_gaps(text, 0, len(text))
    assert not _codes(text, "R104")
    # an emoji inside a sentence, or before a lower-case word, breaks nothing
    for inside in ("We need a barista 😊 who can steam milk.", "Great team! 🎉 and free lunch on Fridays."):
        assert len(sentence_spans(inside, 0, len(inside))) == 1
    # one long sentence with emoji in it is still long
    long_one = ("We are looking for a friendly and reliable barista 😊 who can pull great shots, steam milk properly, keep "
                "the counter spotless, handle the morning rush without losing their cool and chat with our regulars on "
                "weekday mornings.")
    assert _codes(long_one, "R104") == ["R104"]


# -- P102 (small, in the pay grammar's OTHERS_MONEY; pay14 told): a tax concession's cap is not the pay ---------

@pytest.mark.parametrize("text, reported", [
    # writer M 9322
    ("Part-time Personal Care Workers start on $34.10 per hour. As a not-for-profit we can offer salary packaging "
     "of up to $15,900 tax-free each year.", False),
    ("Pay is £30,000 a year. You can salary sacrifice up to £5,000 a year into your pension.", False),
    # open-ended pay, and a 'Salary Package' that is the pay: still reported
    ("Pay is up to $26 an hour depending on experience.", True),
    ("Competitive Salary Package: base salary starting at $49,920 a year.", True),
])
def test_salary_packaging_is_not_open_ended_pay(text, reported):
    assert bool(_codes(text, "P102")) is reported


def test_one_list_of_region_codes_for_a_sentence_and_a_header_part():
    """sections.classify: the ', ST' of a sentence and a header part's tail read the same codes (the tail had no ME)."""
    from jdlint.sections import classify

    for code in classify.REGION_CODES:
        assert classify._STATE_CODE_RE.search(f"Springfield, {code} 12345"), code
        assert classify._PLACE_TAIL.search(f"Springfield {code}"), code
    assert classify._is_place_part("Portland ME")


# V103 (lead, session 31): "family" naming who owns a business whose trade stands between ("We are a family
# seafood restaurant", writer P 9511) is ownership, not the workplace-as-family claim; a clause after "family"
# is still the claim.
@pytest.mark.parametrize("text, fires", [
    ("We are a family seafood restaurant right on the harbour, open seven days a week.", False),
    ("We're a family wine estate in the Stellenbosch hills.", False),
    ("We are a family building contractor based in Leeds.", False),
    ("We are a family and we look after each other.", True),
    ("We're a family here, not just a team.", True),
    ("We are a family, so you will feel at home from day one.", True),
])
def test_family_before_a_named_trade_is_ownership(text, fires):
    found = [d.code for r in jdlint.lint_texts([(text, "ad.md")]) for d in r.diagnostics if d.code == "V103"]
    assert bool(found) == fires


# V107 (lead, session 31): "home run" inside "a care home run by ..." is a home of care and who runs it, not
# baseball (writer P 9529); the idiom itself still fires.
@pytest.mark.parametrize("text, fires", [
    ("Ashgrove House is a 48-bed residential and dementia care home run by a small, independent family provider.", False),
    ("The service is a nursing home run by the county council.", False),
    ("Every product launch should be a home run for the team.", True),
])
def test_a_care_home_run_by_its_owner_is_no_baseball(text, fires):
    found = [d.code for r in jdlint.lint_texts([(text, "ad.md")]) for d in r.diagnostics if d.code == "V107"]
    assert bool(found) == fires
