"""D510 on a demonym that is also the adjective ("Chinese"): people only where no noun of another kind
follows it (lead9)."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config


@pytest.mark.parametrize("text, fires", [
    # "Chinese" is both the people and the adjective: people only where no noun of another kind follows
    ("Chinese preferred.", True),
    ("Chinese only, no agents.", True),
    ("Chinese business experience preferred.", False),  # a market (noticed by bias10)
    ("Knowledge of Chinese markets is preferred.", False),
])
def test_a_demonym_that_is_also_the_adjective(text, fires):
    report = jdlint.lint_text("# Buyer\n\n" + text + "\n", path="job.md", config=Config(select=("D510",)))
    assert bool(report.diagnostics) is fires
