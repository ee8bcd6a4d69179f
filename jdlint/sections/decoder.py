"""The sequence decoder: labels the blocks (or the sentences of a long paragraph) that no specific
heading covers, from their wording scores plus the usual order of a posting (about the employer,
the job, who you are, what you get), with a small Viterbi pass; heading-covered blocks are anchors.
"""
from __future__ import annotations

from dataclasses import dataclass
from operator import add
from typing import Callable

from ..document import Document, Section
from .classify import GLUED_BULLET, _sentence_kinds, block_scores, embedded_bare_calls, enquiry_block, sentences_of
from .inline import InlineLabel

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
    #: a generic heading's or label's lean added to the emission: (kind, amount, the generic
    #: section it comes from), taken back when nothing in that section shows the kind
    lean: tuple[str, float, tuple] | None = None
    evidence: bool = False  # the unit's own wording shows its lean's kind


#: kinds a heading may name that are facts about the job, not parts of the posting: the text under
#: "On a normal shift" or "Where you'll be" is read for what it says, as under a generic heading
#: ("- Load the van at the depot by 7am" is a duty), while the heading still gives its fact
_FACT_KINDS = frozenset({"schedule", "location"})
#: paragraphs longer than this are labelled sentence by sentence (run-together exports)
SPLIT_WORDS = 60
#: glued bullets from which a block is a flattened list, read item by item
GLUED_BULLET_ITEMS = 2


def _decode(document: Document, covered: dict[int, list[str]], generic_default: dict[int, str | None],
            template: set[int], labels_in: Callable[[str], list[InlineLabel]] = lambda _: []) -> list[_Unit]:
    """Label the text no specific heading covers, by wording plus the usual order of a posting
    (a small Viterbi pass over all body units; heading-covered blocks are anchors). Units are
    blocks, or the sentences of a long paragraph; a block with inline section labels
    (``labels_in(block text)``) is cut at them, and each labelled piece is an anchor of its kind."""
    blocks = document.blocks
    text = document.text
    units: list[_Unit] = []
    for i, b in enumerate(blocks):
        if b.kind not in BODY_KINDS or i in template:
            continue
        bt = text[b.text_start:b.text_end]
        if i in covered and not set(covered[i]) <= _FACT_KINDS:
            kinds = [k for k in covered[i] if k in ORDER]
            em = {k: (4.0 if k in kinds else -4.0) for k in _STATES}
            if not kinds:
                em[_NONE] = 4.0
            # a label inside the block that names another part ("Qualifications:have a diploma"
            # run on under "Job Duties:"), or a generic one leaning to another part ("Job
            # description: Loading/ unloading trucks" under "Requirements"), starts that part: the
            # text before it stays the heading's
            foreign = [label for label in labels_in(bt) if any(k in ORDER and k not in kinds for k in label.kinds)
                       or not label.kinds and label.default in ORDER and label.default not in kinds]
            if not foreign:
                units.append(_Unit(i, b.text_start, b.text_end, em, fixed=True))
                continue
            if bt[:foreign[0].start].strip():
                units.append(_Unit(i, b.text_start, b.text_start + foreign[0].start, em, fixed=True))
            cut = foreign[0].start
            units.extend(_segment_units(document, i, bt, _segments(bt, [lb for lb in labels_in(bt) if lb.start >= cut])[1:]
                                        if cut else _segments(bt, labels_in(bt)), generic_default))
            continue
        if enquiry_block(bt):
            # (sections36) a contact for questions alone is no part of the posting's sections
            units.append(_Unit(i, b.text_start, b.text_end, {}, fixed=True, label=None))
            continue
        whole, mixed = _whole_block_kind(bt)
        if whole and not any(k != whole for label in labels_in(bt) for k in label.kinds):
            # (a block whose labels name other parts is read part by part: a flattened ad that
            # ends "... HOW TO APPLY Call 01234 555 666" is not all how-to-apply)
            units.append(_Unit(i, b.text_start, b.text_end, {}, fixed=True, label=whole))
            continue
        # the posting's opening paragraph that holds a clear sentence about the employer is read
        # sentence by sentence: one paragraph may say who the employer is and whom it seeks
        # so is a paragraph that mixes a sentence-level part with clear sentences of other parts
        # ("We pay £11.50 an hour and you'll have access to free meals" after the duties)
        units.extend(_segment_units(document, i, bt, _segments(bt, labels_in(bt)), generic_default,
                                    opening=not units and _holds_clear_intro(bt) or b.kind == "paragraph" and _holds_duties_and_wants(bt),
                                    mixed=mixed if b.kind == "paragraph" else None))
    _drop_unfounded_leans(units)
    seq = [u for u in units if u.emission]
    if not seq:
        return units
    path = _viterbi([[u.emission[k] for k in _STATES] for u in seq],
                    [t > 0 and seq[t].block == seq[t - 1].block for t in range(len(seq))])
    for unit, state in zip(seq, path):
        if not unit.fixed:
            unit.label = None if _STATES[state] == _NONE else _STATES[state]
    return units


