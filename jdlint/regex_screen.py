"""Which of several regexes can match a text at all, told for all of them in one RE2 pass.

The rule regexes (``matching.PatternIndex``, per block), section detection's wording tables
(``sections/classify.py``, per sentence), the vague-pay wording (``extract/pay.py``, per
sentence) and the template fill-ins (``extract/leftovers.py``, per block) are long alternations
that Python's ``re`` tries at every position, and most texts hold no match of most of them. An
RE2 ``Set`` of all of a group's patterns runs one DFA pass over the text and says which patterns
can match it; Python's ``re`` then runs only those, and still produces every match. So the
screen only ever skips a search that would have found nothing:

- each pattern joins the set loosened to a superset of what it matches
  (``regexes.screen_pattern``: no lookarounds or back-references); a pattern it cannot loosen,
  or RE2 refuses, is never ruled out;
- a text holding a character where RE2 and ``re`` read classes differently
  (``regexes.RE2_DISAGREES``: non-ASCII letters, digits and spaces, some ASCII controls) is not
  screened: every pattern may match it;
- without google-re2 (no wheel for the platform), or with the screens switched off
  (``switched_off``, for tests), every pattern may match every text: the plain path.

Tests compare the screened and plain paths on the dev corpus and on generated text.
"""
from __future__ import annotations

import contextlib
import re
import weakref
from typing import Iterator, Sequence

from .bitmasks import mask_of
from .regexes import branches_apart, screen_pattern

#: RE2's default 8 MB leaves a set's DFA too little room for the rule regexes: it throws its
#: states away and rebuilds them for every block (30x slower than warm). 32 MB was still too
#: little for section detection's 18 wording tables: over the dev corpus' 8,500 sentences their
#: set stayed at its cold speed pass after pass (0.40 s a pass; warm 0.04 s from 48 MB, RSS +11
#: MB). It is a ceiling, not an allocation: a smaller set's DFA stays smaller.
SCREEN_MEMORY = 64 << 20

_switched_off = False

#: the ASCII characters RE2_DISAGREES finds (controls Python's ``\s`` matches and RE2's does not),
#: each tested with ``in``, a memchr-like scan: a character-class search was about 20 ns a character
_ASCII_DISAGREES = ("\x0b", "\x1c", "\x1d", "\x1e", "\x1f")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def engines_agree(text: str) -> bool:
    """Whether RE2 and Python's ``re`` read every character of ``text`` alike, which is
    ``not RE2_DISAGREES.search(text)``: asked for every sentence and block screened (about
    45,000 times, 8 M characters, over the dev corpus: three times faster than that search)."""
    for control in _ASCII_DISAGREES:
        if control in text:
            return False
    if text.isascii():
        return True
    # re's \w is str.isalnum() or "_", its \s str.isspace(): the non-ASCII character RE2_DISAGREES
    # looks for is one of those, and each distinct one is asked once
    return not any(char.isalnum() or char.isspace() for char in set(_NON_ASCII.findall(text)))


@contextlib.contextmanager
def switched_off() -> Iterator[None]:
    """Every screen says "may match" for the duration, as without google-re2 (for tests that
    compare the two paths; memoised results computed before stay as they are)."""
    global _switched_off
    saved, _switched_off = _switched_off, True
    try:
        yield
    finally:
        _switched_off = saved


def is_switched_off() -> bool:
    return _switched_off


def _re2():
    try:
        import re2
    except ImportError:  # google-re2 has no wheel for this platform: the plain path
        return None
    return re2


