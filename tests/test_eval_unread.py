"""scripts/eval_unread.py --by-group prints recall per briefed group and nothing a case says."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import eval_unread  # noqa: E402


@pytest.mark.parametrize("kind, case, group", [
    ("vague", {"note": "requirements [beyond]: a trade idiom, no level"}, "requirements beyond"),
    ("vague", {"note": "Promises: nothing named"}, "promises"),
    ("bias", {"category": "family", "note": "frame: who has no one at home"}, "family/frame"),
    ("bias", {"category": "age", "note": "explicit: an age cap"}, "age/explicit"),
])
def test_a_briefed_group_is_counted_by_name(kind, case, group):
    assert eval_unread.group_of(case, kind) == group


@pytest.mark.parametrize("kind, case, group", [
    ("vague", {"note": "tattoos, visible ones"}, "other"),       # a free note's first word tells what the case is about
    ("bias", {"category": "appearance", "note": "height asked"}, "appearance/other"),
    ("vague", {"note": ""}, "other"),
])
def test_any_other_first_word_is_never_printed(kind, case, group):
    assert eval_unread.group_of(case, kind) == group
