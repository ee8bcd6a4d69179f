"""The sequence decoder: labels the blocks (or the sentences of a long paragraph) that no specific
heading covers, from their wording scores plus the usual order of a posting (about the employer,
the job, who you are, what you get), with a small Viterbi pass; heading-covered blocks are anchors.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import add

from ..document import Document, Section
from ..extract.sentences import sentence_spans
from .classify import _sentence_kinds, block_scores

BODY_KINDS = ("paragraph", "list_item", "blockquote", "table_row")


ORDER = ("intro", "responsibilities", "requirements", "preferred", "benefits")
_NONE = "none"
NONE_SCORE = 0.3
_STATES = ORDER + (_NONE,)


def _transition(a: str, b: str) -> float:
    """Postings follow a loose order (about the employer, the job, who you are, what you get);
    going back is possible ("About us" at the end) but costs."""
    if a == b:
        return 0.0 if a == _NONE else 0.25
    if a == _NONE or b == _NONE:
        return -0.05
    ia, ib = ORDER.index(a), ORDER.index(b)
    if ib > ia:
        return 0.0
    return -0.15 if b == "intro" else -0.4


#: _transition as a table the Viterbi pass reads per unit: row ``b`` holds the score of moving
#: into state ``b`` from each state (indexes into _STATES)
_INTO = tuple(tuple(_transition(a, b) for a in _STATES) for b in _STATES)
#: a slight preference for opening with the employer's pitch
_START_BONUS = tuple(0.15 if k == "intro" else 0.0 for k in _STATES)
#: staying in one state within a block (the sentences of one long paragraph)
_SAME_BLOCK_BONUS = 0.35


def _viterbi(emissions: list[list[float]], same_block: list[bool]) -> list[int]:
    """The best state path (indexes into _STATES) for per-unit emission rows in _STATES order.

    Rows and back-pointers are lists indexed by state: the pass runs once per unit of every
    posting, and dictionaries keyed by state name cost several times more. Every score is the
    same sum in the same order as in the plain formulation (tests compare the two), and ties go
    to the first best previous state, as ``max()`` and ``list.index`` pick it.
    """
    states = range(len(_STATES))
    last = [e + bonus for e, bonus in zip(emissions[0], _START_BONUS)]
    back: list[list[int]] = []
    for t in range(1, len(emissions)):
        emission = emissions[t]
        row: list[float] = []
        pointers: list[int] = []
        for k in states:
            values = list(map(add, last, _INTO[k]))  # score of coming from each state
            if same_block[t]:
                values[k] += _SAME_BLOCK_BONUS
            top = max(values)
            row.append(top + emission[k])
            pointers.append(values.index(top))
        back.append(pointers)
        last = row
    state = last.index(max(last))  # max(_STATES, key=...) also keeps the first of equal scores
    path = [state]
    for pointers in reversed(back):
        state = pointers[state]
        path.append(state)
    path.reverse()
    return path


@dataclass
class _Unit:
    block: int
    start: int  # prose-text offsets
    end: int
    emission: dict[str, float]
    fixed: bool = False  # covered by a heading section: an anchor, not a content section
    label: str | None = None


#: paragraphs longer than this are labelled sentence by sentence (run-together exports)
SPLIT_WORDS = 60


def _decode(document: Document, covered: dict[int, list[str]], generic_default: dict[int, str | None],
            template: set[int]) -> list[_Unit]:
    """Label the text no specific heading covers, by wording plus the usual order of a posting
    (a small Viterbi pass over all body units; heading-covered blocks are anchors). Units are
    blocks, or the sentences of a long paragraph."""
    blocks = document.blocks
    text = document.text
    units: list[_Unit] = []
    for i, b in enumerate(blocks):
        if b.kind not in BODY_KINDS or i in template:
            continue
        if i in covered:
            kinds = [k for k in covered[i] if k in ORDER]
            em = {k: (4.0 if k in kinds else -4.0) for k in _STATES}
            if not kinds:
                em[_NONE] = 4.0
            units.append(_Unit(i, b.text_start, b.text_end, em, fixed=True))
            continue
        bt = text[b.text_start:b.text_end]
        whole = _whole_block_kind(bt)
        if whole:
            units.append(_Unit(i, b.text_start, b.text_end, {}, fixed=True, label=whole))
            continue
        pieces = [(b.text_start, b.text_end)]
        split = b.kind == "paragraph" and len(bt.split()) > SPLIT_WORDS
        if split:
            pieces = [(s, e) for s, e in sentence_spans(text, b.text_start, b.text_end) if text[s:e].strip()]
        for s, e in pieces:
            scores = block_scores(text[s:e], b.kind if len(pieces) == 1 else "list_item", sentence=split)
            em = {k: scores.get(k, 0.0) for k in ORDER}
            if em["preferred"] >= 1.0 and em["requirements"] > 0:
                em["preferred"] += 0.5
            default = generic_default.get(i)
            if default in ORDER:
                em[default] += 0.6
            em[_NONE] = NONE_SCORE
            units.append(_Unit(i, s, e, em))
    seq = [u for u in units if u.emission]
    if not seq:
        return units
    path = _viterbi([[u.emission[k] for k in _STATES] for u in seq],
                    [t > 0 and seq[t].block == seq[t - 1].block for t in range(len(seq))])
    for unit, state in zip(seq, path):
        if not unit.fixed:
            unit.label = None if _STATES[state] == _NONE else _STATES[state]
    return units


SHORT_RUN_WORDS = 15


def _absorb_short_runs(units: list[_Unit], text: str) -> None:
    """A short run of content units between two runs of one other kind takes that kind (a
    single sentence read as 'requirements' inside a duties paragraph is noise in the outline)."""
    runs: list[list[_Unit]] = []
    for u in units:
        if u.fixed:
            runs.append([])  # anchors break runs
            continue
        if runs and runs[-1] and runs[-1][-1].label == u.label:
            runs[-1].append(u)
        else:
            runs.append([u])
    for k in range(1, len(runs) - 1):
        prev, run, nxt = runs[k - 1], runs[k], runs[k + 1]
        if not prev or not run or not nxt:
            continue
        label = prev[-1].label
        if label is None or nxt[0].label != label or run[0].label == label:
            continue
        words = sum(len(text[u.start:u.end].split()) for u in run)
        if words < SHORT_RUN_WORDS:
            for u in run:
                u.label = label


def _whole_block_kind(text: str) -> str | None:
    """A block that is all equal-opportunity, application or pay-figure wording."""
    sents = [text[s:e] for s, e in sentence_spans(text, 0, len(text))] or [text]
    kinds = [_sentence_kinds(s) for s in sents]
    for k in ("eeo", "how-to-apply", "pay"):
        share = sum(1 for ks in kinds if k in ks) / len(sents)
        if share >= 0.5:
            if max(block_scores(text, "paragraph").values()) >= 2.5:
                continue
            return k
    return None


def _section_from_units(document: Document, kind: str, first: _Unit, last: _Unit) -> Section:
    a, b = document.blocks[first.block], document.blocks[last.block]
    start = a.start if first.start == a.text_start else document.to_source(first.start, first.end)[0]
    end = b.end if last.end == b.text_end else document.to_source(last.start, last.end)[1]
    index = document.source.index
    return Section(kind, None, index.position(start)[0], index.position(max(end - 1, start))[0], "content", start, end)