class RegexScreen:
    """An RE2 ``Set`` over ``patterns`` (each ``(source, ignore_case)``, or None for one never
    screened), answering by the patterns' positions in that list."""

    #: the pattern every successful search reports (see ``__init__``)
    CANARY = r"\z"

    def __init__(self, re2, patterns: Sequence[tuple[str, bool] | None], memory: int = SCREEN_MEMORY) -> None:
        options = re2.Options()
        options.case_sensitive = True  # per pattern: (?i) for those Python runs with re.I
        options.never_capture = True
        options.log_errors = False
        options.max_mem = memory
        self.set = re2.Set.SearchSet(options)
        # The canary matches every text: an answer without it is a failed search (the bindings
        # turn RE2's "DFA out of memory" into "no match"), which must rule nothing out. It is the
        # text's end (\z), not the empty pattern: an empty pattern matches at every position, so
        # every DFA state was a matching one and the search recorded the canary at each byte (a third
        # to three fifths of a set's instructions over section detection's sentences, callgrind)
        self._canary = self.set.Add(self.CANARY)
        #: each pattern's position in the set, None when it is not screened (may always match)
        self.ids: list[int | None] = []
        for pattern in patterns:
            loosened = screen_pattern(pattern[0]) if pattern is not None else None
            set_id = None
            if loosened is not None:
                try:
                    set_id = self.set.Add(("(?i)" if pattern[1] else "") + loosened)
                except re2.error:
                    pass  # e.g. an escape RE2 spells differently: never ruled out
            self.ids.append(set_id)
        self.set.Compile()
        self._position = {set_id: i for i, set_id in enumerate(self.ids) if set_id is not None}
        #: positions of the patterns the set cannot rule out
        self.unscreened = frozenset(i for i, set_id in enumerate(self.ids) if set_id is None)
        self.partial = bool(self.unscreened)

    @classmethod
    def build(cls, patterns: Sequence[tuple[str, bool] | None], memory: int = SCREEN_MEMORY,
              sets: Sequence[int] | None = None) -> "RegexScreen | SplitScreen | None":
        """The screen, or None without google-re2 or when RE2 cannot compile a set within
        ``memory`` (a pack's huge patterns): the plain path then. ``sets``: per pattern, the
        number of the RE2 set it joins (``SplitScreen``); by default one set for all."""
        re2 = _re2()
        if re2 is None:
            return None
        try:
            if sets is None or len(set(sets)) < 2:
                return cls(re2, patterns, memory)
            members: dict[int, list[int]] = {}
            for i, number in enumerate(sets):
                members.setdefault(number, []).append(i)
            return SplitScreen([(cls(re2, [patterns[i] for i in positions], memory), positions)
                                for positions in members.values()], len(patterns))
        except re2.error:
            return None

    def possible(self, text: str) -> frozenset[int] | None:
        """Positions of the patterns that may match ``text``; None when the text cannot be
        screened (or the screens are switched off): every pattern may."""
        if _switched_off or not engines_agree(text):
            return None
        hits = self.set.Match(text)
        if not hits or self._canary not in hits:
            return None  # the search failed
        position = self._position
        found = frozenset(position[h] for h in hits if h in position)
        return found | self.unscreened if self.unscreened else found

    def possible_many(self, texts: Sequence[str]) -> dict[str, frozenset[int] | None]:
        """``possible`` of each text, for the texts RE2 and ``re`` read alike (the others are left out:
        the caller asks ``possible``, which answers None for them)."""
        return _possible_many([(self, self._position)], texts, self.unscreened)

    def block_bits(self, text: str, spans: list[tuple[int, int]]) -> tuple[dict[int, int], int]:
        """Per pattern position, a bit mask of the spans (bit i: span i) where it may match; and
        the mask of the spans not screened, where any pattern may match. (Patterns the set
        cannot rule out are left to the caller.)"""
        if _switched_off:
            return {}, (1 << len(spans)) - 1
        return self.encoded_bits(_encoded_blocks(text, spans))

    def encoded_bits(self, blocks: list[bytes | None]) -> tuple[dict[int, int], int]:
        """``block_bits`` of blocks already encoded (``_encoded_blocks``: None for a block the
        engines read apart)."""
        match = self.set.Match
        position = self._position
        canary = self._canary
        where: dict[int, list[int]] = {}  # pattern position -> the blocks it may match in
        missed: list[int] = []
        for i, block in enumerate(blocks):
            hits = match(block) if block is not None else None
            if not hits or canary not in hits:
                missed.append(i)  # characters the engines read apart, or a failed search
                continue
            for set_id in hits:
                if set_id != canary:
                    at = position[set_id]
                    if at in where:
                        where[at].append(i)
                    else:
                        where[at] = [i]
        return {at: mask_of(i) for at, i in where.items()}, mask_of(missed)


def _encoded_blocks(text: str, spans: list[tuple[int, int]]) -> list[bytes | None]:
    """Each span of ``text`` as the UTF-8 bytes RE2 reads (what the re2 module's ``Match`` encodes a
    str to), or None where the engines read a character apart (``engines_agree``): encoded once for
    every set that screens it."""
    every_block_agrees = text.isascii() and engines_agree(text)
    return [block.encode("utf-8") if every_block_agrees or engines_agree(block) else None
            for block in (text[start:end] for start, end in spans)]


