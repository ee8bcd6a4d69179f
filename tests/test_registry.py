"""Loading rules from every source: a code may be declared once, unless a pack overrides."""
from __future__ import annotations

from pathlib import Path

import pytest

from jdlint.registry import RegistryError, combine, load_registry
from jdlint.rule import FunctionRule, RuleDeclarationError, rule

PACK = """schema: 1
pack: mine
{override_pack}rules:
  - code: V101
    name: my-cliche
    category: vague
    type: phrase
    terms: [wizard]
    summary: My own wording rule.
{override_rule}"""


def write_pack(tmp_path: Path, override_pack: str = "", override_rule: str = "") -> str:
    path = tmp_path / "mine.yaml"
    path.write_text(PACK.format(override_pack=override_pack, override_rule=override_rule))
    return str(path)


def test_a_pack_reusing_a_builtin_code_is_an_error_naming_both(tmp_path):
    # it used to replace the built-in rule silently
    path = write_pack(tmp_path)
    with pytest.raises(RegistryError) as err:
        load_registry((path,))
    message = str(err.value)
    assert message.startswith(f"{path}: rule code V101 (my-cliche) is already declared by ")
    assert "vague.yaml" in message and "override: true" in message


@pytest.mark.parametrize("pack_key, rule_key", [("override: true\n", ""), ("", "    override: true\n")])
def test_override_replaces_the_builtin_rule(tmp_path, pack_key, rule_key):
    registry = load_registry((write_pack(tmp_path, pack_key, rule_key),))
    replaced = registry.find("V101")
    assert replaced.name == "my-cliche" and replaced.source == "mine"
    builtin = load_registry(()).find("V101")
    assert registry.find(builtin.name) is None  # the old name went with the old rule


def test_combine_refuses_duplicates_from_python_sources_too():
    def check(ctx):
        return ()

    a = FunctionRule(check, code="J901", name="one", category="meta", summary="One.")
    b = FunctionRule(check, code="J901", name="two", category="meta", summary="Two.")
    with pytest.raises(RegistryError, match=r"^plugin-b: rule code J901 \(two\) is already declared by plugin-a"):
        combine([(a, "plugin-a"), (b, "plugin-b")])
    b.override = True
    assert combine([(a, "plugin-a"), (b, "plugin-b")]) == [b]


def test_rule_declarations_are_strict():
    with pytest.raises(RuleDeclarationError, match="unknown keyword 'sumary' \\(did you mean 'summary'\\?\\)"):
        @rule(code="J902", name="typo", category="meta", sumary="Typo.")
        def typo(ctx):
            return ()
    with pytest.raises(RuleDeclarationError, match="summary is missing"):
        FunctionRule(lambda ctx: (), code="J903", name="bare", category="meta")


def test_option_defaults_declare_their_types():
    from jdlint.rule import Option, validate_rule

    r = FunctionRule(lambda ctx: (), code="J904", name="opts", category="meta", summary="Opts.",
                     options={"max": 3, "share": 0.5, "on": True, "allow": [], "label": "x"},
                     extra_options={"mode": Option("str", ("a", "b"))})
    kinds = {k: o.kind for k, o in r.option_types().items()}
    assert kinds == {"max": "int", "share": "number", "on": "bool", "allow": "list", "label": "str", "mode": "str"}
    assert r.option_types()["share"].check(1) == 1  # an int is a number
    assert r.option_types()["allow"].check(["A"]) == ("A",)  # frozen
    for name, bad in (("max", 2.5), ("max", True), ("on", "yes"), ("allow", "A"), ("mode", "c")):
        with pytest.raises(ValueError):
            r.option_types()[name].check(bad)
    assert validate_rule(r) == []
    broken = FunctionRule(lambda ctx: (), code="J905", name="broken", category="meta", summary="B.",
                          options={"map": {"a": 1}})
    assert validate_rule(broken) == ["option default {'a': 1} is not a number, string, true/false or list"]


def test_every_builtin_option_default_fits_its_type():
    from jdlint.rule import validate_rule

    for r in load_registry(()).rules:
        assert validate_rule(r) == [], r.code


def test_alias_bomb_and_tags_in_a_user_pack_are_refused_at_their_place(tmp_path):
    from jdlint.rule_packs import PackError, load_pack

    lines = ["schema: 1", "pack: bomb", "x0: &x0 [a, a, a, a, a, a, a, a, a, a]"]
    lines += [f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(PackError, match=rf"^{path}:8:\d+: aliases here expand to more than 200,000"):
        load_pack(path)
    path.write_text("schema: 1\npack: tagged\nrules: !!python/object:os.system []\n", encoding="utf-8")
    with pytest.raises(PackError, match=rf"^{path}:3:8: YAML tag"):
        load_pack(path)


def test_the_same_pack_named_twice_is_loaded_once(tmp_path):
    # config rule-packs plus --rule-pack naming the same file must not clash with itself
    path = tmp_path / "mine.yaml"
    path.write_text(PACK.format(override_pack="", override_rule="").replace("V101", "U101"), encoding="utf-8")
    registry = load_registry((str(path), str(tmp_path / "." / "mine.yaml"), str(tmp_path)))
    assert registry.find("U101").name == "my-cliche"
    assert sum(1 for p in registry.packs if p.name == "mine") == 1


def test_explain_lists_every_option_a_rule_accepts_with_its_type():
    from jdlint.explain import explain_markdown, explain_text

    registry = load_registry(())
    text = explain_text(registry.find("R104"))
    assert "  threshold: number, default 35.0" in text
    assert "  skip: list of eeo, negated, quoted" in text  # accepted without a default: still shown
    assert "  jurisdiction-element: one of pay, benefits, default 'pay'" in explain_text(registry.find("S104"))
    # the markdown (docs/rules.md, SARIF help) says what the defaults say, which a cached run's
    # saved rules know too
    assert "`jurisdiction-element` (text, default 'pay')" in explain_markdown(registry.find("S104"))
