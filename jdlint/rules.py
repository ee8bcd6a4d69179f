"""Kept for plugins: ``from jdlint.rules import rule, Pattern`` (the README's plugin example
before the rename) goes on working. jdlint's own code imports ``jdlint.rule``, which is where
a rule is defined; this name also collided with the top-level ``rules/`` folder of packs.
"""
from __future__ import annotations

from .rule import (
    CODE_RE, EXCEPTION, NAME_RE, FunctionRule, Match, Option, Pattern, Rule, RuleDeclarationError,
    RuleDoc, rule, validate_rule,
)

__all__ = ["CODE_RE", "EXCEPTION", "NAME_RE", "FunctionRule", "Match", "Option", "Pattern", "Rule",
           "RuleDeclarationError", "RuleDoc", "rule", "validate_rule"]
