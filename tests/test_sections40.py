"""How-to-apply as the labelling conventions read it (sections40; docs/section-labelling.md: a channel or application
instructions, not a contact for more information, not a closing date alone). What a posting says ABOUT applying or
applicants is no way to apply unless it also names one:

- applying said of a group or of a preference in the selection ("Recent graduates are encouraged to apply",
  "preference is given in the application process to veterans": ``apply_without_means``);
- what happens to an application once it is in ("Only shortlisted candidates will be contacted", "Our interview
  process: a call, a walkthrough, a chat": ``apply_after``, blanked with the deadline before the sentence is read again);
- "to apply" in its other sense, with an object ("helping others to apply digital best practices": any lower-case
  word after it that no call to apply takes, ``apply_after_verb``);
- a call or a message to someone else, or for a customer's purpose ("Message shortlisted candidates on LinkedIn",
  "Call today to book your free consultation"), and registering with a body ("Register with Selective Service").

Measured on every read label set before building (the shape table in the sections40 report): each shape was found as
how-to-apply text in read ads (dev 0221, 0439, 0501, 0522, the TTS ads' Selective Service line, writer M's 9325,
probes n04 and t16). The cases are written for this file, not copied from those ads.
"""
from __future__ import annotations

import pytest

from conftest import findings_in, section_kinds
from jdlint.sections import sentence_kinds

BODY = ("Harbour Bakery is a family-run bakery in Leeds.\n\n"
        "You will bake bread and serve customers every morning.\n\n"
        "You need two years of bakery experience.\n\n")


def kinds_with(paragraph: str) -> set[str]:
    """The section kinds of a posting of an intro, duties and requirements followed by ``paragraph``."""
    return section_kinds(f"# Baker\n\n{BODY}{paragraph}\n")


#: said about applying or applicants, naming no way to apply: no how-to-apply section
NO_WAY = [
    "Recent graduates are encouraged to apply.",
    "Bilingual candidates encouraged to apply.",
    "Career changers are warmly invited to apply.",
    "We encourage people returning to work after a break to apply.",
    "Veterans' preference is given in the application process to honorably discharged veterans.",
    "When applying for a post with the council, preference will be given to local residents.",
    "Only shortlisted candidates will be contacted.",
    "We thank all applicants for their interest; however, only those selected for an interview will be contacted.",
    "Our interview process: a phone call, a trial shift and a chat with the owner.",
    "Next steps: a short phone screen, then a practical test in the kitchen.",
    "You will help the team to apply food safety principles every day.",
    "Comfortable helping others to apply lean methods on the shop floor.",
    "Message shortlisted candidates on LinkedIn and WhatsApp.",
    "Call today to book your free consultation with one of our stylists.",
    "Call us on 0113 496 0000 to place an order.",
    "Register with the Selective Service, if you are required to by https://www.sss.gov/register.",
]

#: the same shapes with a way to apply named, and calls to apply beside them: how-to-apply stays
WAY = [
    "Recent graduates are encouraged to apply online at harbourbakery.example/jobs.",
    "Interested candidates are encouraged to apply through our careers page.",
    "Only shortlisted candidates will be contacted, so send your CV to jobs@harbourbakery.example today.",
    "Next steps: hit Apply and send us your resume.",
    "To apply, send your CV to jobs@harbourbakery.example.",
    "Register with us online at harbourbakery.example/jobs.",
    "Call Sam on 0113 496 0000 to arrange an interview.",
]


#: (sections42) calls to the reader that name no way: how-to-apply only where the posting says how somewhere (the
#: channel applications go by, told in another block); alone they say one may apply, neither how nor where (tests/test_sections39.py OWN_PLACE)
CALLS = [
    "You are encouraged to apply.",
    "We encourage you to apply!",
    "We review applications on a rolling basis, so apply early.",
    "Contact us to apply.",
    "Feel free to apply directly.",
]


@pytest.mark.parametrize("paragraph", CALLS)
def test_a_call_stays_where_the_posting_says_how(paragraph):
    assert "how-to-apply" not in kinds_with(paragraph)
    elsewhere = "Consideration will only be given to candidates who submit online applications."
    assert "how-to-apply" not in kinds_with(elsewhere)
    assert "how-to-apply" in kinds_with(f"{paragraph}\n\n{elsewhere}")


@pytest.mark.parametrize("paragraph", NO_WAY)
def test_said_about_applying_is_no_how_to_apply(paragraph):
    assert "how-to-apply" not in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", WAY)
def test_a_way_to_apply_beside_it_stays(paragraph):
    assert "how-to-apply" in kinds_with(paragraph)


def test_encouragement_of_groups_stays_eeo_only():
    # "encouraged to apply" naming protected groups is an equal-opportunity statement, and no instruction
    kinds = sentence_kinds("Women, minorities and people with disabilities are encouraged to apply.")
    assert "eeo" in kinds and "how-to-apply" not in kinds


def test_missing_how_to_apply_fires_when_the_only_apply_is_said_about_applicants():
    """S106 (missing-how-to-apply): a posting whose only apply wording is an encouragement, a preference or the steps
    after applying tells nobody how to apply; one that names the way does."""
    posting = f"# Baker\n\n{BODY}Recent graduates are encouraged to apply. Only shortlisted candidates will be contacted.\n"
    assert [d.code for d in findings_in(posting, "S106")] == ["S106"]
    named = f"# Baker\n\n{BODY}Recent graduates are encouraged to apply online at harbourbakery.example/jobs.\n"
    assert findings_in(named, "S106") == []


def test_a_bare_call_closing_a_paragraph_is_no_duty():
    """A bare call to apply read as no section (sections39) is still a call: "apply" is a duty verb, and the call
    closing a paragraph about the employer was read as the duties (dev A 0337, labelled neither). Written for this
    file: a paragraph about the employer and its perks, closed by a call, beside no duties."""
    posting = ("# Sales Agent\n\n"
               "Harbour Mortgages is an independent broker licensed in 40 states. We have grown every year since 2009 "
               "and our partners say our support is the best in the business. Let's start the conversation today! "
               "Apply NOW!\n")
    assert "responsibilities" not in section_kinds(posting)
    # a duty in a paragraph stays one
    assert "responsibilities" in section_kinds(posting.replace("Apply NOW!", "You will advise clients on loans."))