def _segment_units(document: Document, i: int, bt: str, segments: list[tuple[int, int, InlineLabel | None]],
                   generic_default: dict[int, str | None], opening: bool = False, mixed: str | None = None) -> list[_Unit]:
    """The units of block ``i`` (text ``bt``) cut into ``segments`` at its inline labels: each
    labelled piece's label and first sentence are an anchor of the label's kind, the rest leans
    that way; a block with labels is read sentence by sentence, as is a long paragraph. ``mixed``:
    the sentence-level kind (pay, how-to-apply, eeo) of a paragraph that mixes it with clear
    sentences of other parts (``_whole_block_kind``): its sentences of that kind are anchors of it,
    as a whole block of it is, and the others are read each for itself."""
    b = document.blocks[i]
    text = document.text
    out: list[_Unit] = []
    labelled = len(segments) > 1 or segments[0][2] is not None or segments[0][0] > 0
    for seg_start, seg_end, label in segments:
        start, end = b.text_start + seg_start, b.text_start + seg_end
        lean = label.default if label is not None else None
        kind = next((k for k in label.kinds if k in ORDER), None) if label is not None else None
        if kind:
            # the label and its first sentence are the label's kind for sure; the rest of its
            # text leans that way but can turn out otherwise (a flattened ad rarely labels
            # every part: "Responsibilities: ... 3+ years of experience ... Salary: ..."). A
            # label of a sentence-level kind ("Salary:", "How to apply:") only ends the one
            # before it: those kinds are found by their wording.
            first = next(((s, e) for s, e in sentences_of(text, start, end) if text[s:e].strip()), (start, end))
            first_end = min(max(first[1], b.text_start + _label_end(bt, seg_start)), end)
            em = {k: (4.0 if k == kind else -4.0) for k in _STATES}
            out.append(_Unit(i, start, first_end, em, fixed=True, label=kind))
            start, lean = first_end, kind
            if not text[start:end].strip():
                continue
        elif label is not None and not label.kinds and label.start == seg_start:
            # a generic label ("The role", "Job description:") names no kind: its words are not
            # content, and read as part of the first sentence they hid a duty verb opening it
            # ("The role Serve drinks ..." in a flattened ad)
            start = min(end, b.text_start + label.end)
            if not text[start:end].strip():
                continue
        whole_block = label is None and seg_start == 0 and seg_end == len(bt)
        # a labelled block is a flattened ad: its unlabelled text is read sentence by sentence too
        # so is a list flattened into one item or paragraph with its bullets glued on ("...(ages
        # 18+)• Set your own hours• Complete notes ...")
        long_paragraph = (b.kind == "paragraph" and len(text[start:end].split()) > SPLIT_WORDS
                          or len(GLUED_BULLET.findall(text, start, end)) >= GLUED_BULLET_ITEMS)
        split = labelled or long_paragraph or mixed or (b.kind == "paragraph" and opening)
        # an opening paragraph split only to find who the employer is and whom it seeks gives
        # those parts: one sentence's passing word ("changes in benefits") starts no other
        opening_only = split and not labelled and not long_paragraph and not mixed
        pieces = [(start, end)]
        if split:
            pieces = [(s, e) for s, e in sentences_of(text, start, end) if text[s:e].strip()] or pieces
        bare = embedded_bare_calls(text, pieces, start, end) if split and mixed in (None, "how-to-apply") else frozenset()
        for n, (s, e) in enumerate(pieces):
            if mixed and mixed in _sentence_kinds(text[s:e]) and not (mixed == "how-to-apply" and n in bare):
                out.append(_Unit(i, s, e, {}, fixed=True, label=mixed))
                continue
            if n in bare:
                # (sections40) a bare call to apply read as no section is still a call, never a duty: "apply" is a
                # duty verb, and "Apply NOW!" closing a paragraph about the employer was read as the duties (dev A
                # 0337, labelled neither); it shows no kind of its own
                out.append(_Unit(i, s, e, {**{k: 0.0 for k in ORDER}, _NONE: NONE_SCORE}))
                continue
            scores = block_scores(text[s:e], b.kind if len(pieces) == 1 and whole_block else "list_item",
                                  sentence=split)
            em = {k: scores.get(k, 0.0) if not opening_only or k in _OPENING_KINDS else 0.0 for k in ORDER}
            if em["preferred"] >= 1.0 and em["requirements"] > 0:
                em["preferred"] += 0.5
            # a generic heading's lean ("Job description" -> duties) does not pull a clear
            # sentence about the employer away from the intro: job boards put the pitch under it
            pitch = em["intro"] >= CLEAR_INTRO
            default = generic_default.get(i)
            added = None
            if default in ORDER and not (pitch and default != "intro"):
                em[default] += GENERIC_LEAN
                added = (default, GENERIC_LEAN, ("heading", _generic_run_start(generic_default, i)))
            evidence = bool(added) and (em[default] > GENERIC_LEAN + 0.4 or default in _sentence_kinds(text[s:e]))
            if lean and not (pitch and not kind and lean != "intro"):
                em[lean] += LABEL_LEAN if kind else GENERIC_LEAN
                if not kind and added is None:
                    added = (lean, GENERIC_LEAN, ("label", i, seg_start))
                    evidence = em[lean] > GENERIC_LEAN + 0.4 or lean in _sentence_kinds(text[s:e])
            em[_NONE] = NONE_SCORE
            out.append(_Unit(i, s, e, em, lean=added, evidence=evidence))
    return out


