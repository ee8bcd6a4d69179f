"""Where a sentence breaks: jdlint's one definition, read by every part that splits prose text.

- the spaCy pipeline (``nlp.jdlint_sentences``): a rule's sentence (``ctx.sentence``,
  ``doc.sents``) starts at each break below that falls on a token's start (``doc_sentence_starts``);
- section detection and pay extraction, on block text and without a ``Doc`` (``sentence_spans``,
  remembered per text because ads repeat boilerplate);
- the readability metrics (``metrics._counts``, ``metrics.words_per_sentence``): the Flesch
  scores' sentences.

A sentence breaks (``_BREAK``, one alternative each):

- ``line``: at a ``\\n`` of prose text. Parsers put one only between blocks and at line ends that
  end a sentence, so headings and list items never merge with their neighbours.
- ``final``: after ``.``, ``!``, ``?`` or ``;`` (and any closing quotes or brackets), then
  whitespace (and any emoji with whitespace after them: ``EMOJI_RUN``), before a word that begins with a capital, a digit, an opening quote or bracket,
  a currency sign, a bullet ("*", "•", "·") or "#", unless the word holding the mark is an abbreviation that spaCy's
  tokenizer keeps whole ("e.g.", "Mr.", "p.m.", "Inc.": ``_abbreviations``). A lower-case
  word after a full stop continues the sentence: after "approx.", "incl.", "min." and other
  abbreviations nobody lists, that is what it does. Before an amount (a digit or currency sign), a
  money abbreviation's full stop is no break either ("Rs. 35,000", "approx. £30,000":
  ``_AMOUNT_ABBREVIATIONS``). A semicolon before a capital ends an item
  of a list flattened into a line ("Manage accounts; Prepare reports").
- ``bullet``: at a bullet ("•", "·") inside a line with a space after it and a space or a
  sentence mark or colon before it ("Python • SQL", "areas.· Knowledge", "Abilities:· Good": a
  list flattened into one line).
- ``item``: at the marks of a list written on one line (``_item_gaps``): a run of two or more emoji or
  symbol bullets ("provide them with: ✅Better Comp✅More Control"), of asterisks ("We provide:* Competitive
  rates* We pay gas"), or of spaced dashes between short pieces after a colon ("Tools: Python - SQL - Excel").
  One such mark alone is no break: an emoji in a sentence, a footnote's asterisk, a dash before an aside.
- ``dash``: at a spaced dash ("–", "—") inside a line before a label of up to five words and its
  colon ("Qatar — Contract: 24 months — Job Summary: ..."): the fields of a page flattened into one
  line. The dash and its spaces belong to neither side.
- ``glued``: between a lower-case letter, digit or ")" and a capitalised word of three letters
  or more with no space ("...our customersSkills": EMSCAD's run-together list items), or after
  a sentence mark that follows one of them ("destinations.We are", "more.THE OPPORTUNITY":
  run-together paragraphs), unless the word is an abbreviation ("Ph.D"). spaCy keeps such a pair as one
  token, so a ``Doc`` cannot start a sentence inside it: this is the one break only text users
  (section detection, pay) see. Where the tokenizer does split there ("(see below)Next"), the
  Doc breaks too.

Text between breaks is a sentence; the characters of a break ("\\n", ". " less the mark, " • ")
belong to neither side for text users. A ``Doc`` cannot leave tokens out, so there the mark and
closing brackets end the sentence before the break and a bullet ends it too.

The readability metrics count these sentences in text joined one piece per line
(``metrics.as_sentences``), so a scored sentence is a sentence here, and words are
``metrics.word_count``'s.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterator
from . import regex_programs
from .sentence_memo import sentence_memo

#: Emoji between a sentence's mark and the next sentence ("... for the busy December season! 🌊🍤 We are a family
#: seafood restaurant", writer P 9511; social posts): part of the break, as a space is. Pictographs, dingbats and
#: symbols, with the joiner, variation selector and skin tones that build one emoji from several.
EMOJI_RUN = "[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+"

#: A label of up to four words and its colon (Title Case or lower case after the first word): the head of a field
#: in a page flattened into one line ("Qatar — Contract: 24 months — Job Summary: ... — How to Apply: Send ...").
#: After a spaced dash it begins the next sentence, not the end of the one before it (writer M 9321: D405 read
#: "valid GCC driving licence" with the Qatar labour law of the next field); SPACED_DASH_LABEL below reads the
#: same head for R104's glue and the lawful-basis window.
LABEL_HEAD = r"[A-Z][A-Za-z&/'\u2019]*(?:[ \t]+[A-Za-z&/'\u2019]+){0,3}[ \t]?:"
_DASH_LABEL = LABEL_HEAD + r"\s"

#: every break starts at a space, a capital letter, a closing quote or bracket or a bullet, so the lookahead
#: up front lets the engine pass over other characters without trying each branch there
_BREAK = regex_programs.compile(
    r"(?=[\sA-Z\"')\]•·])(?:"
    r"(?P<final>(?<=[.!?;])[\"')\]]*\s+(?:" + EMOJI_RUN + r"\s+)?(?=[\"'(\[]?[*•·A-Z0-9$£€#]))"
    r"|(?P<line>\n)"
    r"|(?P<glued>(?<=[a-z0-9)])(?=[A-Z][a-z]{2,})|(?<=[a-z0-9][.!?])(?=[A-Z]))"
    r"|(?P<bullet>(?:\s|(?<=[.!?;:]))[•·]\s)"
    r"|(?P<dash>\s[–—]\s(?=" + _DASH_LABEL + r")))")

#: the characters _BREAK's lookbehinds accept: a span of text after any other character (or at the
#: start) splits as the span's own text does
_SPLIT_LOOKBEHIND = frozenset(".!?;:)abcdefghijklmnopqrstuvwxyz0123456789")

#: what may come before an abbreviation inside its word: spaCy splits these off as prefixes
_OPENERS = "\"'(["
_CLOSERS = "\"')],;:"


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The words ending in "." that spaCy's English tokenizer keeps whole ("e.g.", "Mr.",
    "p.m.", "Inc.", "N.Y."): their full stop is no sentence end, in a ``Doc`` (the token is not
    sentence-final punctuation) or in text. Read from spaCy's own table so the two agree."""
    from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS

    return frozenset(key for key in TOKENIZER_EXCEPTIONS if key.endswith(".") and len(key) > 1)


