"""The package's import graph has no cycles, counting imports inside functions too.

A lazy import that closes a circle works only as long as nobody moves it to the top of its
module; the parsers used to import each other in a circle (markdown -> html -> markdown). Not
counted: imports under ``if TYPE_CHECKING:`` (never run) and imports of the ``jdlint`` package
itself (a submodule's parent is always loaded first).
"""
from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "jdlint"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(module: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module
            for alias in node.names:  # "from . import checks" names a module, not an attribute
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
    return {m for m in found if m in MODULES and m not in (module, "jdlint")}


def import_graph() -> dict[str, set[str]]:
    return {module: _imports(module, path) for module, path in MODULES.items()}


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    cycles, state = [], {}

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        stack.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, stack)
        stack.pop()
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [])
    return cycles


def test_the_import_graph_has_no_cycles():
    graph = import_graph()
    assert len(graph) > 30 and "jdlint.parse.markdown" in graph
    assert find_cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == [["a", "b", "c", "a"]]


def test_parsers_share_line_helpers_instead_of_importing_each_other():
    graph = import_graph()
    parsers = {"jdlint.parse.markdown", "jdlint.parse.plaintext", "jdlint.parse.html"}
    assert graph["jdlint.parse.plaintext"] & parsers == set()
    assert graph["jdlint.parse.html"] & parsers == set()
    assert all("jdlint.parse.lines" in graph[p] for p in parsers)


def test_formatters_do_not_import_the_engine():
    assert "jdlint.engine" not in graph_closure("jdlint.formatters")


def graph_closure(module: str) -> set[str]:
    graph, seen, todo = import_graph(), set(), [module]
    while todo:
        for dep in graph[todo.pop()]:
            if dep not in seen:
                seen.add(dep)
                todo.append(dep)
    return seen


# The package ``jdlint.checks`` is imported only to collect what its modules declare (the
# registry's RULES, the engine's METRIC_PROVIDERS); what a rule family shares with the rest of
# the engine lives outside it (``paylaw.py``, ``extract/``), so no engine module depends on one
# rule family's internals.
COLLECTORS = {"jdlint.registry", "jdlint.engine"}


def test_only_the_collectors_import_the_rule_families():
    graph = import_graph()
    outside = {m: deps for m, deps in graph.items() if not m.startswith("jdlint.checks")}
    family = {m: sorted(d for d in deps if d.startswith("jdlint.checks.")) for m, deps in outside.items()}
    assert {m: d for m, d in family.items() if d} == {}
    package = {m for m, deps in outside.items() if "jdlint.checks" in deps}
    assert package <= COLLECTORS, package - COLLECTORS
    assert "jdlint.paylaw" in graph["jdlint.rule_packs"]  # the section rule type's law lookup


CONTRIBUTING = ROOT / "docs" / "contributing.md"


def _module_map_rows() -> list[list[str]]:
    """The file names of each row of contributing.md's "Module map" table, top to bottom."""
    import re

    text = CONTRIBUTING.read_text(encoding="utf-8")
    table = text[text.index("## Module map"):text.index("Imports go down this table")]
    rows = []
    for line in table.splitlines():
        if line.startswith("| `"):
            first_cell = line.split("|")[1]
            rows.append([n for n in re.findall(r"`([^`]+)`", first_cell) if n.endswith((".py", "/"))])
    return rows


def _row_of(module: str, rows: list[list[str]]) -> int | None:
    """The row naming ``module``: its file exactly, else its folder (``checks/*.py`` for the
    modules of ``checks`` but not its ``__init__``)."""
    path = "/".join(module.split(".")[1:])
    exact = f"{path}/__init__.py" if module != "jdlint" and (PACKAGE / path / "__init__.py").exists() else \
        ("__init__.py" if module == "jdlint" else f"{path}.py")
    folder = path.rsplit("/", 1)[0] + "/" if "/" in path else None
    for wanted in (exact, folder and folder + "*.py", folder or (path + "/" if exact.endswith("__init__.py") else None)):
        for i, row in enumerate(rows):
            if wanted and wanted in row:
                return i
    return None


def test_the_module_map_lists_every_module_and_imports_go_down_it():
    rows = _module_map_rows()
    graph = import_graph()
    where = {m: _row_of(m, rows) for m in graph}
    assert [m for m, i in where.items() if i is None] == []
    upward = [(m, d) for m, deps in graph.items() for d in deps if where[d] < where[m]]
    assert upward == []