#: What a sentence of a short opening paragraph may be read as (see ``_segment_units``).
_OPENING_KINDS = frozenset({"intro", "responsibilities", "requirements"})


def _holds_clear_intro(text: str) -> bool:
    """Whether one of the sentences of ``text`` (of two or more) reads clearly as about the employer."""
    sents = [text[s:e] for s, e in sentences_of(text, 0, len(text)) if text[s:e].strip()]
    return len(sents) > 1 and any(block_scores(s, "list_item", sentence=True)["intro"] >= CLEAR_INTRO for s in sents)


#: a sentence's requirement score (as ``block_scores`` gives it) from which it clearly says what the
#: applicant must have or be: requirement cues of two kinds ("You'll need a clean licence and be
#: over 25"), or two strong requirement terms
CLEAR_REQUIREMENT = 1.8
#: and its duty score from which it states a duty (a duty verb first, or duty wording: "We are
#: looking for a developer capable of building ...", "You'll work on ...")
CLEAR_DUTY = 1.0


def _holds_duties_and_wants(text: str) -> bool:
    """Whether a short paragraph tells both the duties and what the applicant must have, each in
    sentences of its own ("You'll collect and deliver furniture across Kent ... You'll need a clean
    licence and be over 25"): read sentence by sentence, as an opening paragraph holding the
    employer's intro is, so that it gives both parts."""
    sents = [text[s:e] for s, e in sentences_of(text, 0, len(text)) if text[s:e].strip()]
    if len(sents) < 2:
        return False
    scores = [block_scores(s, "list_item", sentence=True) for s in sents]
    return any(sc["requirements"] >= CLEAR_REQUIREMENT and sc["requirements"] > sc["responsibilities"] for sc in scores) \
        and any(sc["responsibilities"] >= CLEAR_DUTY and sc["responsibilities"] > sc["requirements"] for sc in scores)


def _generic_run_start(generic_default: dict[int, str | None], i: int) -> int:
    """The first block of the generic heading's section holding block ``i`` (its blocks are
    consecutive, and the heading block itself is not among them)."""
    while i - 1 in generic_default:
        i -= 1
    return i


def _drop_unfounded_leans(units: list[_Unit]) -> None:
    """A generic heading's or label's lean ("Description" -> duties) tips units that say little
    toward the kind the rest of its section shows; where no unit of the section shows the kind at
    all (a pitch and questions to the reader under "## Description"), the lean is taken back, so
    a section with no duty evidence does not become the duties."""
    founded = {u.lean[2] for u in units if u.lean is not None and u.evidence}
    for u in units:
        if u.lean is not None and u.lean[2] not in founded:
            u.emission[u.lean[0]] -= u.lean[1]
            u.lean = None


#: a label followed by this many words on its own line labels that line only ("Benefits: Health,
#: dental and vision" in a run of "Field: value" lines); a label alone on its line, or with less
#: after it, holds the text up to the next label, like a heading
LABEL_LINE_WORDS = 3


#: how much the text under an inline label leans to the label's kind (wording scores run 0-3)
LABEL_LEAN = 0.8
#: and under a generic label ("Job Description:"), as under a generic heading
GENERIC_LEAN = 0.6
#: an intro score from which a unit is a clear sentence about the employer (a named organisation
#: as subject, or strong intro wording), which a generic lean leaves alone
CLEAR_INTRO = 0.8


def _label_end(text: str, start: int) -> int:
    """End of the label that opens ``text[start:]`` ("Responsibilities:" or a glued label): its
    first sentence is at least the label."""
    colon = text.find(":", start, start + 64)
    return colon + 1 if colon != -1 else start