def _ends_abbreviation(text: str, mark: int, lowest: int, highest: int) -> bool:
    """Whether the full stop at ``text[mark]`` belongs to a word spaCy keeps whole as an
    abbreviation ("e.g.", "(Inc.)", "Ph.D."), the word read inside text[lowest:highest], so a
    span splits as its own text."""
    if text[mark] != ".":
        return False
    start = mark
    while start > lowest and not text[start - 1].isspace():
        start -= 1
    end = mark + 1
    while end < highest and not text[end].isspace() and text[end] not in _CLOSERS:
        end += 1
    while start < mark and text[start] in _OPENERS:
        start += 1
    return text[start:end] in _abbreviations()


#: abbreviations that stand before or inside an amount of money ("Rs. 35,000", "approx. £30,000",
#: "£30k p.a. - £35k p.a."): their full stop is no sentence end when a digit or a currency sign
#: follows, so a pay figure stays in one sentence. Before a capital ("£30,000 p.a. Benefits
#: include...") the full stop still ends the sentence. spaCy's table lists none of them.
#: The letters a currency is written with before the digits (data/currencies.yaml's letter_signs:
#: "Ksh. 35,000", "Kr. 450", "Dhs. 4,000") are among them, from the one table of currencies.
def _currency_letters() -> frozenset[str]:
    from importlib.resources import files

    from .yamlio import load_fast

    table = load_fast((files("jdlint.data") / "currencies.yaml").read_text("utf-8"))
    # (pay15) and Peru's "S/." ("S/. 2,500 mensual"), a sign of letters and a slash
    return frozenset(k.lower() + "." for k in table["letter_signs"] if k.isascii() and (k.isalpha() or k.rstrip("/").isalpha()))


