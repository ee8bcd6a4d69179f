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

Session 46 (mem46), base46 at 6f123c9 (session 45's frame45 and pay45 merged: 408.4 MB at 10,000 in the
bench), machine loaded 4-6x over its 2 cores: 358 / 367 / 372 / 378 / 381 / 385 / 386 MB after 500, 1,000 ...
3,500 postings. ``--re2`` records every RE2 set and start finder the run builds with the distinct texts each
is asked about, then builds each afresh and replays it (malloc'd MB, so no RSS noise). After 1,000
postings: the rule screen's 22 sets 68.9 MB of DFA states (+6.6 MB of programs), section detection's nine
wording sets 31.4, the vague-pay set 12.1, the eleven start finders 9.2, the EEO tables 3.4, the template
fill-ins 2.9: 128 MB of states. Per-set budgets did not help (a set keeps only what its texts need: 16 MB
changed nothing; 8 MB cut the vague-pay set to 2.9 MB at three times its time). Which patterns share a set
did: the rule screen's sets as runs of neighbouring regexes (a rule's patterns together) instead of dealt in
turn 68.9 -> 44.1 MB (matching.SCREEN_SET_SIZE), 38.6 MB at 15 a set; section detection's tables in twelve
sets instead of eight 31.1 -> 23.8 MB (sections/classify.py's _TABLES).
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# this tree's jdlint, not the one the .venv's editable install points to (a worktree's run measured
# /work/main's code before session 46)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import DEFAULT_CORPUS, vary  # noqa: E402


def status() -> dict[str, float]:
    """VmRSS and VmHWM (this process's peak) in MB."""
    out = {}
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    return out


def _heap_mb() -> float:
    """Bytes malloc has handed out and not had back (glibc's mallinfo2), in MB: what a set's DFA
    holds, without RSS's noise (freed pages the allocator keeps)."""
    import ctypes

    class MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in
                    "arena ordblks smblks hblks hblkhd usmblks fsmblks uordblks fordblks keepcost".split()]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20


class _Recorder:
    """Stands in for the re2 module in ``regex_screen`` (``_re2``): every RE2 set and start finder the
    run builds is kept with the texts it was asked about, its owner named from the stack."""

    def __init__(self, re2) -> None:
        self.re2, self.built = re2, []
        self.Options, self.error, self._re2 = re2.Options, re2.error, re2._re2
        recorder = self

        class Set:
            @staticmethod
            def SearchSet(options):
                return _RecordedSet(recorder, options)
        self.Set = Set

    def owner(self) -> str:
        import traceback
        for frame in reversed(traceback.extract_stack()[:-2]):
            name = Path(frame.filename)
            if name.name not in ("regex_screen.py", "memory_growth.py"):
                return f"{name.name}:{frame.lineno}"
        return "?"

    def compile(self, pattern, options):
        entry = {"kind": "finder", "owner": self.owner(), "patterns": [pattern], "max_mem": options.max_mem, "texts": {}}
        self.built.append(entry)
        compiled = self.re2.compile(pattern, options)

        class Low:  # the bindings' underlying RE2 object, as regex_screen._leftmost_start calls it
            def Match(self, anchor, data, pos, end, _match=compiled._regexp.Match):
                entry["texts"].setdefault(data, []).append(pos)
                return _match(anchor, data, pos, end)

        class Compiled:
            _regexp, search = Low(), compiled.search
        return Compiled()


class _RecordedSet:
    def __init__(self, recorder: _Recorder, options) -> None:
        self._set = recorder.re2.Set.SearchSet(options)
        self.entry = {"kind": "set", "owner": recorder.owner(), "patterns": [], "max_mem": options.max_mem, "texts": {}}
        recorder.built.append(self.entry)

    def Add(self, pattern):
        at = self._set.Add(pattern)
        self.entry["patterns"].append(pattern)
        return at

    def Compile(self):
        return self._set.Compile()

    def Match(self, text):
        data = text.encode("utf-8") if isinstance(text, str) else text
        self.entry["texts"][data] = None
        return self._set.Match(data)


def replay(built: list[dict], re2) -> None:
    """Build each recorded set and finder afresh and run it over the distinct texts it was asked
    about: the malloc'd MB its program and its DFA's states take, and the CPU of a cold and a warm pass."""
    totals: dict[str, list[float]] = {}
    gc.collect()
    gc.disable()  # the collector freeing the run's objects mid-replay would count against a set
    print(f"{'owner':28} {'patterns':>8} {'texts':>6} {'build MB':>8} {'DFA MB':>7} {'cold s':>6} {'warm s':>6}")
    for entry in built:
        before = _heap_mb()
        options = re2.Options()
        options.case_sensitive, options.never_capture, options.log_errors = True, True, False
        options.max_mem = entry["max_mem"]
        if entry["kind"] == "set":
            screen = re2.Set.SearchSet(options)
            for pattern in entry["patterns"]:
                screen.Add(pattern)
            screen.Compile()
            calls = [(screen.Match, (text,)) for text in entry["texts"]]
        else:
            options.case_sensitive = True
            low = re2.compile(entry["patterns"][0], options)._regexp
            unanchored = re2._re2.RE2.Anchor.UNANCHORED
            calls = [(low.Match, (unanchored, data, pos, len(data))) for data, starts in entry["texts"].items()
                     for pos in starts]
        built_mb = _heap_mb() - before
        seconds = []
        for _ in range(2):
            began = time.process_time()
            for call, call_args in calls:
                call(*call_args)
            seconds.append(time.process_time() - began)
        dfa_mb = _heap_mb() - before - built_mb
        # freed before the next one is measured (the loop's names hold the last bound method)
        del calls, call, call_args
        screen = low = None  # noqa: F841
        owner = entry["owner"] if entry["kind"] == "set" else "start finders"
        total = totals.setdefault(owner, [0, 0, 0.0, 0.0, 0.0])
        for i, value in enumerate((1, built_mb, dfa_mb, *seconds)):
            total[i] += value
        print(f"{owner:28} {len(entry['patterns']):8d} {len(entry['texts']):6d} {built_mb:8.1f} {dfa_mb:7.1f} "
              f"{seconds[0]:6.2f} {seconds[1]:6.2f}")
    print(f"\n{'owner':28} {'sets':>8} {'':6} {'build MB':>8} {'DFA MB':>7} {'cold s':>6} {'warm s':>6}")
    for owner, (count, built_mb, dfa_mb, cold, warm) in totals.items():
        print(f"{owner:28} {count:8d} {'':6} {built_mb:8.1f} {dfa_mb:7.1f} {cold:6.2f} {warm:6.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ads", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--recycle", type=int, help="engine.RECYCLE_STRINGS for this run")
    ap.add_argument("--re2", action="store_true",
                    help="record every RE2 set and start finder and the texts each is asked about, then replay "
                         "each afresh: the memory its DFA takes by owner (session 46's attribution)")
    args = ap.parse_args()

    import jdlint
    from jdlint import engine
    from jdlint import nlp as nlp_module
    from jdlint.config import Config

    if args.recycle is not None:
        engine.RECYCLE_STRINGS = args.recycle
    recorder = None
    if args.re2:
        from jdlint import regex_screen

        real = regex_screen._re2()
        if real is None:
            ap.error("--re2: google-re2 is not installed")
        recorder = _Recorder(real)
        regex_screen._re2 = lambda: recorder
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
    if recorder is not None:
        print()
        replay(recorder.built, recorder.re2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
