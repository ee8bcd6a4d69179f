"""What a regular expression needs, read from its parse tree, to run it less often and faster.

Python's ``re`` tries a pattern at every position of the text. Rules and section detection run
long case-insensitive alternations over every posting, so the engine reads from each pattern:

- ``required_literals``: strings one of which any match contains, to skip text without them;
- ``first_chars`` / ``guarded``: the characters a match can start with, for a lookahead that
  lets most positions fail at once;
- ``pattern_chars`` and ``safe_lower``: whether a re.I pattern can run without re.I on lower-cased
  text, which finds the same matches several times faster.

All of them only ever skip work: a test compares each shortcut with the plain pattern.
"""
from __future__ import annotations

import re
from typing import Iterator

from . import regex_programs

#: A pattern's inline global flags, which only its very start may hold: "(?i)", "(?ms)"
_INLINE_FLAGS = regex_programs.compile(r"\(\?[aiLmsux]+\)")
#: What a compiled pattern is used for; LazyPattern keeps them in the instance after the first use
_PATTERN_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on its first use.

    A module's regexes compiled at import cost every process their parse, and one cold posting
    uses few of them: about 700 compilations took 0.3 s of a one-posting run, most for patterns
    that posting never reached (frames met only near a protected characteristic, wording tables
    the RE2 screen ruled out). ``pattern`` and ``flags`` read without compiling (what the RE2
    screens and ``LowerCaseRegex`` need); any other attribute compiles the pattern, and then its
    methods sit in the instance, so a call costs what it costs on the compiled pattern. An invalid
    pattern raises ``re.error`` at its first use: the built-in ones are compiled by the tests.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @property
    def flags(self) -> int:
        """The compiled pattern's ``flags``: the ones given, re.UNICODE for a str pattern and any
        inline global flags (only those make reading them compile the pattern)."""
        if "_compiled" in self.__dict__ or _INLINE_FLAGS.match(self.pattern):
            return self.compile().flags
        return int(self._flags if self._flags & (re.ASCII | re.LOCALE) else self._flags | re.UNICODE)

    def compile(self) -> re.Pattern:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = regex_programs.compile(self.pattern, self._flags)
            self.__dict__.update({name: getattr(compiled, name) for name in _PATTERN_METHODS})
            self.__dict__["_compiled"] = compiled
        return compiled

    def __getattr__(self, name: str):  # called only for what the instance does not hold yet
        if name.startswith("_"):
            raise AttributeError(name)  # copy and pickle probe for hooks; nothing to compile for them
        return getattr(self.compile(), name)

    def __reduce__(self):
        return LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {int(self._flags)})"


_MIN_LITERAL = 3  # shorter literals occur in almost every posting: no point checking for them


def required_literals(pattern: str, min_length: int = _MIN_LITERAL) -> frozenset[str] | None:
    """Lower-case strings one of which must occur in any text the regex matches, or None.

    The most selective of ``required_literal_sets``: one substring test tells whether the
    regex can match at all, which is most postings for most rules (scanning every position costs
    more than a substring test).
    """
    import re._parser as sre_parse

    try:
        needs = _requirements(list(sre_parse.parse(pattern)))
    except re.error:
        return None
    best = max(needs, key=_selectivity) if needs else None  # the first of equals, as written
    return frozenset(best) if best and _selectivity(best) >= min_length else None


def required_literal_sets(pattern: str, min_length: int = _MIN_LITERAL) -> tuple[frozenset[str], ...] | None:
    r"""Sets of lower-case strings such that any text the regex matches holds one string of
    every set, or None when no set is selective enough to be worth a test.

    Derived from the regex's parse tree: a run of literal characters is required; a group or a
    repeat with a minimum of one requires what its content requires; an alternation requires one
    of what each branch requires. ``work\s+hard\s+play`` gives {work}, {hard}, {play}: a block
    of text must hold all three before the regex is worth running on it.
    """
    import re._parser as sre_parse

    try:
        tree = sre_parse.parse(pattern)
    except re.error:
        return None
    sets = {frozenset(need) for need in _requirements(list(tree)) if _selectivity(need) >= min_length}
    return tuple(sorted(sets, key=lambda need: (-_selectivity(need), sorted(need)))) or None