class SplitScreen:
    """Several ``RegexScreen`` sets over parts of one list of patterns, answering as one screen
    by the patterns' positions in the whole list.

    A lazy DFA builds a state for each combination of partial matches it meets, and one set's
    states combine all its patterns: the first pass over new text costs far more than later ones
    (the rule regexes over the dev corpus: 0.86 s cold, 0.03 s warm), and one CLI run is one
    cold pass. Two sets of half the patterns each meet fewer combinations: 0.57-0.62 s cold,
    0.05 s warm. A text one set cannot read (a failed search) counts as unscreened for all."""

    def __init__(self, parts: list[tuple[RegexScreen, list[int]]], size: int) -> None:
        self.parts = parts
        self.ids: list[int | None] = [None] * size
        for screen, positions in parts:
            for local, at in enumerate(positions):
                self.ids[at] = at if screen.ids[local] is not None else None
        self.unscreened = frozenset(i for i, set_id in enumerate(self.ids) if set_id is None)
        self.partial = bool(self.unscreened)
        #: per set: the screen and where each of its set ids stands in the whole list, so that
        #: ``possible`` asks each set directly (the text checked and encoded once for all of them, as
        #: each set's own ``possible`` did once per set: section detection's five sets read every sentence)
        self._readers = [(screen, {set_id: positions[local] for set_id, local in screen._position.items()})
                         for screen, positions in parts]

    def possible(self, text: str) -> frozenset[int] | None:
        """What each part's ``RegexScreen.possible`` answers, together (None if any part cannot read
        ``text``), the unscreened patterns included."""
        if _switched_off or not engines_agree(text):
            return None
        encoded = text.encode("utf-8")
        found = list(self.unscreened)
        for screen, where in self._readers:
            hits = screen.set.Match(encoded)
            canary = screen._canary
            if not hits or canary not in hits:
                return None  # the search failed
            found += [where[h] for h in hits if h != canary]
        return frozenset(found)

    def possible_many(self, texts: Sequence[str]) -> dict[str, frozenset[int] | None]:
        """``possible`` of each text, as ``RegexScreen.possible_many``."""
        return _possible_many(self._readers, texts, self.unscreened)

    def block_bits(self, text: str, spans: list[tuple[int, int]]) -> tuple[dict[int, int], int]:
        if _switched_off:
            return {}, (1 << len(spans)) - 1
        blocks = _encoded_blocks(text, spans)
        screened: dict[int, int] = {}
        unscreened = 0
        for screen, positions in self.parts:
            bits, missed = screen.encoded_bits(blocks)
            unscreened |= missed
            for local, mask in bits.items():
                screened[positions[local]] = mask
        return screened, unscreened


def _possible_many(readers: list[tuple[RegexScreen, dict[int, int]]], texts: Sequence[str],
                   unscreened: frozenset[int]) -> dict[str, frozenset[int] | None]:
    """What ``possible`` answers for each of the texts RE2 and ``re`` read alike, asked set by set: one
    set over all the texts, then the next. The answers are those of asking text by text; the order
    is for the CPU's caches. A set's lazy DFA is megabytes of states, and between two sentences of
    a posting the rest of section detection pushes them out of the caches: over the dev corpus'
    sentences section detection's nine sets took 0.19 s read back to back, 0.6 s a pass as the
    sentences came (speed38)."""
    encoded = [(text, text.encode("utf-8")) for text in texts if engines_agree(text)]
    found: dict[str, list[int]] = {text: list(unscreened) for text, _ in encoded}
    failed: set[str] = set()
    for screen, where in readers:
        match = screen.set.Match
        canary = screen._canary
        for text, data in encoded:
            hits = match(data)
            if not hits or canary not in hits:
                failed.add(text)  # the search failed: this text rules nothing out
                continue
            found[text] += [where[h] for h in hits if h != canary]
    return {text: None if text in failed else frozenset(positions) for text, positions in found.items()}


class _Everything:
    """The answer of a screen that rules nothing out."""

    def __contains__(self, item: object) -> bool:
        return True


EVERYTHING = _Everything()


