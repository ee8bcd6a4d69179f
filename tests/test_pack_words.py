"""Word classes in a rule pack (``words:``): a list named once and used by name in regex rules,
so a class of words is data, written and reviewed in one place."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.rule_packs import PackError, load_pack

PACK = """schema: 1
pack: perks
words:
  praise: [great, amazing, fantastic]
  perk: [perks, benefits, rewards]
  praised-perk: ['{{praise}}\\s+{{perk}}']
rules:
  - code: ZW101
    name: praised-perks
    category: vague
    type: regex
    summary: Perks praised with nothing named.
    patterns: ['\\b(?P<flag>{{praised-perk}})\\b']
    exceptions: [great perks such as]
"""


def write(tmp_path, text):
    path = tmp_path / "perks.yaml"
    path.write_text(text)
    return str(path)


def lint(pack, text):
    config = Config(rule_packs=(pack,), select=("ZW101",))
    return [d.match for d in jdlint.lint_text(text, path="ad.md", config=config).diagnostics]


def test_a_word_class_is_written_into_the_patterns_that_name_it(tmp_path):
    pack = load_pack(write(tmp_path, PACK))
    (rule,) = pack.rules
    assert [p.value for p in rule.patterns()] == [
        r"\b(?P<flag>(?:(?:great|amazing|fantastic)\s+(?:perks|benefits|rewards)))\b",
        "great perks such as"]


def test_a_rule_with_word_classes_fires_and_keeps_its_exceptions(tmp_path):
    pack = write(tmp_path, PACK)
    assert lint(pack, "# Cook\n\nWe offer amazing benefits and a friendly team.\n") == ["amazing benefits"]
    assert lint(pack, "# Cook\n\nWe offer 25 days' holiday and a pension.\n") == []
    assert lint(pack, "# Cook\n\nWe offer great perks such as free meals.\n") == []


@pytest.mark.parametrize("old, new, message", [
    # a class used but never defined is named with its place and the nearest name
    ("\\b(?P<flag>{{praised-perk}})\\b", "\\b{{praise}}\\s+{{perks}}\\b",
     r"perks\.yaml:13:16: unknown word class \{\{perks\}\} \(did you mean 'perk'\?\)"),
    # classes are defined in order: one may only name those above it
    ("  praise: [great, amazing, fantastic]\n  perk: [perks, benefits, rewards]\n",
     "  perk: [perks, benefits, rewards]\n  praised-perk0: ['{{praise}}']\n  praise: [great]\n",
     r"perks\.yaml:5:3: unknown word class \{\{praise\}\}"),
    ("  praise: [great, amazing, fantastic]", "  praise: []", r"perks\.yaml:4:3: word class 'praise' is a non-empty list"),
    ("  praise: [great, amazing, fantastic]", "  Praise: [great]", r"perks\.yaml:4:3: a word class name is lower-case"),
])
def test_a_broken_word_class_stops_the_load_at_its_place(tmp_path, old, new, message):
    assert old in PACK
    with pytest.raises(PackError, match=message):
        load_pack(write(tmp_path, PACK.replace(old, new)))


def test_words_must_map_names_to_lists(tmp_path):
    start, end = PACK.index("words:"), PACK.index("rules:")
    text = PACK[:start] + "words: [great]\n" + PACK[end:]
    with pytest.raises(PackError, match=r"perks\.yaml:3:1: 'words' maps a class name to a list of alternatives"):
        load_pack(write(tmp_path, text))


def test_a_word_class_is_held_to_the_rules_of_user_patterns(tmp_path):
    # expanded before the RE2 check, so a lookaround hidden in a class is refused like any other
    text = PACK.replace("  praise: [great, amazing, fantastic]", "  praise: ['great(?! value)', amazing]")
    with pytest.raises(PackError, match=r"regular expression not supported"):
        load_pack(write(tmp_path, text))