_AMOUNT_ABBREVIATIONS = frozenset({"rs.", "inr.", "approx.", "apx.", "appx.", "ca.", "c.", "est.", "p.a.", "p.h.",
                                   "p.w.", "p.d.",
                                   # (pay18) a bound written short before its amount ("Min. 20,000 RMB per month")
                                   "min.", "max."}) | _currency_letters()


#: Abbreviations of four letters or more that ads write with a full stop and that spaCy's table
#: does not list ("approx.", "incl.", "dept.", "mgmt."), case-folded: after one, a lower-case word
#: goes on the same sentence. The splitter never breaks before a lower-case word anyway; R104's
#: re-measure of a sentence begun in lower case asks ``is_abbreviation``, which reads them with
#: spaCy's table and the money abbreviations, so "what is an abbreviation" has this one home.
_AD_ABBREVIATIONS = frozenset("""approx incl excl dept mgmt govt info misc tech corp assoc admin appt prev
pref reqd mins mths mnths wkly temp cert certs qual quals""".split())


def is_abbreviation(word: str) -> bool:
    """Whether ``word`` followed by a full stop is an abbreviation ("approx", "Corp", "Calif",
    "p.a"): one of the ads' own, one spaCy keeps whole (as written: "Mass." is, "mass." is not),
    or a money abbreviation."""
    lowered = word.lower()
    return lowered in _AD_ABBREVIATIONS or word + "." in _abbreviations() or lowered + "." in _AMOUNT_ABBREVIATIONS


def _abbreviation_before_amount(text: str, mark: int, gap_end: int, lowest: int) -> bool:
    """Whether the full stop at ``text[mark]`` ends an ``_AMOUNT_ABBREVIATIONS`` word and an
    amount (a digit or currency sign) begins at ``gap_end``."""
    if text[mark] != "." or gap_end >= len(text) or not (text[gap_end].isdigit() or text[gap_end] in "$£€"):
        return False
    start = mark
    while start > lowest and not text[start - 1].isspace() and text[start - 1] not in _OPENERS + ":":
        start -= 1
    return text[start:mark + 1].lower() in _AMOUNT_ABBREVIATIONS