#: Texts a group answers "every member may match" for before it builds its RE2 set. Building
#: the four groups' sets (section wording, vague pay, template fill-ins, equal opportunity) cost
#: about 50 ms of a cold one-posting run, and section detection took 60 ms of process time on
#: dev/0001.md with them and 15 ms with Python's ``re`` on every sentence (its regexes built from
#: cached programs, ``regex_programs``). A posting asks each group about 10-30 texts (median),
#: so a one-posting run mostly never builds them; a longer run builds each after a posting or
#: two, and a folder run with workers builds them all before forking (``build_all``).
SCREEN_AFTER_TEXTS = 32
#: ... but a text longer than this is screened at once: the members' Python ``re`` on a long run of
#: punctuation or an HTML opener that never closes (scripts/hostile_battery.py) is what the RE2 pass
#: keeps linear, and a sentence of an ordinary posting is far shorter
SCREEN_AT_ONCE_CHARS = 2_000

_GROUPS: "weakref.WeakSet[ScreenedGroup]" = weakref.WeakSet()
_STARTS: "weakref.WeakSet[MatchStarts]" = weakref.WeakSet()


def build_all() -> None:
    """Build every group's RE2 set and every start finder made so far now (before forking workers:
    each starts with them)."""
    for group in list(_GROUPS):
        group.screen()
    for starts in list(_STARTS):
        starts.start_function()


