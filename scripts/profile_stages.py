#!/usr/bin/env python3
"""Process time per stage of a full-rule lint over a corpus: where a run's time goes.

    .venv/bin/python scripts/profile_stages.py                        # ../shared/corpus/dev
    .venv/bin/python scripts/profile_stages.py --corpus DIR --repeat 3
    .venv/bin/python scripts/profile_stages.py --profile sections     # cProfile of one stage
    .venv/bin/python scripts/profile_stages.py --profile total --warm --top 20   # of the whole warm run
    .venv/bin/python scripts/profile_stages.py --tree /tmp/base --tree .   # before/after, one run
    .venv/bin/python scripts/profile_stages.py --tree /tmp/base --tree . --repeat 3 --median --warm
    .venv/bin/python scripts/profile_stages.py --select NONE --profile total --warm   # no rule: the report alone

Every posting of the corpus (``*.md``, ``*.txt``, ``*.html``, sorted) is linted with every rule
(``Config(select=("ALL",))``) through ``jdlint.lint_text``, after a warm-up over the first 30,
and these stages are timed with ``time.process_time`` (CPU time of this process, so other
programs on a loaded machine disturb it less than wall time):

- ``parse``: ``parse_document`` (Markdown / plain text / HTML to the prose text and blocks);
- ``sections``: ``sections.detect``, section detection together with the extraction it asks
  for (``extract.leftovers``, ``extract.pay``: both are remembered per document or sentence, so
  the rules that ask again later pay little);
- ``matching``: ``PatternIndex.run``, every rule's phrases and regexes;
- ``rules``: every rule's ``check`` (its generator drained);
- ``metrics``: the report's metrics (``engine.base_metrics`` and every metric provider:
  readability, gender-coded wording...);
- ``total``: the whole loop, the spaCy pipeline included.

With ``--repeat N`` the corpus is linted N times and each stage's minimum is kept. With
``--warm`` the whole corpus is linted once before timing, as the bench's best-of-three API
throughput sees it (every RE2 DFA, word memo and lazily compiled regex warm); without it a run
shows what a fresh process pays over the corpus after its first 30 postings. Compare
figures only within one invocation: ``--tree`` runs this script once per source tree (a
checkout of jdlint, put first on ``sys.path`` in a child process), alternating the trees for
each repeat, so a before/after comparison sees the same machine state. The trees share the
current interpreter's installed dependencies.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: as tests/conftest.py finds it: ``JDLINT_DEV_CORPUS``, else beside the checkout (a worktree elsewhere names it)
DEFAULT_CORPUS = Path(os.environ.get("JDLINT_DEV_CORPUS") or ROOT.parent / "shared" / "corpus" / "dev")
STAGES = ("parse", "sections", "matching", "rules", "metrics", "total")
SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
WARM_UP = 30  # postings linted before timing: imports, caches and RE2 DFAs warm


def _postings(corpus: Path) -> list[tuple[str, str]]:
    paths = sorted(p for p in corpus.iterdir() if p.suffix.lower() in SUFFIXES)
    if not paths:
        raise SystemExit(f"no postings in {corpus}")
    return [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in paths]


def measure(corpus: Path, repeat: int = 1, profile: str | None = None, top: int = 30,
            warm: bool = False, select: tuple[str, ...] | None = ("ALL",)) -> dict[str, float]:
    """Seconds of process time per stage (minimum over ``repeat`` passes)."""
    import jdlint
    from jdlint import engine, sections
    from jdlint.config import Config
    from jdlint.matching import PatternIndex
    from jdlint.registry import load_registry

    times: dict[str, float] = {}
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()

    def timed(name, fn):
        def inner(*args, **kwargs):
            profiling = profiler is not None and name == profile and measuring
            start = time.process_time()
            if profiling:
                profiler.enable()
            try:
                result = fn(*args, **kwargs)
                return list(result) if name == "rules" else result
            finally:
                if profiling:
                    profiler.disable()
                times[name] = times.get(name, 0.0) + time.process_time() - start
        return inner

    engine.parse_document = timed("parse", engine.parse_document)
    sections.detect = timed("sections", sections.detect)
    PatternIndex.run = timed("matching", PatternIndex.run)
    engine.base_metrics = timed("metrics", engine.base_metrics)
    providers = [timed("metrics", provider) for provider in engine._metric_providers()]
    engine._metric_providers = lambda: providers
    for rule in load_registry(()).rules:  # the registry keeps these objects for every plan
        rule.check = timed("rules", rule.check)
    config = Config(select=select)
    postings = _postings(corpus)
    measuring = False
    for name, text in (postings if warm else postings[:WARM_UP]):
        jdlint.lint_text(text, path=name, config=config)
    best: dict[str, float] = {}
    for _ in range(repeat):
        times.clear()
        measuring = True
        start = time.process_time()
        if profiler is not None and profile == "total":
            profiler.enable()
        for name, text in postings:
            jdlint.lint_text(text, path=name, config=config)
        if profiler is not None and profile == "total":
            profiler.disable()
        times["total"] = time.process_time() - start
        measuring = False
        for stage in STAGES:
            best[stage] = min(best.get(stage, float("inf")), times.get(stage, 0.0))
    if profiler is not None:
        import pstats

        if os.environ.get("JDLINT_PROFILE_OUT"):  # for pstats callers/callees afterwards
            profiler.dump_stats(os.environ["JDLINT_PROFILE_OUT"])
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(top)
        stats.sort_stats("cumulative").print_stats(top)
    return best


def _compare(trees: list[Path], corpus: Path, repeat: int, warm: bool = False,
             median: bool = False, select: tuple[str, ...] | None = ("ALL",)) -> dict[str, dict[str, float]]:
    """Each tree measured in its own process, the trees taking turns ``repeat`` times: each stage's minimum, or with
    ``median`` its median over the processes (on a machine shared with other work the minimum flatters whichever
    tree drew a quiet moment)."""
    best: dict[str, dict[str, float]] = {str(t): {} for t in trees}
    runs: dict[str, list[dict[str, float]]] = {str(t): [] for t in trees}
    for _ in range(repeat):
        for tree in trees:
            env = dict(os.environ, PYTHONPATH=str(tree) + os.pathsep + os.environ.get("PYTHONPATH", ""))
            out = subprocess.run([sys.executable, __file__, "--corpus", str(corpus), "--json", "--child"]
                                 + (["--warm"] if warm else [])
                                 + ["--select", "DEFAULT" if select is None else ",".join(select) or "NONE"],
                                 env=env, capture_output=True, text=True, check=True, cwd=tree)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            runs[str(tree)].append(figures)
            for stage, seconds in figures.items():
                kept = best[str(tree)]
                kept[stage] = min(kept.get(stage, float("inf")), seconds)
    if median:
        import statistics

        return {tree: {stage: statistics.median(r[stage] for r in figures) for stage in figures[0]}
                for tree, figures in runs.items()}
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of postings (default: %(default)s)")
    parser.add_argument("--repeat", type=int, default=1, help="passes over the corpus; each stage's minimum is kept")
    parser.add_argument("--profile", choices=STAGES, help="print a cProfile of this stage, or of the whole run (total), to stderr")
    parser.add_argument("--top", type=int, default=30, help="rows of the cProfile listing")
    parser.add_argument("--tree", type=Path, action="append", default=[],
                        help="a jdlint source tree to measure in its own process (repeatable: before/after)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--warm", action="store_true", help="lint the whole corpus once before timing")
    parser.add_argument("--median", action="store_true",
                        help="with --tree: each stage's median over the repeats, not its minimum")
    parser.add_argument("--select", default="ALL",
                        help="rule codes, comma-separated, as Config(select=...); NONE: no rule, the report alone "
                             "(parse, pipeline, sections, metrics), as bench.py's no-rule row; DEFAULT: the default rule set "
                             "(default: %(default)s)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    select = {"NONE": (), "DEFAULT": None}.get(args.select.upper(), tuple(c for c in args.select.split(",") if c))
    if args.tree:
        results = _compare([t.resolve() for t in args.tree], corpus, args.repeat, args.warm, args.median, select)
        if args.json:
            print(json.dumps(results))
        else:
            for tree, figures in results.items():
                print(tree, {k: round(v, 2) for k, v in figures.items()})
        return 0
    # the tree under test (a child's cwd), else this script's own checkout, before any installed copy: an
    # editable install of another checkout would otherwise be the one measured
    sys.path.insert(0, os.getcwd() if args.child else str(ROOT))
    figures = measure(corpus, args.repeat, args.profile, args.top, args.warm, select)
    if args.json:
        print(json.dumps(figures))
    else:
        import jdlint

        print(Path(jdlint.__file__).parent.parent, {k: round(v, 2) for k, v in figures.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