def breaks(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """``(gap_start, gap_end, kind)`` for each sentence break in text[start:end], in order: the
    sentence before ends at ``gap_start``, the next begins at ``gap_end``; kind names the rule."""
    end = len(text) if end is None else end
    items = _item_gaps(text, start, end)
    last = start
    for gap_start, gap_end, kind in _fast_gaps(text, start, end):
        if kind == "final" or (kind == "glued" and text[gap_start - 1] == "."):
            mark = gap_start - 1
            while text[mark] not in ".!?;":  # back over closing quotes and brackets
                mark -= 1
            if _ends_abbreviation(text, mark, start, end) or _abbreviation_before_amount(text, mark, gap_end, start):
                continue
        while items and items[0][0] < gap_start:  # an inline item's mark before this break
            item = items.pop(0)
            if item[0] >= last and item[1] <= gap_start:
                yield item
                last = item[1]
        if gap_start < last:
            continue  # inside an item's mark (its spaces)
        yield gap_start, gap_end, kind
        last = max(last, gap_end)
    for item in items:
        if item[0] >= last:
            yield item
            last = item[1]


#: A word of two letters, or a digit: what every section cue, heading label, pay figure, rule phrase and term
#: is made of (the word tables and heading synonyms hold none without one; tests/test_hostile44.py reads them).
#: ``[^\W\d_]{2}|\d`` written so that each search step starts at a letter or digit (one character class, which
#: the engine scans for in a tight loop): four times faster over a run of punctuation, the same answer.
_WORD_OR_DIGIT = regex_programs.compile(r"[^\W_](?:(?<=\d)|[^\W\d_])")


def has_words(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a word of two letters or a digit. Text without one (a fill-in line of
    underscores, 300 kB of "$", "! ! !", emoji, "a:b@" repeated) can hold no section cue, label or pay figure:
    section detection leaves its sentences and blocks unread (``sections.classify``, ``sections.detect``), and
    each of its readers would have scanned the whole run for nothing, some of them several times. One search,
    which stops at the first word of a real sentence."""
    return _WORD_OR_DIGIT.search(text, start, len(text) if end is None else end) is not None


# --- Inline list items: a list written on one line, read as a reader reads it (its items one by one) ---

#: Symbols and emoji that ads use as bullets inside a line ("... provide them with: ✅Better Comp ✅More Control
#: ✅250+ lender partners", "➢ Scheduling of meetings➢ Maintaining files"): check marks, arrows, squares, discs,
#: diamonds, stars, and pictographs. ("•" and "·" are ``bullet`` breaks above, one enough.)
INLINE_BULLET_SYMBOLS = ("\u2705\u2713\u2714\u2611\u2043\u2192\u2794\u2798-\u27af\u27b1-\u27be\u25a0-\u25ff"
                         "\u2756\u2605\u2606\U0001F300-\U0001FAFF")
#: A mark that may open an inline list item, when a capital, a digit or an opening quote or bracket follows:
#: a bullet symbol (glued or spaced: "Rates✅Faster", "with: ✅Better"), an asterisk after a word or a space
#: ("We provide:* Competitive rates ... months* We pay gas ..."), or a spaced dash ("Skills: Python - SQL - Excel").
#: One mark alone may be chance (an emoji in a sentence, a footnote's asterisk, a dash before an aside): only a
#: run of the same mark on one line makes a list (``_item_gaps``).
#: Each match begins at the mark itself, so the engine passes over other characters; the spaces before the
#: mark belong to the gap too (``_item_gaps`` walks back over them).
_ITEM_MARK = regex_programs.compile(
    r"(?=[*\-\u2013\u2014" + INLINE_BULLET_SYMBOLS + r"])(?:"
    r"(?P<symbol>[" + INLINE_BULLET_SYMBOLS + r"]\uFE0F?[ \t]*)(?=[\"'(\[]?[A-Z0-9])"
    r"|(?P<star>\*[ \t]+)(?=[\"'(\[]?[A-Z0-9])"
    r"|(?P<dash>(?<=[A-Za-z)][ \t])[-\u2013\u2014][ \t]+)(?=[A-Z]))")
#: the characters an ``_ITEM_MARK`` holds: a text without any has no inline items (most texts)
_ITEM_MARK_CHARS = regex_programs.compile(r"[*\-\u2013\u2014" + INLINE_BULLET_SYMBOLS + r"]")
#: Words of a piece between two spaced dashes of a list ("Python - SQL - Excel"): more, and the dashes set off an
#: aside or a range in a sentence ("we pray together - we care for each other").
_DASH_ITEM_WORDS = 5
_PIECE_WORD = regex_programs.compile(r"[A-Za-z0-9][\w'\u2019&/+.-]*")


def _item_gaps(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The ``item`` breaks of text[start:end]: the marks of a list run into one line, where two marks of
    the same kind or more follow something on the line. A bullet symbol or an asterisk marks items
    whatever their length; spaced dashes only after a colon on the line, between pieces of at most
    ``_DASH_ITEM_WORDS`` words (a dash in prose sets off an aside or a range). Every test is positive and
    reads the line inside the span only, so a piece of a split splits into just itself."""
    if not _ITEM_MARK_CHARS.search(text, start, end):
        return []
    found: list[tuple[int, int, str]] = []
    runs: dict[str, list[tuple[int, int]]] = {}
    line_start, line_end = start, -1

    def close() -> None:
        for kind, marks in runs.items():
            if len(marks) < 2:
                continue
            if kind == "dash":
                colon = text.find(":", line_start, marks[0][0])
                if colon < 0:
                    continue
                edges = [colon + 1] + [p for mark in marks for p in mark]
                pieces = [text[edges[i]:edges[i + 1]] for i in range(0, len(edges) - 1, 2)]
                if any(not 1 <= len(_PIECE_WORD.findall(piece)) <= _DASH_ITEM_WORDS for piece in pieces):
                    continue
            found.extend((a, b, "item") for a, b in marks if text[line_start:a].strip())
        runs.clear()

    for m in _ITEM_MARK.finditer(text, start, end):
        at, stop = m.span()
        while at > start and text[at - 1] in " \t":
            at -= 1
        if at >= line_end:
            close()
            line_start = text.rfind("\n", start, at) + 1 or start
            line_start = max(line_start, start)
            line_end = text.find("\n", at, end)
            line_end = end if line_end < 0 else line_end
        if stop >= line_end:
            continue  # at the line's end
        # (the line's own bullet at its start counts for the run, and is no break)
        runs.setdefault(m.lastgroup, []).append((at, stop))
    close()
    found.sort()
    return found


#: ``_BREAK`` rewritten so that every match begins at a rarer character (a mark, a newline, a
#: capital, a bullet) instead of at every space: the same gaps (``_fast_gaps``, tested against
#: ``_plain_gaps`` on the corpus and random text) in about half the time. A whole posting goes
#: through it once per file for the ``Doc``.
_FAST_BREAK = regex_programs.compile(
    r"(?=[.!?;\n•·A-Z–—])(?:"
    r"(?P<final>[.!?;][\"')\]]*\s+(?:" + EMOJI_RUN + r"\s+)?(?=[\"'(\[]?[*•·A-Z0-9$£€#]))"
    r"|(?P<line>\n)"
    r"|(?P<glued>(?<=[a-z0-9)])[A-Z](?=[a-z]{2})|(?<=[a-z0-9][.!?])[A-Z])"
    r"|(?P<bullet>(?<=[\s.!?;:])[•·](?=\s))"
    r"|(?P<dash>(?<=\s)[–—]\s(?=" + _DASH_LABEL + r")))")


def _fast_gaps(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """``_plain_gaps`` from ``_FAST_BREAK``, whose ``final`` match starts at the mark (one before
    the gap), ``glued`` at the capital (an empty gap), ``bullet`` at the bullet (the gap starts
    at the space before it, if any, and takes the space after it)."""
    found = []
    last = start
    for m in _FAST_BREAK.finditer(text, max(start - 1, 0), end):  # a mark just before start
        at = m.start()
        kind = m.lastgroup
        if at < last and not (kind == "final" and at == start - 1):
            continue  # inside the previous gap (a bullet's space), or before start
        if kind == "final":
            found.append((at + 1, m.end(), kind))
            last = m.end()
        elif kind == "glued":
            found.append((at, at, kind))
        elif kind == "bullet":
            if m.end() >= end:
                continue  # no space after it inside the span
            if text[at - 1].isspace():
                if at - 1 < last:
                    continue  # that space ended the previous gap
                at -= 1
            found.append((at, m.end() + 1, kind))
            last = m.end() + 1
        elif kind == "dash":
            if at - 1 < last:
                continue  # its space ended the previous gap
            found.append((at - 1, m.end(), kind))
            last = m.end()
        else:
            found.append((at, m.end(), kind))
            last = m.end()
    return found


def _plain_gaps(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The definition: each ``_BREAK`` match in text[start:end] as ``(start, end, kind)``."""
    return [(m.start(), m.end(), m.lastgroup) for m in _BREAK.finditer(text, start, end)]


@sentence_memo  # section detection splits the same block text several times
def sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The sentences of text[start:end], as ``(start, end)`` offsets into ``text``.

    Any piece this returns splits into just itself: no break inside it was found with the same
    characters on either side, and every part of ``_BREAK`` is a positive test, which cutting the
    text off at the piece's end can only make fail.
    """
    if (start > 0 or end < len(text)) and (start == 0 or text[start - 1] not in _SPLIT_LOOKBEHIND):
        # a block of the posting: split as its own text, which the block classifiers split too
        return tuple((start + a, start + b) for a, b in sentence_spans(text[start:end], 0, end - start))
    return split_sentences(text, start, end)


def split_sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans between the breaks in text[start:end]: what ``sentence_spans`` gives, without
    its memo or its reuse of a block's split."""
    spans = []
    pos = start
    for gap_start, gap_end, _ in breaks(text, start, end):
        if gap_start > pos:
            spans.append((pos, gap_start))
        pos = gap_end
    if end > pos:
        spans.append((pos, end))
    return tuple(spans)


def sentence_starts(text: str, kinds: tuple[str, ...] | None = None) -> list[int]:
    """The offsets where a sentence of ``text`` begins after a break (``gap_end`` of each; only
    breaks of ``kinds`` if given), in order: what a ``Doc`` over ``text`` snaps to its tokens
    (``nlp.jdlint_sentences``)."""
    return [gap_end for _, gap_end, kind in breaks(text) if kinds is None or kind in kinds]


# --- Pieces that are several pieces glued together (a flattened posting lost its line breaks) ---

#: Where two list items were glued when a posting was flattened into one line: an all-lower-case
#: word of four or more letters running into a capitalised one ("degree requiredMinimum 8 years"),
#: a closing bracket running into one ("(Azure)Willing to learn"), or an inline bullet character:
#: '•', '·', '§', and the arrows, shapes and check marks ads use as bullets ('➢', '►', '■', '✔', '❖',
#: seed 28), which prose has no use for; and an ASCII arrow used as a bullet right after an item's closing
#: full stop ("in the link below.--> The LinkedIn apply will not ...", seed 32): an arrow in prose stands
#: between two words ("visits -> orders"), not after a sentence's end.
#: A capitalised word with a capital inside ("PowerPoint", "QuickBooks") is a name, not a glue
#: point (the lookbehind); one glue point can still be chance, two or more make a list.
RUN_TOGETHER_ITEM = regex_programs.compile(r"(?<![A-Za-z])[a-z]{4,}[A-Z][a-z]{2}|[a-z]\)[A-Z][a-z]{2}|[\u2022\u2023\u2043\u00a7\u00b7\u25a0-\u25ff\u2713\u2714\u2756\u2794-\u27bf]|[a-z0-9)][.!?][ \t]?(?:-{1,3}|=)>")
#: Sentences glued at a full stop with no space: "...e-mail.Tidewater Finance is".
GLUED_SENTENCES = regex_programs.compile(r"[a-z)#]\.[A-Z][a-z]")
#: The point where a flattened list glued two items, zero-width, for a reader that stops there (a selection
#: finding's reach, context.RuleContext.report): a lower-case letter run into a capitalised word ("30 lbsMust
#: be capable"), a full stop run into a number or a capital ("time.2.Ability", "e-mail.Tidewater"), or an
#: inline bullet. Looser than RUN_TOGETHER_ITEM, which decides that a piece is a list: stopping early at a
#: name's capital ("JavaScript") costs a reach a few words, not a split.
ITEM_GLUE_POINT = regex_programs.compile(r"(?<=[a-z])(?=[A-Z][a-z])|(?<=[a-z)]\.)(?=\d|[A-Z][a-z])|(?=[\u2022\u00b7\u25a0-\u25ff])")
#: A dash before a field's label and its colon: a part of a flattened ad run on after the one before it ("... Ras
#: Laffan Industrial City. — Candidate Requirements: B.Sc. ...; — What We Offer: ...", writer M 9321). A dash in
#: prose opens an aside or an explanation, not a label. R104 measures the parts one by one
#: (rule_packs.is_run_together_list's glue), and a requirement's lawful basis is read in its own part
#: (context.FileAnalysis.lawful_basis): 'as per Qatar labour law' in 'What We Offer:' is the medical insurance's.
SPACED_DASH_LABEL = r"[ \t][-\u2013\u2014]{1,2}[ \t]+" + LABEL_HEAD + r"(?![/\d])"
LABELLED_PART = regex_programs.compile(SPACED_DASH_LABEL)
#: A label glued to its neighbours when a posting was flattened: no space between the colon and the
#: capital after it ("When:Saturday, November 8 Where:Hilton Garden Inn"), or the label's capital run
#: into the word before it ("Licensed: Texas P&C AgentEducation: Bachelor's"), or an asterisk used as
#: an inline bullet ("We provide:* Competitive rates ... months* We pay gas"). Prose does none of these.
GLUED_LABEL = regex_programs.compile(r"[A-Za-z)]\s?:[A-Z]|[a-z][A-Z][a-z]+\s?:|(?<=[a-z.!?):])\*[ \t]+(?=[A-Z])")