class ScreenedGroup:
    """A fixed group of regexes (compiled ``re`` patterns, or objects with a ``.regex``
    attribute such as ``regexes.LowerCaseRegex``) asked about the same texts: ``may_match(text)``
    is the members that may match it (``member in group.may_match(text)``), from one RE2 pass.
    The set is compiled after ``SCREEN_AFTER_TEXTS`` texts (every member may match those)."""

    def __init__(self, members: Sequence, memory: int = SCREEN_MEMORY, alone: Sequence = (),
                 parts: int = 1, branch_sets: int = 1) -> None:
        self.members = tuple(members)
        self.memory = memory
        #: with more than one (a group of one member), the member's top-level branches are cut apart
        #: and dealt in runs of about equal length into this many RE2 sets sharing ``memory``
        #: (``branch_set_numbers``); the member may match a text where any of its branches may
        if branch_sets > 1 and len(self.members) != 1:
            raise ValueError("branch_sets: a group of one member")
        self.branch_sets = max(1, branch_sets)
        #: the member each screened pattern stands for (one pattern per member unless ``branch_sets``)
        self._owners = self.members
        #: members screened by a set of their own (``SplitScreen``): a large table whose states
        #: would multiply the others' on a first pass
        self.alone = tuple(alone)
        #: the other members are dealt in turn into this many sets: many tables in one set can
        #: need more DFA states than ``memory`` holds, and a set over its budget throws its states
        #: away and rebuilds them sentence after sentence, warm or not
        self.parts = max(1, parts)
        self._screen: RegexScreen | SplitScreen | None | bool = False  # False: not built yet
        self._texts_before_screen = SCREEN_AFTER_TEXTS
        #: answers found ahead for the texts of one posting (``batch``), by text; None outside a batch
        self._batch: dict[str, frozenset] | None = None
        _GROUPS.add(self)

    def screen(self) -> "RegexScreen | SplitScreen | None":
        if self._screen is False:
            patterns = []
            for member in self.members:
                regex = getattr(member, "regex", member)
                patterns.append((regex.pattern, bool(regex.flags & re.IGNORECASE)))
            if self.branch_sets > 1:
                source, ignore_case = patterns[0]
                branches = branches_apart(source)
                patterns = [(branch, ignore_case) for branch in branches]
                self._owners = self.members * len(branches)
                sets = branch_set_numbers(branches, self.branch_sets)
                self._screen = RegexScreen.build(patterns, self.memory // (max(sets) + 1), sets)
            else:
                self._screen = RegexScreen.build(patterns, self.memory, self.set_numbers())
        return self._screen

    def set_numbers(self) -> list[int]:
        """Per member, the number of the RE2 set it joins: the others dealt in turn into
        ``parts`` sets, then each of ``alone`` in a set of its own."""
        sets, dealt = [], 0
        for member in self.members:
            if member in self.alone:
                sets.append(self.parts + self.alone.index(member))
            else:
                sets.append(dealt % self.parts)
                dealt += 1
        return sets

    @contextlib.contextmanager
    def batch(self, texts) -> Iterator[None]:
        """Screen ``texts`` (a posting's sentences, which will be asked about) set by set now, and let
        ``may_match`` answer them from that for the duration (``_possible_many``: the same answers,
        the CPU's caches kept warm). Before the set is built (``SCREEN_AFTER_TEXTS``), with the
        screens switched off, or inside another batch of this group, nothing is done ahead."""
        screen = self._screen
        if screen is False or screen is None or _switched_off or self._batch is not None:
            yield
            return
        members = self._owners
        answers = {}
        for text, found in screen.possible_many(list(dict.fromkeys(texts))).items():
            answers[text] = EVERYTHING if found is None else frozenset(map(members.__getitem__, found))
        self._batch = answers
        try:
            yield
        finally:
            self._batch = None

    def may_match(self, text: str):
        """The members that may match ``text`` (a frozenset), or ``EVERYTHING``."""
        if self._batch is not None and not _switched_off:
            found = self._batch.get(text)
            if found is not None:
                return found
        if self._screen is False and self._texts_before_screen > 0 and len(text) <= SCREEN_AT_ONCE_CHARS:
            self._texts_before_screen -= 1
            return EVERYTHING
        screen = self.screen()
        found = screen.possible(text) if screen is not None else None
        if found is None:
            return EVERYTHING
        return frozenset(map(self._owners.__getitem__, found))


def branch_set_numbers(branches: Sequence[str], sets: int) -> list[int]:
    """Per branch, the number of the RE2 set it joins: runs of neighbouring branches of about equal
    length (a pattern's neighbouring branches are mostly variations of one wording, whose partial
    matches come and go together), at most ``sets`` of them."""
    total = sum(map(len, branches)) or 1
    numbers, done = [], 0
    for branch in branches:
        numbers.append(min(sets - 1, done * sets // total))
        done += len(branch)
    return numbers


# --- Where a match can start: one regex searched only at the places RE2 points to -----------------

#: texts longer than this are searched by Python's ``re`` alone: each position RE2 points to costs
#: one RE2 search from there, and a long text with many false starts would pay that again and again
#: (``MatchStarts`` is for sentences; a sentence of an ordinary posting is far shorter)
STARTS_MAX_CHARS = 2_000


class MatchStarts:
    """The matches of a long wording alternation (``regexes.LowerCaseRegex`` with ``starts``), found by
    trying Python's ``re`` only where RE2 says one may start.

    Python's ``re`` tries such a pattern at every position of a sentence: without a first-character
    guard (``regexes.guarded``: a branch opening with ``^\\W*`` or a lookbehind has none) that is
    every branch at every position, about 0.75 ms a sentence for the strong benefit terms. RE2 runs the
    pattern loosened (``regexes.screen_pattern``: each match of the pattern is one of the loosened
    pattern's, starting at the same place or, where a negative lookbehind became the character it
    rules out, one character before) as one DFA pass, and gives the leftmost place one can start.
    ``re`` then tries the pattern there (``regex.match``, which sees the text around it as a search
    does: lookbehinds, ``\\b``, ``^``), and RE2 looks again after it. No position where ``re`` would
    match is skipped, so the spans are those of ``regex.finditer`` (tests compare both on the dev
    corpus' sentences). Texts RE2 reads apart (``engines_agree``), non-ASCII texts (RE2 counts bytes),
    long texts (``STARTS_MAX_CHARS``), a pattern that can match the empty string (``finditer``'s rule
    for empty matches is not imitated) or that RE2 refuses: Python's ``re`` alone, as without
    google-re2 or with the screens switched off."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._start = False  # the leftmost-start function, built when needed (None: not available)
        #: as a ScreenedGroup waits before building its set, the RE2 regex is compiled after this many
        #: texts (``re`` alone reads those): the eleven finders cost about 50 ms of CPU to build, which a
        #: one-posting run (the cold start's budget is one spaCy import) would pay for a few sentences
        self._texts_before_build = SCREEN_AFTER_TEXTS
        _STARTS.add(self)

    def _build(self):
        re2 = _re2()
        if re2 is None:
            return None
        import re._parser as sre_parse

        loosened = screen_pattern(self.pattern)
        if loosened is None or sre_parse.parse(self.pattern, self.flags).getwidth()[0] == 0:
            return None
        options = re2.Options()
        options.never_capture = True
        options.log_errors = False
        options.max_mem = SCREEN_MEMORY
        try:
            compiled = re2.compile(("(?i)" if self.flags & re.IGNORECASE else "") + loosened, options)
        except re2.error:
            return None
        return _leftmost_start(re2, compiled)

    def start_function(self):
        """The function (bytes, position) -> the leftmost start of a loosened match at or after it, or
        -1; None when this pattern is left to Python's ``re``."""
        if self._start is False:
            self._start = self._build()
        return self._start

    def spans(self, regex: re.Pattern, subject: str) -> list[tuple[int, int]] | None:
        """``[m.span() for m in regex.finditer(subject)]``, or None when it cannot tell (the caller
        runs ``finditer``)."""
        start = self._usable(subject)
        if start is None:
            return None
        encoded = subject.encode("ascii")
        end, pos, out = len(encoded), 0, []
        match = regex.match
        while pos <= end:
            # a loosened match may start one character early (a negative lookbehind read as the
            # character it rules out), and that character may end the match before
            at = start(encoded, pos - 1 if pos else 0)
            if at < 0:
                break
            if at < pos:
                at = pos
            m = match(subject, at)
            if m is None:
                pos = at + 1
                continue
            out.append(m.span())
            pos = m.end()
        return out

    def found(self, regex: re.Pattern, subject: str) -> bool | None:
        """``regex.search(subject) is not None``, or None when it cannot tell."""
        start = self._usable(subject)
        if start is None:
            return None
        return self._first(regex, subject, start) is not None

    def search(self, regex: re.Pattern, subject: str) -> re.Match | None:
        """``regex.search(subject)``: the same match (its ``pos`` aside: where ``re`` was asked to try)."""
        start = self._usable(subject)
        return regex.search(subject) if start is None else self._first(regex, subject, start)

    def finditer_spans(self, regex: re.Pattern, subject: str) -> list[tuple[int, int]]:
        """``[m.span() for m in regex.finditer(subject)]``, through ``spans`` where it can tell."""
        found = self.spans(regex, subject)
        return found if found is not None else [m.span() for m in regex.finditer(subject)]

    @staticmethod
    def _first(regex: re.Pattern, subject: str, start) -> re.Match | None:
        encoded = subject.encode("ascii")
        end, pos = len(encoded), 0
        match = regex.match
        while pos <= end:
            at = start(encoded, pos - 1 if pos else 0)
            if at < 0:
                return None
            if at < pos:
                at = pos
            found = match(subject, at)
            if found is not None:
                return found
            pos = at + 1
        return None

    def _usable(self, subject: str):
        if _switched_off or len(subject) > STARTS_MAX_CHARS or not subject.isascii() or not engines_agree(subject):
            return None
        if self._start is False and self._texts_before_build > 0:
            self._texts_before_build -= 1
            return None
        return self.start_function()


def _leftmost_start(re2, compiled):
    """``compiled``'s leftmost match start in bytes at or after a position (-1: none). Through the
    bindings' own search method the call builds a match object and decodes offsets (about 60% more time
    than the search over a sentence); their underlying ``Match`` gives the span alone. That is not
    the bindings' documented interface: where it is missing the search method is used, with the
    same answers (a test fails if the direct call stops being the one used)."""
    low = getattr(compiled, "_regexp", None)
    anchor = getattr(getattr(getattr(re2, "_re2", None), "RE2", None), "Anchor", None)
    if low is not None and anchor is not None and hasattr(low, "Match"):
        unanchored = anchor.UNANCHORED
        match = low.Match
        try:
            if match(unanchored, b"ab", 0, 2)[0][0] not in (-1, 0, 1):
                raise ValueError
        except Exception:  # another signature or answer: the documented way
            pass
        else:
            def start(encoded: bytes, pos: int) -> int:
                return match(unanchored, encoded, pos, len(encoded))[0][0]
            start.direct = True
            return start
    search = compiled.search

    def start(encoded: bytes, pos: int) -> int:
        found = search(encoded, pos)
        return -1 if found is None else found.start()
    start.direct = False
    return start


class StartScreened:
    """A regex whose ``search`` and match spans go through ``MatchStarts``: the answers of the regex's own
    ``search`` and ``finditer`` (for a long wording searched in many short texts, such as the pay pass's
    other people's money, asked of every sentence with a digit)."""

    def __init__(self, regex) -> None:
        self.regex = regex  # a compiled pattern or a regexes.LazyPattern
        self._starts = MatchStarts(regex.pattern, regex.flags)

    def search(self, text: str) -> re.Match | None:
        return self._starts.search(self.regex, text)

    def spans(self, text: str) -> list[tuple[int, int]]:
        return self._starts.finditer_spans(self.regex, text)
