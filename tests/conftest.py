from __future__ import annotations

import atexit
import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# One cache folder per test run, inherited by every subprocess: tests never read or write
# the user's cache (~/.cache/jdlint: derived tables and saved results), and results saved by an
# older checkout can never answer for this one. Tests about the cache point it elsewhere.
# Under pytest-xdist the controller makes the folder and its workers (started with its
# environment) share it: the derived tables cost a cold process about 8 CPU-s to build, once per
# run instead of once per worker. Entries are written atomically (cache.write_atomic), so two
# workers building the same one at once is harmless; only the process that made the folder
# removes it, after its workers are gone.
if os.environ.get("PYTEST_XDIST_WORKER") and os.environ.get("JDLINT_TEST_CACHE_RUN") == os.environ.get("JDLINT_CACHE_DIR"):
    pass  # a worker: the controller's folder
else:
    os.environ["JDLINT_CACHE_DIR"] = os.environ["JDLINT_TEST_CACHE_RUN"] = tempfile.mkdtemp(prefix="jdlint-test-cache-")
    atexit.register(shutil.rmtree, os.environ["JDLINT_CACHE_DIR"], ignore_errors=True)
os.environ.pop("JDLINT_NO_CACHE", None)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
#: The shared development corpus (272 real ads), outside the repository: tests that read it take
#: the ``dev_corpus`` fixture, which skips them with a visible reason when it is absent, rather
#: than letting them quietly check less. ``JDLINT_DEV_CORPUS`` names another folder (or a missing
#: one, to see what is skipped without it).
CORPUS = Path(os.environ.get("JDLINT_DEV_CORPUS") or ROOT.parent / "shared" / "corpus" / "dev")


