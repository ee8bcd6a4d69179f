"""How-to-apply as a way to apply, not a call alone (sections42; docs/section-labelling.md): a posting whose only
how-to-apply wording is calls to apply that name no channel and no instruction ("Apply now!", "we invite you to
apply"), on a block or line of their own or not, says that one may apply but neither how nor where: no how-to-apply
section, and S106 asks for it. Where the posting names a way anywhere (a channel said of the applications in another
block) the calls are its call to action. And the channel words a call may use that the means vocabulary missed: the
person or office applications go to, a form got or handed in in person, "yours" sent through a channel, an adverb
inside the passive ("are only accepted through").

Measured before building on every read label set (the shape table in the sections42 report): of the read ads with a
how-to-apply found whose every how-to-apply sentence names no way, 18 were labelled yes by the earlier conventions
and dev A's three yes had a way elsewhere (0449) or an instruction after the call (0517, 0577). The cases are written
for this file, not copied from those ads.
"""
from __future__ import annotations

import pytest

from conftest import findings_in, section_kinds
from jdlint.sections import sentence_kinds

BODY = ("# Yard Operative\n\nMill Lane Timber is a family-run timber merchant in Otley.\n\n"
        "## Duties\n\n- Load customer orders onto flatbeds\n- Keep the yard tidy\n\n"
        "## You'll need\n\n- A forklift licence\n\n")

#: calls that name no way, each closing the posting in a block of its own
CALLS = [
    "Apply today!",
    "Sound like you? Apply now.",
    "If you are a hard-working and reliable person, we invite you to apply for this exciting opportunity.",
    "We'd love to hear from you.\nApply now and build your career with Mill Lane Timber!",
    "Applications are invited for the post of Yard Operative.",
]

#: a way told in another block that is no how-to-apply section by itself (the channel said of the applications)
CHANNEL_ELSEWHERE = [
    "Consideration will only be given to candidates who submit online applications.",
    "Only applications made online will be considered.",
]


def kinds(text: str) -> set[str]:
    return section_kinds(BODY + text + "\n")


@pytest.mark.parametrize("call", CALLS)
def test_a_call_alone_is_no_how_to_apply(call):
    assert "how-to-apply" not in kinds(call)
    assert [d.code for d in findings_in(BODY + call + "\n", "S106")] == ["S106"]


@pytest.mark.parametrize("channel", CHANNEL_ELSEWHERE)
@pytest.mark.parametrize("call", CALLS)
def test_a_call_beside_a_way_told_elsewhere_stays(call, channel):
    assert "how-to-apply" in kinds(f"{call}\n\n{channel}")
    assert findings_in(f"{BODY}{call}\n\n{channel}\n", "S106") == []


@pytest.mark.parametrize("channel", CHANNEL_ELSEWHERE)
def test_the_way_told_elsewhere_is_no_section_by_itself(channel):
    # what makes the test above one of the calls: the channel's block alone gives no how-to-apply section
    assert "how-to-apply" not in kinds(channel)


#: a call that says how, or a heading that names the section: how-to-apply as before
STAYS = [
    "Apply today! Click the Apply button below.",
    "Apply anyway! Tell us in a few lines why you'd be good at it.",
    "Apply now!\n\nInterested? Drop your CV in at the trade counter.",
    "## How to apply\n\nApply today!",
]


@pytest.mark.parametrize("text", STAYS)
def test_a_call_that_says_how_stays(text):
    assert "how-to-apply" in kinds(text)


#: how-to-apply sentences naming a way in words the means vocabulary lacked: each alone closing the posting
WAYS = [
    "Letters of application should be addressed to Mrs Hale, Yard Manager.",
    "Completed application forms should be returned to the site office.",
    "Please direct all applications to the yard manager.",
    "Those interested should contact the site office.",
    "Pick up an application form at the trade counter.",
    "Application forms can be collected from the main office.",
    "Application forms can be posted or handed in at reception.",
    "Applications are only accepted through our careers portal.",
    "Applications close on 4 May. Submit yours through Indeed.",
]


@pytest.mark.parametrize("text", WAYS)
def test_a_way_in_other_words_is_how_to_apply(text):
    assert "how-to-apply" in kinds(text)


#: near-misses: the same words for something other than applying
NEAR = [
    "Invoices should be addressed to the finance office.",
    "Contact the site office to book a delivery slot.",
    "Return damaged pallets to the yard office.",
    "Send it to the customer by Friday.",
    "Process online applications for trade accounts and set up the customer's credit limit.",
]


@pytest.mark.parametrize("text", NEAR)
def test_the_same_words_for_something_else_are_not(text):
    assert "how-to-apply" not in kinds(text)


def test_a_duty_naming_online_applications_tells_no_way():
    # classify._application_channel: a duty opening with its verb is no channel for the reader's application
    assert "how-to-apply" not in kinds("Apply today!\n\nProcess online applications for trade accounts.")


def test_the_sentence_kinds_of_the_ways():
    assert "how-to-apply" in sentence_kinds("Applications are only accepted through the council's jobs portal.")
    assert "how-to-apply" in sentence_kinds("Submit yours through SEEK.")
    assert "how-to-apply" not in sentence_kinds("Send it to the client by Friday.")