_DIGITS = frozenset("0123456789")


def _selectivity(literals: set[str]) -> int:
    """How rarely a posting holds one of ``literals``, roughly: the shortest literal's length.
    A required digit counts as a three-letter word: most lines of prose hold no number."""
    return min(_MIN_LITERAL if literal in _DIGITS else len(literal) for literal in literals)


def _requirements(items: list) -> list[set[str]]:
    """Every requirement of a sequence of regex items: each is a set one of whose strings any
    match must contain."""
    from re._constants import (ATOMIC_GROUP, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               POSSESSIVE_REPEAT, SUBPATTERN)

    found: list[set[str]] = []
    run: list[str] = []
    for op, arg in items + [(None, None)]:
        if op is LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            found.append({"".join(run)})
            run = []
        if op is SUBPATTERN:
            found.extend(_requirements(list(arg[3])))
        elif op is ATOMIC_GROUP:
            found.extend(_requirements(list(arg)))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and arg[0] >= 1:
            found.extend(_requirements(list(arg[2])))
        elif op is IN:
            digits = _digits_in(arg)
            if digits:
                found.append(digits)
        elif op is BRANCH:
            found.extend(_branch_requirements([_requirements(list(alt)) for alt in arg[1]]))
    return found


def _branch_requirements(alternatives: list[list[set[str]]]) -> list[set[str]]:
    """What an alternation requires: one requirement of each alternative, joined. Any choice
    is valid, so the alternatives' best requirements are joined first, then their second best
    (or best again, for an alternative with only one), and so on: ``age \\d|\\d+ years``
    requires {age, years} and also a digit."""
    if not alternatives or not all(alternatives):
        return []  # an alternative that requires nothing lets the whole group match anything
    ranked = [sorted(needs, key=_selectivity, reverse=True) for needs in alternatives]
    out: list[set[str]] = []
    for i in range(max(len(needs) for needs in ranked)):
        union = set().union(*(needs[min(i, len(needs) - 1)] for needs in ranked))
        if union not in out:
            out.append(union)
    return out


def _digits_in(items: list) -> set[str] | None:
    """The digits a character class like ``[2-9]`` or ``\\d`` matches, if it matches only digits."""
    from re._constants import CATEGORY, CATEGORY_DIGIT, LITERAL, RANGE

    digits: set[str] = set()
    for op, arg in items:
        if op is LITERAL and chr(arg) in _DIGITS:
            digits.add(chr(arg))
        elif op is RANGE and chr(arg[0]) in _DIGITS and chr(arg[1]) in _DIGITS:
            digits.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            digits.update(_DIGITS)
        else:
            return None
    return digits or None


_MAX_FIRST_CHARS = 10  # a wider set than this filters too few positions to pay for the check


def first_chars(pattern: str, flags: int = re.IGNORECASE,
                limit: int | None = _MAX_FIRST_CHARS) -> str | None:
    """The characters any match must start with (lower-case under re.I), or None if more than
    ``limit`` or unknown.

    Python's ``re`` tries a pattern at every position; a pattern that opens with ``\\b`` and an
    alternation pays for the whole attempt each time. A lookahead on the first character lets
    most positions fail at once (about 1.6x over the built-in rules' patterns).
    """
    import re._parser as sre_parse

    try:
        chars, nullable = _first(list(sre_parse.parse(pattern)))
    except re.error:
        return None
    if chars is None or nullable:
        return None
    if flags & re.IGNORECASE:
        chars = {c.lower() for c in chars}
    return "".join(sorted(chars)) if limit is None or len(chars) <= limit else None


