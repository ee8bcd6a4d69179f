"""D405 (bias36): transport asked for ("Reliable transportation", "own transport essential") is met by a bus, a lift or a
bike, so it screens out people who cannot drive only if the job drives: info, with a message that says so. A licence or a
car asked for stays a warning; beside a driving duty all three are info (the basis)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


# D405: transport asked for is met by a bus, a lift or a bike, so it is info unless the job drives (session 35's judges:
# a bare "Reliable Transportation" warned was heavy, dev 0153; beside driving duties wrong, dev 0171, 0245); a licence
# or a car stays a warning
@pytest.mark.parametrize("text, severity", [
    ("Requirements:\n\n- Reliable transportation\n- Excellent attendance", "info"),
    ("Own transport is essential.", "info"),
    ("You must have reliable transportation to and from work.", "info"),
    ("Own car essential.", "warning"),
    ("Requirements:\n\n- Own vehicle\n- Excellent attendance", "warning"),
    ("A valid driver's license is required.", "warning"),
])
def test_transport_is_info_a_car_or_licence_a_warning(text, severity):
    report = jdlint.lint_text("# Office Assistant\n\nYou will work in our office.\n\n" + text + "\n", "t.md",
                              config=Config(select=("D405",)))
    assert [d.severity.name for d in report.diagnostics] == [severity], text


def test_transport_message_says_transport_is_not_driving():
    report = jdlint.lint_text("# Job\n\n- Reliable transportation\n", "t.md", config=Config(select=("D405",)))
    assert [d.message for d in report.diagnostics] == [
        "'Reliable transportation' asks for transport, not for driving; if the job does not drive, say how the "
        "workplace or sites can be reached (public transport, shift times), so people who cannot drive are not put off"]
