"""How-to-apply as session 35's labellers read it (sections39): a bare call to apply inside a paragraph about something
else is no section; a call that is its block, or its line, stays one, and so does a call that names a channel or is
followed by an instruction for the application. Applications said to open later give no way to apply now. And (eeo)
"our dedication to fostering an inclusive environment", the noun of "committed to", is an equal-opportunity statement.

Measured on every read label set before building (the shape table in the sections39 report): ads whose only
how-to-apply was a bare call embedded in a paragraph were labelled no by session 35's labellers (dev A: five of five)
and yes by the earlier sets, whose definition named "a call to apply" outright; a call that is its own block or line
was labelled yes by every set. The cases are written for this file, not copied from the ads the classes were found in.
"""
from __future__ import annotations

import pytest

from conftest import findings_in, section_kinds
from jdlint.sections import sentence_kinds

#: duties and requirements under no heading, and no call to apply
BODY = ("You will visit clients at home and help them with meals and medication.\n\n"
        "You must hold a full driving licence and have two years of care experience.\n\n")


def kinds_with(paragraph: str) -> set[str]:
    """The section kinds of a posting of duties and requirements followed by ``paragraph``."""
    return section_kinds(f"# Care Worker\n\n{BODY}{paragraph}\n")


#: a bare call (no channel, no place, nothing to send, no instruction) inside a paragraph about the employer, the
#: role or the reader: no how-to-apply section
EMBEDDED_BARE = [
    "Harbour Care has looked after families in Leeds since 1998. Apply today to find out why our carers stay. "
    "Together we make home feel like home.",
    "We are a friendly team that values honesty and hard work. If that sounds like you - apply.",
    "Our carers cover routes across the county every day of the year. Apply now and start your career with Harbour Care.",
    "Harbour Care has grown every year since it opened in 1998. If you're reliable and looking for steady work, contact "
    "Harbour Care today.",
    "We know that great carers come from many walks of life. Maybe you have only some of these skills - apply anyway! "
    "Our clients are at the heart of everything we do.",
]

#: (sections42) the same calls where a reader gives them a place of their own: a block of its own, a closing paragraph
#: of calls, a line of its own. A section only where the posting says how to apply somewhere (WAY_ELSEWHERE); alone
#: they say that one may apply, neither how nor where (docs/section-labelling.md; heldout35 B: its four how-to-apply
#: false positives were postings of this shape)
OWN_PLACE = [
    "Apply now!",
    "Interested? Apply today.",
    "If this sounds like you, we'd love to hear from you. Unlock your potential and apply today!",
    "Harbour Care has looked after families in Leeds since 1998.\nApply now and start your career with us!",
]
#: a way to apply told in another block of the posting, which is no how-to-apply section by itself (the channel said of
#: the applications, not put to the reader: classify._application_channel)
WAY_ELSEWHERE = "Consideration will only be given to candidates who submit online applications."

#: calls that say how: how-to-apply
STAYS = [
    # a channel named inside a paragraph about something else
    "We are a friendly team that values honesty and hard work. If that sounds like you, email your CV to "
    "jobs@harbourcare.example.",
    "Harbour Care has looked after families in Leeds since 1998. Apply online at harbourcare.example and join us.",
    "Our carers cover routes across the county every day of the year. Click the Apply button below to join them.",
    # a call followed by what to put in the application
    "Not everyone ticks every box, and we know it. Apply anyway! Tell us why you would be a great fit.",
]


@pytest.mark.parametrize("paragraph", EMBEDDED_BARE)
def test_embedded_bare_call_is_no_section(paragraph):
    assert "how-to-apply" not in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", STAYS)
def test_call_of_its_own_or_with_a_way_stays(paragraph):
    assert "how-to-apply" in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", OWN_PLACE)
def test_call_of_its_own_is_a_section_where_the_posting_says_how(paragraph):
    assert "how-to-apply" not in kinds_with(WAY_ELSEWHERE)
    assert "how-to-apply" not in kinds_with(paragraph)
    assert "how-to-apply" in kinds_with(f"{paragraph}\n\n{WAY_ELSEWHERE}")


#: applications said to open later, with no way to apply now (as "notify me when applications open", mend35)
LATER = [
    "Harbour Care will soon be accepting applications for this role. This page describes the role and what we look for.",
    "We will be accepting applications for this position from 1 June.",
]
#: the same with a way to apply named, or a plain call
LATER_NEAR = [
    "We will be accepting applications through our careers portal from 1 June.",
    "Applications open on 1 June: apply at harbourcare.example/jobs.",
    "We are accepting applications now: send your CV to jobs@harbourcare.example.",
]


@pytest.mark.parametrize("paragraph", LATER)
def test_applications_opening_later_is_no_way_to_apply(paragraph):
    assert "how-to-apply" not in kinds_with(paragraph)


@pytest.mark.parametrize("paragraph", LATER_NEAR)
def test_applications_opening_with_a_way_stays(paragraph):
    assert "how-to-apply" in kinds_with(paragraph)


def test_missing_how_to_apply_fires_on_an_embedded_bare_call_only():
    """S106 (missing-how-to-apply): a posting whose only call is a bare one inside a paragraph about the employer says
    neither how nor where to apply, and S106 asks for both; (sections42) so does the same call on a line of its own in a
    posting that names no way to apply anywhere; with a way named elsewhere S106 stays quiet."""
    embedded = f"# Care Worker\n\n{BODY}Harbour Care has looked after families in Leeds since 1998. Apply now and start " \
               "your career with Harbour Care.\n"
    own = f"# Care Worker\n\n{BODY}Harbour Care has looked after families in Leeds since 1998.\n\nApply now and start " \
          "your career with Harbour Care.\n"
    assert [d.code for d in findings_in(embedded, "S106")] == ["S106"]
    assert [d.code for d in findings_in(own, "S106")] == ["S106"]
    assert findings_in(f"{own}\n{WAY_ELSEWHERE}\n", "S106") == []


#: (eeo) "dedication to" as "commitment to" an inclusive or diverse workplace (context.yaml's eeo table, its one home)
@pytest.mark.parametrize("sentence, eeo", [
    ("Our dedication to fostering an inclusive environment is at the heart of our values.", True),
    ("Our dedication to building a diverse and representative workforce shows in every hire.", True),
    # near-misses: dedication to something else
    ("Our dedication to our patients is what sets us apart.", False),
    ("Our dedication to fostering a safe and supportive environment is paramount.", False),
])
def test_dedication_to_an_inclusive_workplace_is_an_eeo_statement(sentence, eeo):
    assert ("eeo" in sentence_kinds(sentence)) is eeo
