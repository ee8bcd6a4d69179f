#!/usr/bin/env python3
"""Where a long run's memory goes: bench.py's peak-RSS run (``lint_texts`` over bench.vary copies of the
corpus, --select ALL, streamed), printing every ``--every`` postings the process's RSS and peak, spaCy's
strings and lexemes, and the Python objects the collector tracks.

    .venv/bin/python scripts/memory_growth.py --ads 10000 --every 1000 --corpus /work/shared/corpus/dev
    .venv/bin/python scripts/memory_growth.py --ads 3000 --recycle 30000     # another Linter recycle threshold

bench.py reports the peak alone; this says whether it is reached early (what every run loads and warms:
models, tables, RE2's DFA states) or grows with the postings (new words: spaCy's vocabulary and tokenizer
cache, jdlint's per-word memos, until ``engine.RECYCLE_STRINGS`` starts a fresh pipeline). Session 40, at
50d1113, loaded machine: 340 MB after 1,000 postings, 351 / 358 / 361 / 364 / 368 / 378 / 380 / 385 MB after
2,000 ... 8,000 and 10,000, with about 4,900 new strings per 1,000 and the objects the collector tracks flat (about
173,000). Two runs of the same code differed by 5 MB at 1,000. Over the first 272 postings RSS grows about 170 MB
but tracemalloc sees 38 MB of it: most of what a run warms up is outside Python's allocator. It is RE2's: one pass
over the dev corpus (--select ALL) peaks at 326 MB, 219 MB without google-re2 (same findings); without the rule
index's sets alone 257 MB, without the ScreenedGroups' sets 268 MB, without the MatchStarts finders 303 MB.
--recycle 30000 (a fresh pipeline near 2,600 postings) made it worse: 370 MB after 3,000 against 358 MB.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import DEFAULT_CORPUS, vary  # noqa: E402


def status() -> dict[str, float]:
    """VmRSS and VmHWM (this process's peak) in MB."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ads", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--recycle", type=int, help="engine.RECYCLE_STRINGS for this run")
    args = ap.parse_args()

    import jdlint
    from jdlint import engine
    from jdlint import nlp as nlp_module
    from jdlint.config import Config

    if args.recycle is not None:
        engine.RECYCLE_STRINGS = args.recycle
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.md"))]
    if not texts:
        ap.error(f"no *.md postings in {args.corpus} (--corpus)")

    def postings():
        for i in range(args.ads):
            yield vary(texts[i % len(texts)], i // len(texts)), f"ad{i}.md"

    print(f"{args.ads:,} postings, RECYCLE_STRINGS {engine.RECYCLE_STRINGS:,}, jdlint {jdlint.__file__}")
    print(f"{'postings':>8} {'RSS MB':>7} {'peak MB':>7} {'strings':>8} {'lexemes':>8} {'objects':>8} {'findings':>9} {'CPU s':>6}")
    done = found = 0
    began = time.process_time()
    for report in jdlint.lint_texts(postings(), config=Config(select=("ALL",))):
        done += 1
        found += len(report.diagnostics)
        if done % args.every == 0 or done == args.ads:
            vocab = nlp_module.load().vocab
            s = status()
            print(f"{done:8d} {s['VmRSS']:7.1f} {s['VmHWM']:7.1f} {len(vocab.strings):8d} {len(vocab):8d} "
                  f"{len(gc.get_objects()):8d} {found:9d} {time.process_time() - began:6.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