def with_lookahead(pattern: str, first: str | None) -> str:
    """``pattern`` behind a zero-width check that the match starts with one of ``first``."""
    return f"(?=[{re.escape(first)}])(?:{pattern})" if first else pattern


def guarded(pattern: str, flags: int = re.IGNORECASE, limit: int | None = _MAX_FIRST_CHARS) -> str:
    """``pattern`` with a first-character lookahead when its matches can start with at most
    ``limit`` characters, else as it is: the same matches, found faster. Callers whose pattern
    is searched often enough to pay for a wider check (measured) pass a larger ``limit``."""
    # kept on disk with LowerCaseRegex's analyses: modules guard their patterns at import, and parsing
    # them (the equal-opportunity forms above all) was about 10 ms of every process's start
    key = ("guarded", pattern, int(flags & re.IGNORECASE), limit)  # plain values: marshal refuses a RegexFlag
    known = _lower_case_analyses()
    if key not in known:
        known[key] = first_chars(pattern, flags, limit)
        _store_lower_case_analyses()
    return with_lookahead(pattern, known[key])


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(characters a match of ``items`` can start with, whether it can be empty)."""
    from re._constants import (ASSERT, ASSERT_NOT, AT, ATOMIC_GROUP, BRANCH, IN, LITERAL,
                               MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN)

    found: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            return found | {chr(arg)}, False
        if op is IN:
            chars = _class_chars(arg)
            return (found | chars if chars is not None else None), False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero width: the next item supplies the first character
        if op is BRANCH:
            nullable = False
            for alternative in arg[1]:
                chars, empty = _first(list(alternative))
                if chars is None:
                    return None, False
                found |= chars
                nullable |= empty
            if not nullable:
                return found, False
            continue
        if op is SUBPATTERN:
            chars, nullable = _first(list(arg[3]))
        elif op is ATOMIC_GROUP:
            chars, nullable = _first(list(arg))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            chars, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        else:
            return None, False  # any character, back-references, conditionals: no filter
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _class_chars(items: list) -> set[str] | None:
    from re._constants import CATEGORY, CATEGORY_DIGIT, CATEGORY_SPACE, LITERAL, RANGE

    chars: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            chars.add(chr(arg))
        elif op is RANGE and arg[1] - arg[0] < 64:
            chars.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            chars.update(_DIGITS)
        elif op is CATEGORY and arg is CATEGORY_SPACE:
            chars.update(" \t\n\r\f\v")
        else:
            return None  # negated or wide classes
    return chars


#: Characters that re.I matches to a letter other than their ``str.lower()``: dotless ı and long
#: ſ match "i" and "s", and "İ" lowers to two characters. Text holding one is searched as it is.
CASE_TRAPS = regex_programs.compile("[\u0130\u0131\u017f]")


def safe_lower(text: str) -> str | None:
    """``text`` lower-cased with the same length and offsets, or None when a case-insensitive
    pattern could match it differently from its lower-cased form."""
    return None if CASE_TRAPS.search(text) else text.lower()


def pattern_chars(pattern: str) -> set[str] | None:
    """Every character a pattern names (literals, class members, ranges), or None for one with
    back-references or inline flags, where re.I does more than fold the text's letters."""
    from re._constants import (BRANCH, GROUPREF, GROUPREF_EXISTS, IN, LITERAL, NOT_LITERAL, RANGE,
                               SUBPATTERN)
    import re._parser as sre_parse

    chars: set[str] = set()

    def walk(items) -> bool:
        for op, arg in items:
            if op in (GROUPREF, GROUPREF_EXISTS) or (op is SUBPATTERN and (arg[1] or arg[2])):
                return False
            if op in (LITERAL, NOT_LITERAL):
                chars.add(chr(arg))
            elif op is RANGE:
                chars.update(map(chr, range(arg[0], arg[1] + 1)))
            elif op is IN:
                if not walk(arg):
                    return False
            elif op is BRANCH:
                if not all(walk(alternative) for alternative in arg[1]):
                    return False
            else:  # groups, repeats, lookarounds: what they contain
                parts = arg if isinstance(arg, tuple) else (arg,)
                if not all(walk(part) for part in parts if isinstance(part, sre_parse.SubPattern)):
                    return False
        return True

    return chars if walk(sre_parse.parse(pattern)) else None


