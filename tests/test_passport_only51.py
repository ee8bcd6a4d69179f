"""A nationality's passport holders 'only' (session 51): D510's citizenship term held "only" inside it ("British passport
holders only", "(?:\\s+only)?"), so no frame cue was left after it and the plainest exclusion drew nothing, while "EU
passport holders preferred" and "Must hold an Irish passport" fired. The cue is now the frame's to read. A passport
needed for the travel the job does, or asked as the evidence of a right to work (the check the law asks of every
employer), stays silent; a nationality's passport for that check does not."""
from __future__ import annotations

import pytest

from conftest import loud_bias_matches


@pytest.mark.parametrize("text", [
    "British passport holders only.",
    "UK passport holders only.",
    "Canada/US passport holders only",
    "Teachers wanted for Seoul. American passport holders only, sorry.",
    "EU passport holders preferred.",
    "UK passport required for the right-to-work check.",
    "Must hold a British passport; right to work checks apply.",
])
def test_a_nationality_s_passport_holders_only_fire(text):
    assert loud_bias_matches(text, "origin"), text


@pytest.mark.parametrize("text", [
    "Must hold a valid passport as the role involves travel to Nigeria and Ghana.",
    "A full UK driving licence and a valid passport are essential for the European tours.",
    "Passport holders from any country are welcome to apply.",
    "We only need a copy of your passport to check your right to work in the UK.",
    "Bring your passport or birth certificate for right-to-work checks.",
])
def test_a_passport_for_travel_or_a_right_to_work_check_stays_silent(text):
    assert not loud_bias_matches(text, "origin"), loud_bias_matches(text, "origin")