#: the most xdist workers the suite starts by itself: each holds the language pipeline (300-450 MB)
MAX_WORKERS = 4


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook turns -n into workers
def pytest_cmdline_main(config):
    """With pytest-xdist installed and no -n given, run on every core this process may use (CI has
    two; at most ``MAX_WORKERS``), dealing out whole test files (--dist loadfile): a file's
    module fixtures (a corpus linted once, a wheel built once, a browser or Spark session started
    once) and module-level caches are computed once, on one worker. (loadgroup, which would share
    a single slow file too, marks groups by rewriting item._nodeid, which pytest 9 no longer
    reads: with xdist 3.8 it dealt a group's tests to both workers.)
    Not for a run naming single tests ("file::test": starting workers costs more than it saves),
    --pdb, --collect-only, or inside a worker. Set here rather than as addopts, which would make
    `-p no:xdist` and an environment without the plugin fail on an unknown -n."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    if os.environ.get("PYTEST_XDIST_WORKER"):
        return  # a worker (or a pytest started by one): the controller deals the tests
    if config.option.numprocesses is None and not (
            config.option.usepdb or config.option.collectonly or any("::" in arg for arg in config.args)):
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
        config.option.numprocesses = min(MAX_WORKERS, cores) if cores > 1 else 0
    if config.option.numprocesses and config.option.dist == "no":
        config.option.dist = "loadfile"


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    """The dev corpus folder; the test is skipped (reported as such) when it is not there."""
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.md")):
        pytest.skip(f"needs the shared dev corpus at {CORPUS} (not in this checkout)")
    return CORPUS


@pytest.fixture(params=["own texts", "and dev corpus"])
def corpus_too(request) -> Path | None:
    """Runs a test twice: on its own texts (None), then with the dev corpus folder added; that
    second run is skipped, and says so, when the corpus is absent."""
    if request.param == "own texts":
        return None
    return request.getfixturevalue("dev_corpus")
# A posting written for these tests: one finding from several families, an EEO statement.
BAD_POSTING = (
    "# Sales Rockstar\n\n"
    "We want a young, energetic digital native to join us.\n"
    "Competitive salary.\n\n"
    "We are an equal opportunity employer and welcome applicants regardless of age.\n"
)


def run_cli(*args: str, stdin: str | bytes | None = None, cwd: str | Path | None = None,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m jdlint`` in a subprocess, as a user would."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    proc = subprocess.run([sys.executable, "-m", "jdlint", *args], input=data, capture_output=True,
                          cwd=str(cwd or ROOT), env=full_env, timeout=300)
    proc.stdout = proc.stdout.decode("utf-8", "replace")
    proc.stderr = proc.stderr.decode("utf-8", "replace")
    return proc


def run_json(*args: str, **kw) -> tuple[subprocess.CompletedProcess, dict]:
    proc = run_cli("--format", "json", *args, **kw)
    return proc, json.loads(proc.stdout) if proc.stdout.strip() else {}


@pytest.fixture
def bad_posting(tmp_path: Path) -> Path:
    path = tmp_path / "bad.md"
    path.write_text(BAD_POSTING, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def lint():
    """lint(text, path='t.md', **config) -> FileReport with the built-in defaults."""
    import jdlint
    from jdlint.config import Config

    def _lint(text: str, path: str = "t.md", **config):
        return jdlint.lint_text(text, path=path, config=Config(**config) if config else None)

    return _lint


def codes(report) -> list[str]:
    return [d.code for d in report.diagnostics]


class CountingPattern:
    """A compiled regex that counts the characters it is asked to search: work measured by count, not time
    (a test patches a module's pattern with it and asserts a scan stays linear, or is skipped)."""

    def __init__(self, pattern):
        self.pattern, self.scanned = pattern, 0

    def search(self, text, *args):
        self.scanned += len(text)
        return self.pattern.search(text, *args)

    def finditer(self, text, *args):
        self.scanned += len(text)
        return self.pattern.finditer(text, *args)


def matches_in_a_posting(text: str, code: str) -> list[str]:
    """The matched text of every ``code`` finding when ``text`` is the body of a posting under a
    title, with the built-in defaults (the vague class tests' fixture). A run of vague phrases the
    engine reports as one finding (``engine.one_finding_per_sentence``) is read phrase by phrase."""
    import jdlint
    from jdlint.engine import each_phrase

    report = jdlint.lint_text("# Job\n\n" + text + "\n", "t.md")
    return [d.match for d in each_phrase(report.diagnostics, report.source.text) if d.code == code]


def findings_in(text: str, *codes: str, **config) -> list:
    """The findings of ``codes`` (every rule when none is given) on ``text`` linted as a Markdown
    posting with only those rules selected; ``config`` adds Config fields (``rule_options=...``)."""
    import jdlint
    from jdlint.config import Config

    config.setdefault("select", tuple(codes) or ("ALL",))
    return [d for d in jdlint.lint_text(text, "t.md", config=Config(**config)).diagnostics
            if not codes or d.code in codes]


def finding_matches(text: str, code: str) -> list[str]:
    """The matched text of each ``code`` finding on ``text``, that rule alone selected."""
    return [d.match for d in findings_in(text, code)]


def bias_findings(text: str, select=("D",), rules_only: bool = False) -> list:
    """Every finding on ``text`` linted as one paragraph of a posting under a title, with the bias rules
    (``select``) on: the bias class tests' fixture. ``rules_only``: the bias model's codes (D119-D919) ignored, so a
    class test fails when the named rule's mechanism is missing even if the model would cover for it."""
    import jdlint
    from jdlint.checks.bias_selection import CODES
    from jdlint.config import Config

    config = Config(select=select, ignore=tuple(sorted(CODES)) if rules_only else ())
    return jdlint.lint_text("# Job\n\n" + text + "\n", path="job.md", config=config).diagnostics


def loud_bias_matches(text: str, category: str, rules_only: bool = False) -> list[str]:
    """The matched text of each ``bias.<category>`` warning or error on ``text`` (``bias_findings``)."""
    from jdlint.diagnostics import Severity

    return [d.match for d in bias_findings(text, rules_only=rules_only)
            if d.category == "bias." + category and d.severity >= Severity.warning]


def assert_bias_fires(category: str, text: str, span: str, rules_only: bool = False) -> None:
    """A ``bias.<category>`` warning or error on ``text`` whose match holds ``span`` or lies inside it, letter case
    aside (the bias class tests' fire cases; ``rules_only`` as ``bias_findings``)."""
    assert any(span.lower() in m.lower() or m.lower() in span.lower()
               for m in loud_bias_matches(text, category, rules_only=rules_only)), (
        text, [(d.code, d.match) for d in bias_findings(text)])


def assert_bias_silent(category: str, text: str, rules_only: bool = False) -> None:
    """No ``bias.<category>`` warning or error on ``text`` (the bias class tests' near-misses)."""
    assert not loud_bias_matches(text, category, rules_only=rules_only), (
        text, [(d.code, d.match) for d in bias_findings(text)])


def first_pay_figure(text: str) -> tuple:
    """(kind, minimum, maximum, currency, period) of the first pay mention of ``text`` that gives a figure."""
    from jdlint.extract.pay import pay_mentions

    found = [m for m in pay_mentions(text) if m.figure is not None]
    assert found, f"no figure in {text!r}"
    f = found[0].figure
    return found[0].kind, f.minimum, f.maximum, f.currency, f.period


def assert_pay_figure(text: str, expected: tuple) -> None:
    """``first_pay_figure`` of ``text`` is ``expected`` (kind, minimum, maximum, currency, period); a period of None
    in ``expected`` is not checked."""
    import pytest

    kind, low, high, currency, period = first_pay_figure(text)
    assert (kind, currency) == (expected[0], expected[3])
    assert (low, high) == pytest.approx(expected[1:3])
    if expected[4]:
        assert period == expected[4]



@functools.cache
def default_synonyms():
    """The section synonyms of the default configuration (built once per test process)."""
    from jdlint.config import Config
    from jdlint.engine import make_plan

    return make_plan(Config()).synonyms


def section_kinds(text: str) -> set[str]:
    """The kinds of the sections found in ``text`` read as a Markdown posting, empty ones left out (what the
    section class tests check)."""
    from jdlint import sections
    from jdlint.engine import parse_document
    from jdlint.source import SourceFile

    document = parse_document(SourceFile(path="ad.md", text=text, kind="markdown"))
    return {s.kind for s in sections.detect(document, default_synonyms()) if not s.empty}


def benefit_score(sentence: str) -> float:
    """A sentence's benefit score in section classification (``classify._sentence_scores``): 0 when it offers no perk."""
    from jdlint.sections import classify

    return classify._sentence_scores(sentence)[4]


def pay_case_labels(text: str) -> set[str]:
    """What the pay/placeholder scorer sees in one case (``scripts/eval_pay_placeholder.labels_found``: the case
    after a line of duties, its T102/T103/P101/P102 codes and "pay-section" when a pay section with a figure is
    found), so a test of pay wording and the scorer read a case the same way."""
    return load_script("eval_pay_placeholder").labels_found({"text": text})


def load_script(name: str):
    """``scripts/<name>.py`` as a module: the evaluation and benchmark scripts are not a package,
    and several tests reuse their scoring instead of writing it again."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def vague_probe_outcome(name: str) -> tuple[set[str], set[str]]:
    """The ids of the vague probes (``tests/data/<name>``, scored by scripts/eval_vague.py) that no rule finds and of
    those a silent probe is flagged on: each session's probe file pins both sets, so a gap that closes or an alarm that
    opens shows up."""
    eval_vague = load_script("eval_vague")
    scores = eval_vague.evaluate(eval_vague.load(ROOT / "tests" / "data" / name))
    misses = {case["id"] for score in scores.values() for case in score["misses"]}
    alarms = {case["id"] for score in scores.values() for case, _ in score["alarms"]}
    return misses, alarms


def bias_probe_grid(probes: list[dict], rules_only: bool = False) -> tuple[int, int]:
    """(fire probes found, near-misses loud) over a bias probe file's cases: a fire case is found when a warning of its
    category holds its span or lies inside it (``assert_bias_fires``), a near-miss is loud with any warning of its
    category (the frame probe tests' floors and ceilings)."""
    tp = fp = 0
    for case in probes:
        loud = loud_bias_matches(case["text"], case["category"], rules_only=rules_only)
        if case["expect"] == "fire":
            span = case["span"].lower()
            tp += any(span in m.lower() or m.lower() in span for m in loud)
        else:
            fp += bool(loud)
    return tp, fp


def span_found(span: str, found: list[str]) -> bool:
    """A finding on the phrase: one of the matched words ``found`` holds ``span`` or lies inside it (the session probe
    tests' fire cases)."""
    return any(span in m or m in span for m in found)


def pay_probe_params(name: str, known_gaps: dict[str, str]) -> list:
    """The pay and placeholder probes of ``tests/data/<name>`` as pytest params, those in ``known_gaps`` (text -> why
    left) strict xfails, so a gap that closes shows up as well as a probe that starts failing."""
    import pytest
    from jdlint.yamlio import load_fast

    cases = load_fast((ROOT / "tests" / "data" / name).read_text(encoding="utf-8"))["cases"]
    params = []
    for case in cases:
        marks = (pytest.mark.xfail(strict=True, reason=known_gaps[case["text"]]),) if case["text"] in known_gaps else ()
        params.append(pytest.param(case, id=f"{case['class']}:{case['text'][:40]}", marks=marks))
    return params