def can_fold(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` with re.I matches what it matches without re.I in ``safe_lower`` text."""
    chars = pattern_chars(pattern)
    return bool(flags & re.IGNORECASE) and chars is not None and all(c == c.lower() for c in chars)


# -- fast case-insensitive wording regexes ------------------------------------------------------
def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """``any(n in text for n in needles)``, a fifth faster: a plain loop, no generator."""
    if len(text) > _LONG_TEXT and len(needles) > 8:
        return _contains_any_long(text, needles)
    for needle in needles:
        if needle in text:
            return True
    return False


#: A text longer than this is searched for many needles only with those whose first character it holds: each
#: ``in`` scans the whole text, and the pay wording's 354 needles over 300 kB of "! " took 50 ms, asked several
#: times a posting. No ordinary posting is this long (the dev corpus's longest prose text is 16 kB).
_LONG_TEXT = 50_000
#: The last long text and its characters (one text is asked many times), replaced as one tuple so a thread (the
#: language server's, the warm API's callers) never reads one text's characters with another text.
_long_text_chars: tuple[str, frozenset] = ("", frozenset())


def _contains_any_long(text: str, needles: tuple[str, ...]) -> bool:
    """``contains_any`` for a long text: a needle whose first character the text lacks is not in it."""
    global _long_text_chars
    last, chars = _long_text_chars
    if last is not text and last != text:  # (callers lower-case a copy each)
        chars = frozenset(text)
        _long_text_chars = (text, chars)
    for needle in needles:
        if (not needle or needle[0] in chars) and needle in text:
            return True
    return False


#: an inline flag that sets flags for the whole pattern ("(?i)" at its start), or a reference to a
#: group: a branch with either cannot stand apart from the others
_WHOLE_PATTERN_REFERENCE = re.compile(r"\(\?[aiLmsux]+\)|\\[1-9]|\(\?P=")


def top_level_branches(pattern: str) -> list[str]:
    """``pattern`` cut at its top-level ``|`` (outside groups and character classes): one item for
    a pattern that is no alternation. ``"|".join`` of the result is ``pattern``."""
    out: list[str] = []
    depth, start = 0, 0
    for i, c in _outside_classes(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def branches_apart(pattern: str) -> list[str]:
    """``pattern``'s top-level branches, each a regex of its own that matches what the branch matches
    inside ``pattern`` (``top_level_branches``), or ``[pattern]`` when a branch would not: the
    pattern holds an inline global flag or a group reference, which read the whole pattern."""
    if _WHOLE_PATTERN_REFERENCE.search(pattern):
        return [pattern]
    return top_level_branches(pattern)


def _outside_classes(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of ``pattern`` from ``start`` that is neither escaped nor inside a
    character class: where a regex's groups and alternatives are read."""
    in_class, i, n = False, start, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a member, not the end of the class
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":
                i += 1
        else:
            yield i, c
        i += 1


def _branch_literals(pattern: str, flags: int) -> tuple[tuple[str, tuple[str, ...]], ...] | None:
    """Each top-level branch of ``pattern`` with the literals one of which its every match holds
    (empty: none known, the branch always runs), or None when the pattern is not split: no
    alternation, or a branch that does not compile alone or reads the whole pattern (an inline
    global flag, a group reference)."""
    branches = branches_apart(pattern)
    if len(branches) < 2:
        return None
    out = []
    for branch in branches:
        try:
            re.compile(branch, flags)
        except re.error:
            return None
        needles = required_literals(branch, min_length=1) or ()
        out.append((branch, tuple(sorted(n for n in needles if not any(o != n and o in n for o in needles)))))
    return tuple(out)


# What LowerCaseRegex derives from a pattern, by (pattern, flags, literal_test, guard), kept on
# disk like matching's analysis: parsing the patterns cost about as much as the rest of a cold
# one-posting run's section detection, and they only change with jdlint.
_LOWER_CASE_ANALYSES: dict | None = None


def _lower_case_analyses_name() -> str | None:
    from . import cache

    return cache.versioned_name("lower-case-regex-", __file__)


def _lower_case_analyses() -> dict:
    global _LOWER_CASE_ANALYSES
    if _LOWER_CASE_ANALYSES is None:
        from . import cache

        known = cache.load(_lower_case_analyses_name())
        _LOWER_CASE_ANALYSES = known if isinstance(known, dict) else {}
    return _LOWER_CASE_ANALYSES


def _store_lower_case_analyses() -> None:
    from . import cache

    cache.store(_lower_case_analyses_name(), _LOWER_CASE_ANALYSES, replaces="lower-case-regex-")


class LowerCaseRegex:
    """A case-insensitive wording regex, run on the lower-cased text where that is cheaper.

    Section detection runs a dozen long alternations on every sentence, and the equal-opportunity
    test three more (``context.is_eeo_sentence``). Shortcuts that give the
    answers the regex itself gives:

    - a pattern with no upper-case letters, compiled without re.I, matches the lower-cased text
      where the original matches the text, and several times faster (the engine skips a branch
      by its first character only when it need not fold case);
    - with ``literal_test``, text lacking every literal one of which any match contains
      (``required_literals``) is not searched at all. That pays only for a regex that is slow even
      case-sensitively or that few sentences come near; for the rest the test costs more than
      the search it saves (measured on the dev corpus);
    - with ``guard``, the lower-case twin starts with a lookahead on the characters a match can
      start with (``guarded``), so most positions fail at once. That pays for some
      patterns and not others (measured on the dev corpus, pattern by pattern).

    ``lowered`` is the text through ``safe_lower``: same length, same offsets; None searches the
    text with the original regex.
    """

    def __init__(self, regex: re.Pattern, literal_test: bool = False, guard: bool = False,
                 branch_test: bool = False, starts=None) -> None:
        self.regex = regex
        self.literal_test = literal_test
        self.guard = guard
        #: with ``starts`` (``regex_screen.MatchStarts``, passed in by the caller: regex_screen imports this
        #: module), the regex is tried only where RE2 says a match may start: for a long alternation with no first-character guard, which
        #: Python's ``re`` tries branch by branch at every position (measured on the dev corpus, table by table)
        self.starts = starts
        #: with ``branch_test`` (and ``literal_test``, without ``guard``), a pattern that is a
        #: top-level alternation runs only the branches whose own literals the text holds (see
        #: ``_pruned``)
        self.branch_test = branch_test and literal_test and not guard
        self._ready = False  # parsing and compiling wait for first use

    def _prepare(self) -> None:
        key = (self.regex.pattern, self.regex.flags, self.literal_test, self.guard, self.branch_test)
        known = _lower_case_analyses()
        analysis = known.get(key)
        if analysis is None:
            analysis = known[key] = self._analyse()
            _store_lower_case_analyses()
        needles, folded, branches = analysis
        self._needles = tuple(needles)
        self._folded = (regex_programs.compile(folded, self.regex.flags & ~re.IGNORECASE)
                        if folded is not None else None)
        self._branches = branches
        self._pruned_regexes: dict[tuple[int, ...], re.Pattern] = {}
        self._starts = self.starts(self.regex.pattern, self.regex.flags) if self.starts is not None else None
        self._ready = True

    def _analyse(self) -> tuple[tuple[str, ...], str | None, tuple | None]:
        """The literals to test for, the lower-case twin's pattern (None: keep re.I) and, with
        ``branch_test``, each top-level branch with its own literals (None: not split)."""
        # within one sentence even two-letter literals ("cv") are rare enough to test for
        needles = required_literals(self.regex.pattern, min_length=1) if self.literal_test else None
        # a literal that contains another adds nothing: the shorter one is there whenever it is
        needles = tuple(n for n in needles or () if not any(o != n and o in n for o in needles))
        branches = _branch_literals(self.regex.pattern, self.regex.flags) if self.branch_test and needles else None
        if not can_fold(self.regex.pattern, self.regex.flags):
            return needles, None, branches
        folded = guarded(self.regex.pattern, self.regex.flags, limit=None) if self.guard else self.regex.pattern
        return needles, folded, branches

    def _pruned(self, lowered: str) -> re.Pattern | None:
        """The regex to search ``lowered`` with (the lower-case twin, or the regex itself when it
        has none) keeping only the branches that can match its text (each branch's match holds one
        of its literals), or None to run the whole regex.

        The same matches as the whole alternation: at every position ``re`` tries the branches in
        order and takes the first that matches, and a branch whose every literal is missing from
        the text matches at no position, so leaving it out changes no answer (tests compare the
        two). The gift grammar (``sections/classify.py``) has five branches, one a noun phrase
        tried at every word of every sentence holding "your" or " on " (another branch's
        literals); its giving participles are rare."""
        branches = self._branches
        active = tuple(i for i, (_, needles) in enumerate(branches) if not needles or contains_any(lowered, needles))
        if len(active) == len(branches):
            return None
        regex = self._pruned_regexes.get(active)
        if regex is None:
            # one regex per set of branches met (the gift grammar: 18 over the dev corpus), built
            # from a cached program where an earlier run compiled it (``regex_programs``)
            pattern = "|".join(branches[i][0] for i in active) if active else r"(?!)"
            flags = self.regex.flags & ~re.IGNORECASE if self._folded is not None else self.regex.flags
            regex = self._pruned_regexes[active] = regex_programs.compile(pattern, flags)
        return regex

    def may_match(self, lowered: str | None) -> bool:
        if not self._ready:
            self._prepare()
        return lowered is None or not self._needles or contains_any(lowered, self._needles)

    # found() and count() run about 100,000 times over the dev corpus: they test and pick the
    # regex in place rather than through may_match() and a helper, which cost a quarter as
    # much again as the searches themselves
    def found(self, text: str, lowered: str | None) -> bool:
        if not self._ready:
            self._prepare()
        if lowered is None:
            return self.regex.search(text) is not None
        if self._needles and not contains_any(lowered, self._needles):
            return False
        regex, subject = (self.regex, text) if self._folded is None else (self._folded, lowered)
        if self._starts is not None:
            found = self._starts.found(regex, subject)
            if found is not None:
                return found
        return regex.search(subject) is not None

    def count(self, text: str, lowered: str | None) -> int:
        """Number of non-overlapping matches, as ``len(regex.findall(text))``."""
        if not self._ready:
            self._prepare()
        if lowered is None:
            return len(self.regex.findall(text))
        if self._needles and not contains_any(lowered, self._needles):
            return 0
        if self._starts is not None:
            return len(self.spans(text, lowered))  # findall and finditer walk the same matches
        if self._folded is None:
            return len(self.regex.findall(text))
        return len(self._folded.findall(lowered))

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match]:
        """Matches in ``text`` itself (their groups are the text's own characters)."""
        return self.regex.finditer(text) if self.may_match(lowered) else iter(())

    def spans(self, text: str, lowered: str | None) -> list[tuple[int, int]]:
        """(start, end) of each match, as ``finditer`` gives them, found in the lower-cased text
        where it can be (``text[start:end]`` is the match's own text)."""
        if not self.may_match(lowered):
            return []
        if lowered is None:
            regex, subject = self.regex, text
        else:
            pruned = self._pruned(lowered) if self._branches is not None else None
            if pruned is not None:
                regex, subject = pruned, (lowered if self._folded is not None else text)
            else:
                regex, subject = (self._folded, lowered) if self._folded is not None else (self.regex, text)
            if self._starts is not None:
                found = self._starts.spans(regex, subject)
                if found is not None:
                    return found
        return [m.span() for m in regex.finditer(subject)]


# --- The RE2 screen (matching.PatternIndex): which rule regexes can match a block at all -------

#: Characters where Python's ``re`` (Unicode classes, re.I folding) and RE2 (ASCII ``\w``, ``\d``,
#: ``\s``, ``\b``) disagree: any non-ASCII character Python counts as a word or space character,
#: and the ASCII controls Python's ``\s`` matches and RE2's does not. A block holding one is
#: matched without the screen.
RE2_DISAGREES = regex_programs.compile(r"[\x0b\x1c-\x1f]|(?=[^\x00-\x7f])[\w\s]")

_LOOKAROUND_OPENERS = ("(?=", "(?!", "(?<=", "(?<!")
_ESCAPED = regex_programs.compile(r"\\.", re.S)


_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def screen_pattern(pattern: str) -> str | None:
    """``pattern`` loosened for RE2 so that it matches wherever Python's ``re`` would (on text
    without ``RE2_DISAGREES`` characters), often more: lookarounds dropped (an assertion
    becomes "always true"), back-references widened to any text, ``\\Z`` spelled ``\\z``,
    ``\\uXXXX`` written as its character, and ``(?m)`` so ``$`` also matches before a final
    newline as Python's does. None when the pattern holds something this does not rewrite
    (conditionals, atomic groups, verbose mode, ``\\B``...): RE2 refuses most of those, and the
    caller then runs the regex on every block.

    A positive lookahead that ends its alternative (``[$£€](?=\\s+per\\s+year)`` at the end of
    one of FILL_INS's branches) is kept, as text the match consumes: wherever the assertion
    holds, that text follows, and nothing else has to. Dropped, it left a bare ``[$£€]`` that let
    every block with a price through. (The screened text ends where Python's search does: its
    ``endpos`` hides what follows from a lookahead as the block's end does from RE2.)"""
    # an escaped character is no token: "\(?(?:555)" is an optional "(" then a group
    bare = _ESCAPED.sub("__", pattern)
    if any(token in bare for token in ("(?(", "(?>", "(?x", "*+", "++", "?+", "}+", "(?#")):
        return None
    if "\\B" in pattern:
        # Python's \B at a block's first character looks at the character before the block,
        # which RE2 on the block alone cannot see: it could rule out a real match
        return None
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    depth = 0  # groups open at i
    while i < n:
        c = pattern[i]
        if c == "\\":
            escape = pattern[i:i + 2]
            if not in_class and escape[1:].isdigit() and escape[1:] != "0":
                out.append(r"(?s:.*)")  # a back-reference matches some text, so any text
                i += 2
                while i < n and pattern[i].isdigit():
                    i += 1
                continue
            if escape in (r"\u", r"\U"):
                # RE2 has no \uXXXX or \UXXXXXXXX: the character itself (\xNN for ASCII, which may be special), so a
                # pattern written with "\u2019" joins the screen instead of running on every block (frame45, V113)
                width = 4 if escape == r"\u" else 8
                digits = pattern[i + 2:i + 2 + width]
                if len(digits) == width and all(d in _HEX_DIGITS for d in digits):
                    char = chr(int(digits, 16))
                    out.append(char if ord(char) > 127 else f"\\x{ord(char):02x}")
                    i += 2 + width
                    continue
            out.append(r"\z" if escape == r"\Z" and not in_class else escape)
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":  # a literal ] first in a class
                out.append("\\]")
                i += 1
            continue
        if pattern.startswith("(?P=", i):
            end = pattern.find(")", i)
            if end < 0:
                return None
            out.append(r"(?s:.*)")
            i = end + 1
            continue
        if pattern.startswith(_LOOKAROUND_OPENERS, i):
            end = _group_end(pattern, i)
            if end is None:
                return None
            if pattern[end:end + 1] in ("*", "+", "?", "{"):
                return None  # a quantified assertion: leave it to Python
            if pattern.startswith("(?=", i) and _ends_its_alternative(pattern, end, depth):
                out.append("(?:")  # its content is read on, as a group the match consumes
                depth += 1
                i += 3
                continue
            edge = _edge_class(pattern, i, end, depth, out)
            if edge is not None:
                out.append(edge)
            i = end
            continue
        if c == "{":
            counted = _COUNTED.match(pattern, i)
            if counted is not None:
                # the most a counted repetition allows is dropped (its least count kept): RE2's
                # DFA keeps a state per count reached, and a set multiplies those with every
                # other pattern's partial matches ("(?:[\w-]+\s+){0,3}", "[^.!?;\n]{0,60}")
                least = int(counted.group(1) or 0)
                out.append("*" if least == 0 else "+" if least == 1 else f"{{{least},}}")
                i = counted.end()
                continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        out.append(c)
        i += 1
    return "(?m)" + "".join(out)


#: a counted repetition as Python's ``re`` reads one (``{2}``, ``{0,3}``, ``{1,}``, ``{,60}``; ``{}``
#: is a literal); group 1 the least count
_COUNTED = regex_programs.compile(r"\{(?:(\d+)(?:,\d*)?|,\d*)\}")


#: a negative lookaround's first alternative when it is one character class ("[\\w-]" of
#: "[\\w-]|['’]s\\b"), not a negated one
_BARE_CLASS = regex_programs.compile(r"\[(?!\^)((?:\\.|[^\]\\])+)\](?:\||$)")


def _edge_class(pattern: str, i: int, end: int, depth: int, out: list[str]) -> str | None:
    """For the negative lookaround ``pattern[i:end]``, what the screen keeps of it, or None
    (dropped): a word edge. ``(?<![\\w-])`` opening a top-level alternative becomes
    ``(?:\\A|[^\\w-])`` and ``(?![\\w-]|...)`` ending one ``(?:\\z|[^\\w-])``: the character
    before (after) a match is consumed, or the match is at the screened text's edge. Wherever
    the assertion holds, so does this (a lookahead with more alternatives rules out more, and at
    a block's start RE2 cannot see what Python's lookbehind sees before it, so the edge always
    passes). Dropped, "(?<![\\w-])man(?![\\w-])" screened as a bare "man" let every block with
    "management" or "human" through."""
    if pattern.startswith("(?<!", i):
        if not (i == 0 or (depth == 0 and out and out[-1] == "|")):
            return None
        body, edge = pattern[i + 4:end - 1], r"\A"
    elif pattern.startswith("(?!", i):
        if not _ends_its_alternative(pattern, end, depth):
            return None
        body, edge = pattern[i + 3:end - 1], r"\z"
    else:
        return None
    found = _BARE_CLASS.match(body)
    if found is None or any(escape in found.group(1) for escape in ("\\u", "\\U", "\\N")):
        return None  # RE2 spells \u2019 as \x{2019}: a set refusing the pattern would screen nothing
    return f"(?:{edge}|[^{found.group(1)}])"


def _ends_its_alternative(pattern: str, i: int, depth: int) -> bool:
    """Whether nothing of a match can follow position ``i`` (``depth`` groups open there):
    only closings of groups that do not repeat, up to the end of a top-level alternative."""
    n = len(pattern)
    while i < n and pattern[i] == ")":
        if pattern[i + 1:i + 2] in ("*", "+", "?", "{"):
            return False
        depth -= 1
        i += 1
    return i == n or (pattern[i] == "|" and depth == 0)


def _group_end(pattern: str, start: int) -> int | None:
    """The index after the ``)`` closing the group opened at ``start``."""
    depth = 0
    for i, c in _outside_classes(pattern, start):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return None
