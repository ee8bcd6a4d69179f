"""Session 43's hostile-input work (scripts/hostile_battery.py): P101's money-mask test asks its two long
scans only of a text holding a character a money mask is written with, so 300 kB of "$" costs no scan."""
from __future__ import annotations

import pytest

from conftest import CountingPattern, findings_in
from jdlint.checks import pay
from jdlint.extract.leftovers import FILL_INS, MARKERS, placeholder_table

#: money masks from the placeholder grammar's own examples (data/placeholders.yaml, kind money) and
#: the fill-in branches of FILL_INS and MARKERS: each in a sentence the old, ungated scan finds
MASKS = [text for m in placeholder_table()["masks"] if m["kind"] == "money" for text in m["fires"]] + [
    "Salary: $__,___ per year.", "Pay: £___ per day.", "$[rate] per hour.", "$[SALARY_MIN] to $[SALARY_MAX].",
    "R____ per day.", "₹__,__,___ a year.", "AUD ___ per day.", "Salary: $##,###.", "Salary: $XX,XXX.",
    "Pay: $xx.xx an hour.", "Up to €X,XXX a month.",
]


def _ungated(text: str) -> bool:
    return (any(m.group("money") for m in MARKERS.finditer(text))
            or any(m.group("money") or m.group("mask_money") for m in FILL_INS.finditer(text)))


@pytest.mark.parametrize("text", MASKS)
def test_every_money_mask_holds_a_gate_character(text):
    """The gate is exact: a text the scans find a money mask in always holds one of its characters."""
    assert _ungated(text), text  # the example is a mask the scans find (else the test proves nothing)
    assert pay._MASK_CHARACTER.search(text), text


@pytest.fixture
def counted(monkeypatch):
    """FILL_INS and MARKERS as P101 sees them, counting the characters each scan is given."""
    counters = {name: CountingPattern(getattr(pay, name)) for name in ("FILL_INS", "MARKERS")}
    for name, counter in counters.items():
        monkeypatch.setattr(pay, name, counter)
    return counters


@pytest.mark.parametrize("n", [2_000, 8_000])
def test_a_run_of_dollar_signs_is_never_scanned_for_a_mask(counted, n):
    """Work by count, not time: at 1x and 4x the run's length P101's money-mask scans read nothing (before the
    gate they read the whole text, and FILL_INS cost 2.5 of the 7.7 CPU-s of the battery's 300 kB of "$")."""
    findings_in("# Role\n\nCompetitive salary.\n\n" + "$" * n + "\n", "P101")
    assert counted["FILL_INS"].scanned == counted["MARKERS"].scanned == 0


def test_a_mask_beside_vague_pay_is_still_found(counted):
    """The near-miss: a real mask is still scanned for and found, so P101 stands aside for T102."""
    text = "# Role\n\nCompetitive salary: $XX,XXX a year.\n"
    assert not findings_in(text, "P101")
    assert counted["FILL_INS"].scanned or counted["MARKERS"].scanned
    assert findings_in("# Role\n\nCompetitive salary and $$$ bonuses.\n", "P101")  # no mask: vague pay
