#!/usr/bin/env python3
"""Time per character of every rule and stage against the size of one posting.

    .venv/bin/python scripts/scaling.py                    # 10 kB, 100 kB and 1 MB
    .venv/bin/python scripts/scaling.py --sizes 10000 300000

Every rule must be linear in the posting's length (D405 once re-searched the whole text at
every match: 72 kB took 9 s, 289 kB 114 s). A posting of each size is built from real ads with
every rule's ``bad`` examples spread through it, so every rule fires in proportion to the
length (a rule that does extra work per match shows it); copies get words of their own
(``bench.vary``) so per-sentence memos cannot answer for a long posting. Each rule's ``check``
and each shared stage (parse, sections, pattern matching) is timed inside one lint, and the
time per character is compared with the smallest size's. ``tests/test_scaling.py`` runs the
same measurement with a small budget and fails past a ratio of 3.
"""
from __future__ import annotations

import argparse
import contextlib
import gc
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import DEFAULT_CORPUS, vary  # noqa: E402

STAGES = ("parse", "sections", "matching", "total")

#: CPU time of this thread, not the wall clock: on a loaded machine a wall-clock time is mostly
#: the wait for a core (a run of 0.1 s could read 0.3 s), CPU time what the code itself costs.
_clock = time.thread_time


def rule_examples() -> list[str]:
    """The shortest ``bad`` example of every built-in rule, up to 300 characters (readability
    examples are whole paragraphs; the ads fire those rules anyway)."""
    from jdlint.registry import load_registry

    out = []
    for rule in load_registry(()).rules:
        shortest = min((b for b in rule.doc.bad if b.strip()), key=len, default="")
        if 0 < len(shortest) <= 300:
            out.append(shortest)
    return out


def dense_posting(ads: list[str], examples: list[str], size: int, copy: int) -> str:
    """About ``size`` characters in units of about UNIT characters (so every size has the same
    make-up): one example of every rule, then an ad (real text, with new words for this
    ``copy`` so that no two postings share their sentences) cut to fill the unit."""
    head = "\n\n".join(examples)
    parts: list[str] = []
    total = i = 0
    while total < size:
        ad = vary(ads[i % len(ads)], copy * 1000 + i // len(ads) + 1)[: max(1000, UNIT - len(head))]
        parts += (head, ad)
        total += len(head) + len(ad) + 4
        i += 1
    return "\n\n".join(parts)[:size]


#: Characters per unit of a dense posting: the smallest size measured.
UNIT = 10_000


@contextlib.contextmanager
def timed(times: dict[str, float]):
    """Add the seconds spent in every rule's ``check`` and in each shared stage to ``times``
    while the block runs (the rule objects are shared: their methods are restored after)."""
    from jdlint import engine, sections
    from jdlint.matching import PatternIndex
    from jdlint.registry import load_registry

    def wrap(name, fn):
        def inner(*a, **kw):
            t = _clock()
            try:
                result = fn(*a, **kw)
                if name.startswith("rule "):  # checks are generators: the work is in the loop
                    result = list(result)
                return result
            finally:
                times[name] = times.get(name, 0.0) + _clock() - t
        return inner

    rules = load_registry(()).rules
    saved = [(engine, "parse_document", engine.parse_document), (sections, "detect", sections.detect),
             (PatternIndex, "run", PatternIndex.run)]
    engine.parse_document = wrap("parse", engine.parse_document)
    sections.detect = wrap("sections", sections.detect)
    PatternIndex.run = wrap("matching", PatternIndex.run)
    for rule in rules:
        rule.check = wrap(f"rule {rule.code}", rule.check)
    try:
        yield times
    finally:
        for owner, name, value in saved:
            setattr(owner, name, value)
        for rule in rules:
            del rule.check  # the instance attribute: the class's method shows again


def lint_times(posting: str) -> dict[str, float]:
    """Seconds per rule and stage for one lint of ``posting`` (every rule on), the garbage
    collector paused so that its passes over a large heap are not charged to whatever runs."""
    import jdlint
    from jdlint.config import Config

    times: dict[str, float] = {}
    gc.collect()
    gc.disable()
    try:
        with timed(times):
            t = _clock()
            jdlint.lint_text(posting, path="big.md", config=Config(select=("ALL",)))
            times["total"] = _clock() - t
    finally:
        gc.enable()
    return times


def per_char(sizes: list[int], ads: list[str], repeats: dict[int, int] | None = None) -> dict[int, dict[str, float]]:
    """Seconds per character of each rule and stage at each size: the minimum over ``repeats``
    (by size) lints of different postings of that size, which leaves out most of a loaded
    machine's noise (noise only ever adds time)."""
    import jdlint

    examples = rule_examples()
    jdlint.lint_text(dense_posting(ads, examples, min(sizes), 99))  # start-up: pipeline, tables
    out: dict[int, dict[str, float]] = {}
    for size in sizes:
        best: dict[str, float] = {}
        for copy in range((repeats or {}).get(size, 1)):
            posting = dense_posting(ads, examples, size, copy)
            for name, seconds in lint_times(posting).items():
                best[name] = min(best.get(name, seconds), seconds / len(posting))
        out[size] = best
    return out


def load_ads(corpus: Path) -> list[str]:
    return [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("*.md"))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--top", type=int, default=12, help="rules shown, by time per character at the largest size")
    args = ap.parse_args()
    sizes = sorted(args.sizes)
    result = per_char(sizes, load_ads(args.corpus), repeats={sizes[0]: 3})
    small, large = result[sizes[0]], result[sizes[-1]]
    header = "".join(f"{s // 1000:>9} kB" for s in sizes)
    print(f"{'us per character':<16}{header}   {sizes[-1] // 1000} kB / {sizes[0] // 1000} kB")
    names = [n for n in STAGES if n in large]
    names += sorted((n for n in large if n not in STAGES), key=lambda n: -large[n])[: args.top]
    for name in names:
        row = "".join(f"{result[s].get(name, 0) * 1e6:12.3f}" for s in sizes)
        ratio = large[name] / small[name] if small.get(name) else float("nan")
        print(f"{name:<16}{row}   {ratio:6.2f}x")
    worst = max((large[n] / small[n], n) for n in large if n.startswith("rule ") and small.get(n))
    print(f"worst rule: {worst[1]} at {worst[0]:.2f}x the time per character of the {sizes[0] // 1000} kB posting")
    return 0


if __name__ == "__main__":
    sys.exit(main())