def _segments(text: str, labels: list[InlineLabel]) -> list[tuple[int, int, InlineLabel | None]]:
    """``text`` (one block) cut at its inline labels: (start, end, the label opening the piece or
    None for text before the first label or after a one-line label)."""
    out: list[tuple[int, int, InlineLabel | None]] = []
    pos = 0
    for k, label in enumerate(labels):
        if label.start > pos and text[pos:label.start].strip():
            out.append((pos, label.start, None))
        following = labels[k + 1].start if k + 1 < len(labels) else len(text)
        line_end = text.find("\n", label.end, following)
        end = line_end if line_end != -1 and len(text[label.end:line_end].split()) >= LABEL_LINE_WORDS else following
        out.append((label.start, end, label))
        pos = end
    if pos < len(text) and text[pos:].strip():
        out.append((pos, len(text), None))
    return out or [(0, len(text), None)]


SHORT_RUN_WORDS = 15
#: words from which a clear sentence about the employer keeps its run (see _absorb_short_runs)
CLEAR_INTRO_WORDS = 6


def _absorb_short_runs(units: list[_Unit], text: str) -> None:
    """A short run of content units between two runs of one other kind takes that kind (a
    single sentence read as 'requirements' inside a duties paragraph is noise in the outline),
    unless it is a clear sentence about the employer."""
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
        if run[0].label == "intro" and any(_clear_employer_sentence(text[u.start:u.end], u) for u in run):
            continue
        words = sum(len(text[u.start:u.end].split()) for u in run)
        if words < SHORT_RUN_WORDS:
            for u in run:
                u.label = label


def _clear_employer_sentence(sentence: str, unit: _Unit) -> bool:
    """A clear sentence about the employer, which is not noise to absorb: "...Pay rate: $25Job
    SummaryAcme Foods is a family-owned snack maker. The Supervisor is responsible for ...". A
    heading line ("We Also Value") is too short to be one, and a question ("What is it like to
    work in Platform?") asks rather than says."""
    return unit.emission.get("intro", 0.0) >= CLEAR_INTRO and len(sentence.split()) >= CLEAR_INTRO_WORDS \
        and not sentence.rstrip("*_ \n").endswith("?")


#: a sentence's score from which it clearly shows a block-level part (as ``block_scores`` gives it
#: for one sentence): a duty (a duty verb first, or duty wording with a run of duty verbs: not
#: "A hospital is looking for a specialist" nor "You will not receive consideration" alone), a
#: requirement (cues of two kinds), a named benefit, the employer named and described
CLEAR_PART = {"responsibilities": 1.5, "requirements": 1.8, "benefits": 1.6, "intro": 1.2}


def _whole_block_kind(text: str) -> tuple[str | None, str | None]:
    """A block that is all equal-opportunity, application or pay-figure wording, and whether it
    would have been one but mixes in a sentence that clearly shows another part (``CLEAR_PART``):
    "You'd be washing up and prepping veg. We pay £11.50 an hour" is the duties and pay, not pay
    alone; such a block is read sentence by sentence (the second answer: the kind it mixes in)."""
    spans = sentences_of(text, 0, len(text))
    sents = [text[s:e] for s, e in spans] or [text]
    kinds = [_sentence_kinds(s) for s in sents]
    # (sections39) a bare call to apply inside a paragraph about something else is no how-to-apply
    if any("how-to-apply" in ks for ks in kinds):
        bare = embedded_bare_calls(text, spans, 0, len(text))
        kinds = [ks - {"how-to-apply"} if n in bare else ks for n, ks in enumerate(kinds)]
    for k in ("eeo", "how-to-apply", "pay"):
        share = sum(1 for ks in kinds if k in ks) / len(sents)
        if share >= 0.5:
            if max(block_scores(text, "paragraph").values()) >= 2.5:
                continue
            if share < 1 and any(k not in ks and _clear_part(s) for s, ks in zip(sents, kinds)):
                return None, k
            return k, None
    return None, None


def _clear_part(sentence: str) -> bool:
    """Whether one sentence clearly shows a block-level part (``CLEAR_PART``)."""
    scores = block_scores(sentence, "list_item", sentence=True)
    return any(scores[kind] >= floor for kind, floor in CLEAR_PART.items())


def _section_from_units(document: Document, kind: str, first: _Unit, last: _Unit) -> Section:
    a, b = document.blocks[first.block], document.blocks[last.block]
    start = a.start if first.start == a.text_start else document.to_source(first.start, first.end)[0]
    end = b.end if last.end == b.text_end else document.to_source(last.start, last.end)[1]
    index = document.source.index
    return Section(kind, None, index.position(start)[0], index.position(max(end - 1, start))[0], "content", start, end)
