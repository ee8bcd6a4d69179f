"""The classes of wrong findings in the seventeenth judged sample (seed 17, tests/data/judged_findings.yaml)
and in the precision8 variants (tests/data/precision_variants8.yaml) fixed in R104's sentence measure,
each on real-ad-like text both ways. Fixture text is written for these tests, after the shapes of the dev
ads named."""
from __future__ import annotations

import pytest
from conftest import finding_matches as _found

from jdlint.rule_packs import is_run_together_list, leading_label_words

# 35 words: at the bar, not over it
_DUTY = ("Involved in hiring staff under the agreed procedures; making sure that each direct report "
         "completes the standard training for their role, the safety rules, the food safety rules, the stock "
         "rules and general job training.")


@pytest.mark.parametrize("label, words", [
    ("Staff Leadership and Guidance – ", 4),  # dev 0384: a Title-Case label before a spaced dash
    ("Budget Control - ", 2),
    ("Health & Safety — ", 2),  # "&" is no word
    ("", 0),
])
def test_a_label_before_a_dash_is_not_counted(label, words):
    assert leading_label_words(label + _DUTY) == words
    assert not _found(f"# Operations Manager\n\n{label}{_DUTY}\n", "R104")


@pytest.mark.parametrize("sentence", [
    "You – the hire – will own the budget",      # a dash inside a sentence opening with a pronoun
    "Our sales team – you will sell",             # lower-case words: a sentence, not a label
])
def test_a_sentence_with_a_dash_has_no_label(sentence):
    assert leading_label_words(sentence) == 0


def test_a_long_sentence_after_a_dash_label_is_still_long():
    longer = _DUTY.replace("general job training", "general job training in the first four weeks")
    assert _found(f"# Operations Manager\n\nStaff Leadership and Guidance – {longer}\n", "R104")


def test_numbered_items_glued_to_the_item_before_are_a_list():
    """dev 0055: '1) Why ... team member2) Why ... position3) What ...' is three questions glued."""
    glued = ("Please also answer the following: 1) Why you would be a strong addition to the store team2) Why you "
             "are the best candidate for the Assistant Shop Manager position3) Which breed of dog you like best "
             "and why it is your favourite of all the breeds.")
    assert is_run_together_list(glued)
    assert not _found(f"# Assistant Manager\n\n{glued}\n", "R104")
    # numbers in prose, with a space or in a version, are no glue
    for prose in ("You will move 2) older systems and 3) old files to Windows 11 by June.",
                  "You will use Office 365 and Windows 10 every day to prepare the board pack for the trustees."):
        assert not is_run_together_list(prose)


def test_a_tagline_after_a_colon_label_is_the_headings():
    """dev 0364 (open since seed 16): 'About X: A Title-Case Tagline' glued to the first sentence."""
    sentence = ("Lumen Signs, a fast growing young company, is changing the sign trade with quick quotes, fair prices "
                "and a promise to use only low-energy parts in every sign that leaves our small workshop.")
    glued = f"About Lumen Signs: Lighting Up the City, One Bright Sign at a Time {sentence}"
    assert leading_label_words(glued) >= 4 + 10
    assert not _found(f"# Sales Consultant\n\n{glued}\n", "R104")
    # a label then an ordinary sentence opening with a name: only the label is left out
    assert leading_label_words("Overview: The City of Tempe is hiring a deputy manager.") == 1
    long_sentence = ("Overview: The City of Tempe is hiring a deputy city manager who will lead the finance, budget, "
                     "procurement, payroll and audit teams, report to the council every month, and plan the city's "
                     "spending for the next ten years with the residents.")
    assert _found(f"# Deputy City Manager\n\n{long_sentence}\n", "R104")
