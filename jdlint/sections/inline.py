"""Section labels inside running text: "Skills needed: ...", "MINIMUM QUALIFICATIONS: ...",
"...with our team. What we offer: ...", and labels glued to the next word by exports that dropped
the line break ("ResponsibilitiesOperate forklift ...", "RESPONSIBILITIESKnows and ..."), and labels
set off by a dash ("About us - Tideway Logistics moves ...").

A label counts where a heading would: at the start of a block, after a sentence end or a kept
line break, or glued to the end of the previous word. With a colon, it names kinds the way a
heading does (``headings``: a synonym ends it, or the rest is filler). Without one it must be
exactly a heading synonym, and glued to a capitalised word, so "DocumentationManage" or "Sales
Manager Required" are not labels. After a plain space inside a sentence, only an exact heading
phrase whose colon is glued to the next word counts ("... year-end close Qualifications:Construction").
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from ..regexes import guarded
from .headings import _FILLER, unhedged
from .. import regex_programs

#: marks that open a list item or a line in pasted and social-media ads: bullets, ticks, arrows and
#: pictographs ("• Provide direct care", "✅ What we need:", "📌 At least 18 years old")
_LIST_MARKS = "•●▪◦‣·■□▶►▸➢➤✓✔✅☑\u2600-\u27bf\U0001f300-\U0001faff"
#: where a label may start: block start, after a sentence end or line break, a list mark (or a pipe, which parts
#: a scraped page's fields as a line break would: "... | Job Description: Acme runs ...", as does a
#: long dash with spaces: "... at Ras Laffan. — Candidate Requirements: B.Sc. ..."), or glued to a word
_OPEN = r"(?:^|(?<=[.!?;:)\]’”\"\n|])[ \t]*|(?<= [–—-] )|(?<=[a-z0-9)\]])|(?<=[" + _LIST_MARKS + r"])[ \t]*)"
#: "Skills needed:", "MINIMUM QUALIFICATIONS:", "What we offer:", "Duties & Responsibilities (but
#: not limited to):" (not "http:"); a digit after the colon only for an exact heading phrase
#: ("Requirements:0 - 3 years", not "Note: 10:30")
COLON_LABEL = regex_programs.compile(_OPEN + r"(?P<label>[A-Z][A-Za-z'’&/,()\- ]{1,78}?[A-Za-z)’'])[ \t]*:(?P<digit>(?=\d))?(?!/)")
#: "ResponsibilitiesOperate", "Key ResponsibilitiesArchitecting", "RESPONSIBILITIESKnows", and a
#: label glued to the bullet of its first item ("REQUIREMENTS* Use and like", "SKILLS· Excellent",
#: "Requirements• Completion of")
GLUED_LABEL = regex_programs.compile(_OPEN + r"(?P<label>[A-Z][a-z]+(?:[ &/]+[A-Za-z]+){0,3}|[A-Z]{3,}(?:[ &/]+[A-Z]{2,}){0,3})"
                         r"(?=[A-Z][a-z]|[ \t]*[*•·▪●◦‣][ \t]*[A-Za-z])")

#: a flattened list's label after a plain space, glued to its first item by the colon
#: ("... month/year-end close Qualifications:Construction industry experience"): only an exact
#: heading phrase counts here, and only where the colon is glued to a capital (every start is
#: tried, so "Key Qualifications:" and "Qualifications:" are both seen)
SPACED_LABEL = regex_programs.compile(r"(?<=[a-z,] )(?=(?P<label>[A-Z][A-Za-z'’&/ ]{2,40}?):[A-Z])")

#: a label set off by a dash instead of a colon, where a heading would start ("About us - Tideway
#: Logistics moves ...", "Benefits – 25 days' holiday"): only an exact heading phrase counts, so
#: "Sales Manager - London" and "Monday - Friday" are not labels
DASH_LABEL = regex_programs.compile(r"(?:^|(?<=[.!?\n])[ \t]*)(?P<label>[A-Z][A-Za-z'’&/ ]{1,40}?)[ \t]+[-–—][ \t]+(?=[A-Z0-9])")

#: a label on a line of its own at the top of a paragraph or after a kept line break, with the
#: text on the next line ("Introduction\nBokamoso Platinum is ...", "Minimum Requirements\n1. BSc
#: ..."): a scraped page that lost the blank line under its heading. Only an exact heading phrase
#: counts, so a title or a sentence's first line ("Senior Environmental Officer") is not one
LINE_LABEL = regex_programs.compile(r"(?:^|(?<=\n))[ \t]*(?P<label>[A-Z][^\n]{0,60}?)[ \t]*(?=\n[ \t]*\S)")

#: a label in an ad flattened into one line with no marks at all, after a plain space and before
#: the capitalised first word of its text ("... seeks a chef de partie Responsibilities Run the
#: grill ...", "About us We are a riverside pub The role Serve drinks ... How to apply Email ..."):
#: only an exact heading phrase counts, and only in a flattened block (``FLAT_WORDS_PER_MARK``).
#: It starts at the block's start or at a capital after a plain word and a space
_FLAT_START = regex_programs.compile(r"(?:^|(?<=[a-z0-9)] ))[A-Z]")
#: the words a flat label may span from its start (up to six), and where one may end: before a
#: space and a capital ("HOW TO APPLY Call ...")
_FLAT_WORDS = regex_programs.compile(r"[A-Za-z'’&/]+(?: [A-Za-z'’&/]+){0,5}")
_FLAT_END = regex_programs.compile(r"(?= [A-Z])")
#: a label standing before the mark of its list's first item, after a plain space, in an ad whose
#: line breaks were lost ("... quality improvement initiatives QUALIFICATIONS • Current
#: registration", "... a full shift Perks • Weekly pay", "What you'll need ● 2 years"): where a
#: list mark follows a word, the longest exact heading phrase of up to six words ending there
_LIST_MARK = regex_programs.compile(r"[" + _LIST_MARKS + r"]")
_WORD_START = regex_programs.compile(r"(?:^|(?<=[\s(\[|" + _LIST_MARKS + r"]))[A-Z]")
#: a label after a sentence end, before the capitalised first word of its text, in a block that
#: holds more than one sentence ("... regardless of geography. Responsibilities Deliver live
#: sessions ...", "... in patient safety. THE OPPORTUNITY Our 36-bed unit ..."): only an exact
#: heading phrase, and the word after it must be capitalised and not itself in capitals unless
#: the label is ("Requirements Analysis" stays a noun phrase only if the phrase is not a heading)
_AFTER_SENTENCE = regex_programs.compile(r"[.!?] (?=[A-Z])")
#: a block of at least this many words per sentence mark (. ! ? ; :) has lost its punctuation with
#: its line breaks: a list or a whole ad run together ("Responsibilities Run the grill section
#: during service Prep sauces ...")
FLAT_WORDS_PER_MARK = 30

#: words of a label, hedges ("include, but are not limited to the following") left out
MAX_LABEL_WORDS = 7

#: the same patterns behind a first-character lookahead (a label starts at a capital, or at the
#: space or tab before one), so most positions fail at once: over the dev corpus' blocks colon
#: and glued labels are found 1.6-1.9x faster (tests/test_sections.py compares them with the
#: patterns above). Every posting reads them, so they are compiled at import.
_COLON_FAST, _GLUED_FAST, _DASH_FAST = (regex_programs.compile(guarded(p.pattern, p.flags, limit=None), p.flags)
                                        for p in (COLON_LABEL, GLUED_LABEL, DASH_LABEL))

#: what text holding a glued label holds: the label's last letter before a capitalised word ("sC" +
#: "o" of "ResponsibilitiesOperate", "SK" + "n" of "RESPONSIBILITIESKnows"), or the mark of its first
#: item. Most blocks hold neither, and this is searched far faster than ``_GLUED_FAST`` tries its
#: label at every capital (tests/test_speed43.py: no glued label in a dev block without it)
_GLUED_POSSIBLE = regex_programs.compile(r"[A-Za-z][A-Z][a-z]|[*•·▪●◦‣]")


class InlineLabel(NamedTuple):
    start: int  # offsets in the text given
    end: int  # end of the label (and its colon)
    kinds: tuple[str, ...]
    text: str
    default: str | None = None  # a generic label's lean ("Job Description:" -> responsibilities)


def inline_labels(text: str, names: Callable[[str], tuple[list[str], object]],
                  is_heading_phrase: Callable[[str], bool]) -> list[InlineLabel]:
    """Section labels in ``text`` (one block), in order. ``names(label)``: the kinds a heading
    names and its generic default (False when not generic), as for headings;
    ``is_heading_phrase(label)``: whether it is exactly a heading synonym or generic heading.
    A generic label ("Role Description:") has no kinds: it only ends the label before it."""
    found: dict[int, InlineLabel] = {}

    def add(start: int, end: int, label: str) -> None:
        kinds, generic = names(label)
        if kinds or generic is not False:
            found[start] = InlineLabel(start, end, tuple(kinds), label, generic if isinstance(generic, str) else None)

    # a colon or a dash label needs its colon or dash: most blocks have neither
    has_colon = ":" in text
    pos = 0
    while has_colon and (m := _COLON_FAST.search(text, pos)) is not None:
        label = m.group("label").strip()
        if (m.group("digit") is None or is_heading_phrase(label)) and len(unhedged(label).split()) <= MAX_LABEL_WORDS:
            add(m.start("label"), m.end(), label)
        if m.start("label") in found:
            pos = m.end()
        else:
            # a shorter label may start inside this one: "... a professional demeanorJob
            # description: Loading/ unloading trucks" (the glued "Job description:"); each
            # retry moves on by one character and a label is at most 80, so this stays linear
            pos = m.start("label") + 1
    for m in _GLUED_FAST.finditer(text) if _GLUED_POSSIBLE.search(text) is not None else ():
        label = m.group("label").strip()
        if m.start("label") not in found and is_heading_phrase(label):
            add(m.start("label"), m.end("label"), label)
    for m in _DASH_FAST.finditer(text) if "-" in text or "–" in text or "—" in text else ():
        label = m.group("label").strip()
        if m.start("label") not in found and is_heading_phrase(label):
            add(m.start("label"), m.end(), label)
    for m in LINE_LABEL.finditer(text) if "\n" in text else ():
        label = m.group("label").strip()
        if m.start("label") not in found and is_heading_phrase(label):
            add(m.start("label"), m.end("label"), label)
    ends = {label.end for label in found.values()}  # a label found already ends at this colon
    for m in SPACED_LABEL.finditer(text) if has_colon else ():
        label = m.group("label").strip()
        if m.start("label") not in found and m.end("label") + 1 not in ends and is_heading_phrase(label):
            add(m.start("label"), m.end("label") + 1, label)
    flattened = _flattened(text)
    for start in (m for a, b in _flat_stretches(text) for m in _FLAT_START.finditer(text, a, b)):
        at = start.start()
        if at in found or _after_function_word(text, at):
            continue  # "Experience in Benefits Administration": a phrase after "in" is no label
        if not flattened and not _LIST_ITEM_END.search(text, max(0, at - 16), at):
            continue  # in a stretch of an ad that kept its full stops, only after a list item's last word
        # the longest heading phrase of up to six words from here that a capital follows: in
        # capitals every word is followed by one ("HOW TO APPLY Call ...")
        words = _FLAT_WORDS.match(text, at)
        ends = [at + m.start() for m in _FLAT_END.finditer(words.group())] + [words.end()]
        for end in sorted(ends, reverse=True):
            if end > at and text.startswith(" ", end) and end + 1 < len(text) and text[end + 1].isupper() \
                    and is_heading_phrase(text[at:end]):
                add(at, end, text[at:end])
                break
    for m in _LIST_MARK.finditer(text):
        end = m.start()
        while end and text[end - 1] in " \t":
            end -= 1
        if not end or not (text[end - 1].isalpha() or text[end - 1] in ")’'"):
            continue
        window = max(0, end - 80)
        starts = [window + w.start() for w in _WORD_START.finditer(text[window:end])]
        if window and starts and starts[0] == window:
            starts = starts[1:]  # the window cut a word: its capital is no word start
        for at in starts[-6:]:  # longest first
            if at not in found and _is_phrase_after_filler(text[at:end], is_heading_phrase) \
                    and _label_may_follow(text, at, end):
                add(at, end, text[at:end])
                break
    if ". " in text or "? " in text or "! " in text:
        for start in _AFTER_SENTENCE.finditer(text):
            at = start.end()
            if at in found:
                continue
            words = _FLAT_WORDS.match(text, at)
            ends = [at + m.start() for m in _FLAT_END.finditer(words.group())] + [words.end()]
            for end in sorted(ends, reverse=True):
                if end > at and text.startswith(" ", end) and end + 2 < len(text) and text[end + 1].isupper() \
                        and (text[end + 2].islower() or text[at:end].isupper()) and is_heading_phrase(text[at:end]):
                    add(at, end, text[at:end])
                    break
    return [found[k] for k in sorted(found)]


_MARKS = regex_programs.compile(r"[.!?;:](?=\s|$)")


#: words a label cannot follow in running text: a phrase after them is part of the sentence
_FUNCTION_WORDS = frozenset("""a an the in of for and or to on at by from with our your their its his her my
as into about under over than including""".split())
_LAST_WORD = regex_programs.compile(r"([A-Za-z]+)[ \t]*$")


#: the last word of a list item run on into the next, in lower case ("... help them out
#: Requirements Minimum ..."), not a name's word, a figure or a quotation ("38 Essential Pizzerias")
_LIST_ITEM_END = regex_programs.compile(r"(?<![A-Za-z])[a-z][a-z'’-]*[ \t]+$")


def _after_function_word(text: str, at: int) -> bool:
    m = _LAST_WORD.search(text, max(0, at - 16), at)
    return bool(m) and m.group(1).lower() in _FUNCTION_WORDS


def _is_phrase_after_filler(label: str, is_heading_phrase: Callable[[str], bool]) -> bool:
    """A heading phrase, or one once its leading filler words are dropped ("What you'll need" is
    "you'll need", "Your Key Responsibilities" is "Responsibilities")."""
    if is_heading_phrase(label):
        return True
    words = label.split()
    while len(words) > 1 and words[0].lower() in _FILLER:
        words = words[1:]
        if is_heading_phrase(" ".join(words)):
            return True
    return False


def _label_may_follow(text: str, at: int, end: int) -> bool:
    """Whether a label may start at ``at`` after the word before it, in running text: not after a
    function word, and not after a capitalised word unless the label is in capitals ("...
    initiatives QUALIFICATIONS •", "... MANAGER REQUIREMENTS •", but not the item "✅Medical/Dental/
    Vision Benefits package✅", where 'Benefits package' ends a name)."""
    m = _LAST_WORD.search(text, max(0, at - 16), at)
    if not m:
        return True
    word = m.group(1)
    return word.lower() not in _FUNCTION_WORDS and (not word[0].isupper() or text[at:end].isupper())


def _flat_stretches(text: str) -> list[tuple[int, int]]:
    """Where flat labels are looked for: the whole block when it is flattened (``_flattened``), or
    else each stretch between sentence marks of at least ``FLAT_WORDS_PER_MARK`` words, a list that
    lost its line breaks inside an ad whose prose kept its full stops ("... help them out
    Requirements Minimum 4 years of experience ... Proficient in SQL")."""
    if _flattened(text):
        return [(0, len(text))]
    out, at = [], 0
    for m in _MARKS.finditer(text + "."):
        if text.count(" ", at, m.start()) + 1 >= FLAT_WORDS_PER_MARK:
            out.append((at, m.start()))
        at = m.end()
    return out


def _flattened(text: str) -> bool:
    """A block run together with no sentence marks (``FLAT_WORDS_PER_MARK``)."""
    words = text.count(" ") + 1
    return words >= FLAT_WORDS_PER_MARK and words >= FLAT_WORDS_PER_MARK * (len(_MARKS.findall(text)) + 1)
