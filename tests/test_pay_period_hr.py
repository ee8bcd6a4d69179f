"""The pay period "hr" (hour) against "HR" (human resources): a salary sentence that sends the reader to the HR
office's page is not paid by the hour (a real ad's $45,000 salary came out hourly, session 34)."""
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
