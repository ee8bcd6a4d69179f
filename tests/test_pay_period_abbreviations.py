"""Period abbreviations that are also other words: "hr" (hour) against "HR" (human resources): a salary sentence
that sends the reader to the HR office's page is not paid by the hour (a real ad's $45,000 salary came out hourly,
session 34); "min" (minute) against "Min." (minimum): "Min. 20,000 RMB" is a floor, not a rate per minute."""
from __future__ import annotations

import pytest

from conftest import first_pay_figure


@pytest.mark.parametrize("text", [
    "The salary for this post is $45,000, with benefits as listed on the HR website.",
    "Starting salary £31,200; see HR for the pension scheme.",
    "Pay: R18,000 per month. Contact HR with questions.",
])
def test_human_resources_is_no_hour(text):
    assert first_pay_figure(text)[4] != "hour"


@pytest.mark.parametrize("text", [
    "Pay: $25/HR plus tips.",
    "Rate: $22 per HR, weekends included.",
    "Starting at $18.50/hr.",
    "£12 an hr for evening shifts.",
])
def test_hr_after_an_amount_or_rate_word_is_an_hour(text):
    assert first_pay_figure(text)[4] == "hour"


@pytest.mark.parametrize("text", ["Salary: Min. 20,000 RMB, paid monthly in arrears.", "Salary: 20,000 RMB min.",
                                  "Pay: min £24,000 depending on experience."])
def test_min_as_minimum_is_no_minute(text):
    assert first_pay_figure(text)[4] != "minute"


@pytest.mark.parametrize("text", ["Pay: $1.20 per min of talk time.", "Rate: $1.20/min on every call.",
                                  "Earn 10p a min on inbound calls."])
def test_min_as_a_rate_unit_is_the_minute(text):
    assert first_pay_figure(text)[4] == "minute"
