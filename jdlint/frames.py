"""``type: frame`` rules: a protected characteristic inside a discriminatory frame.

Naming a characteristic is not discrimination ("you will support pregnant women as a community
midwife"); a *frame* around it is: a requirement ("must not be pregnant"), a preference ("would
suit a committed Christian"), an exclusion ("no carers or parents"), a request for the
information ("please state your marital status") or an activity staff are expected to join
("the team is expected to take part in morning worship"). A frame rule declares, in YAML:

    - code: D710
      name: religion-in-a-frame
      category: bias.religion
      type: frame
      severity: warning
      characteristic: religion or belief
      frames: [requirement, preference, exclusion, request, participation]   # default: all
      attributes:                        # term classes: regexes, matched case-insensitively
        faith:
          label: a faith or denomination
          terms: ['christians?', 'catholics?', '{class:faith}s?', ...]   # {class:NAME}: an open word class
      other-senses: ['christian\\s+dior']  # an attribute match overlapping one is dropped
      basis: ['\\bchurch\\b']             # more lawful-basis wording, besides jdlint/data/context.yaml
      basis-scope: posting               # where `basis` is searched: paragraph (default) or posting
      lower-with-accommodation: false    # true: an accommodation offer in the paragraph lowers to info
      lower-with-safety-reason: false    # true: a safety or hygiene reason in the sentence lowers to info
      lower-with-ministerial-role: false # true: a minister of religion named in the sentence lowers to info
      defer-to: [D701]                   # leave spans that these rules' patterns already cover
      message: "..."                     # {match} {frame} {characteristic} {attribute} {suggestion}
      basis-message: "..."               # the same, plus {basis}: the quoted basis

A term may name an open word class as ``{class:NAME}`` (``jdlint/data/trait_classes.yaml``: demonyms, faiths, health
conditions, family roles, body words), written offline by ``scripts/gen_trait_classes.py`` from distributional
clusters and morphology and pruned by hand, so a slot takes any word of the kind, not only the ones listed.

A term may also be ``{person:FIELD}``, the person slot of a selection clause (session 45): a person described by a
circumstance in ordinary words ("someone with kids at home", "people who go to church on Sundays", "applicants whose
parents were born here", "if you grew up round here, ..."): a person head and a link word, or a condition put to the
reader, then a few words that make no skill or task of it, then a word of one ground's semantic field (``person-slot``
and ``circumstances`` in ``jdlint/data/frames.yaml``). The frames read around the whole person as around any term; the
subject-matter guard is read inside the description too.

The frames themselves (cue regexes before and after the characteristic) live in
``jdlint/data/frames.yaml``; a rule may add its own under ``frames`` as a mapping with ``name``,
``label``, ``before`` and ``after``. The frame and the characteristic must be in one clause of one
sentence, at most ``window`` words apart when the cue comes first and ``after-window`` words when
it follows, so each attribute match costs a bounded amount of text: linear in the posting.

Context, in order: equal-opportunity statements and quotations are skipped (``skip``); a
negated frame ("we will never ask", "you are not required to give", "... is not required") is
no finding; an ``exclusion`` frame carries its own negation ("no", "must not", "need not apply");
a sentence that offers accommodation is skipped like an equal-opportunity statement; a lawful
basis in the paragraph (``FileAnalysis.lawful_basis``: ``lawful-basis`` in
``jdlint/data/context.yaml``, plus the rule's ``basis``) lowers the finding to ``info`` and quotes
it, and so does an accommodation offer for ``lower-with-accommodation`` rules, and a safety or hygiene reason in the sentence
for ``lower-with-safety-reason`` ones. A subject-matter
guard (``jdlint/data/frames.yaml``) drops a characteristic that is what the work is about
("experience with braids and locs", "must support users of all ages, from children to seniors"),
and a beneficiary guard one that belongs to the person the work is for ("looking for a carer for an
elderly Muslim gentleman"). Terms that share one cue are one finding over all of them; an
invitation that widens the pool ("recent graduates are encouraged to apply") is skipped
(``widening``, on by default).
"""
from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Iterator

from .context import NEGATION_REACH, list_negated
from .spans import overlaps_any, span_index
from .propernames import is_surname
from .diagnostics import Diagnostic, Severity
from .pack_rule import PackRule
from .rule import Pattern
from .regexes import LazyPattern
from .yamlio import as_list
from . import regex_programs

FRAME_KEYS = {"frames", "attributes", "characteristic", "window", "after-window", "other-senses", "basis", "basis-scope",
              "basis-message", "suggestion", "lower-with-accommodation", "lower-with-safety-reason", "lower-with-ministerial-role", "defer-to",
              "defer-skips-negated"}
#: Frames whose cue is itself a negation; for the others a negation denies the frame.
SELF_NEGATING = frozenset({"exclusion"})
#: When two cues are equally near, the more specific frame names the finding.
FRAME_ORDER = ("exclusion", "request", "participation", "requirement", "welcome", "preference", "generalisation")
#: Where a clause ends inside a sentence: a frame does not reach across it ("no hats, except
#: religious head coverings" allows them). Commas and colons
#: do not end one ("no carers or parents", "married, single or divorced", "Preferred age: 22-28"),
#: nor does a concessive aside of "however" and one word ("anyone with a conviction, however old,
#: will not be considered" widens the screen, it does not end it), nor does "other than" after a people word
#: ("we are unlikely to consider anyone other than men": the requirement frame reads it).
CLAUSE_BREAK = regex_programs.compile(r"[;!?()\u2014]|\s[-\u2013]\s|\b(?:but|however(?!\s+\w+(?:\s+ago)?\s*,)|although|though|whereas|while|except|excepting"
                          r"|(?<!\banyone\s)(?<!\banybody\s)(?<!\bsomeone\s)(?<!\bsomebody\s)(?<!\bapplicants\s)(?<!\bcandidates\s)(?<!\bpeople\s)(?<!\belse\s)other\s+than|apart\s+from|unless)\b", re.I)
#: A dash or an opening bracket that sets off an apposition, not a new clause: the detail of what the clause before it
#: asks ("must look the part — lean and toned", "the successful applicant must be reliable — under 30 and able to
#: start now", "Receptionist needed (female, under 30)"). The characteristic then stays in the clause before the dash, so
#: its cue there is read; but only when the apposition is verbless (``APPOSITION_CLAUSE`` finds no subject, auxiliary or
#: relative word in it: "... — we support parents", "(young drivers' insurance is dear)" are clauses of their own)
#: and the characteristic comes within ``APPOSITION_LEAD`` words of the dash.
APPOSITION_BREAK = regex_programs.compile(r"[(\u2014]|\s[-\u2013]\s")
APPOSITION_CLAUSE = regex_programs.compile(
    r"\b(?:you|we|they|i|he|she|it|there|this|is|are|was|were|am|will|would|can|could|must|should|shall|may|might|has|have"
    r"|had|does|do|did|who|whom|whose|which|that|if|when|because|so)\b|['\u2019](?:s|re|ll|ve|d|m)\b|n['\u2019]t\b", re.I)
APPOSITION_LEAD = 3
#: At most this many words before a characteristic that modifies the post's title at the head of a notice (the title
#: frame's cue after it: "Vegetarian Brahmin cook wanted", "Pleasant-looking receptionist for our clinic").
TITLE_LEAD = 1
NOT_REQUIRED_AFTER = regex_programs.compile(r"\W*(?:[\w'\u2019-]+\W+){0,3}(?:is\s+|are\s+)?(?:needed|required|necessary|expected|essential)\b", re.I)
NEW_SUBJECT = regex_programs.compile(r"\b(?:you|we|they|i|he|she|it)\b", re.I)
#: What joins the items of a list ("presentable, pretty faces", "slim and tall").
LIST_JOINER = regex_programs.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+|/\s*)")
#: A client or customer as the subject of the cue (an agency relaying the screen), not the people served.
CLIENT_WANTS = regex_programs.compile(r"\b(?:client|customer|guest|employer|company|family|household)s?(?:\s+(?:would|will|has|have|had|is|are|does|do|really))?\s*$", re.I)
#: Everyone named before a welcomed term: "of any age, faith or background", "all faiths".
ANY_BEFORE = regex_programs.compile(r"\b(?:any|all|every|whatever|regardless|irrespective|no\s+matter)\b[^.;:!?]*$", re.I)
#: Two findings of one rule with only a comma or a joiner between them are one screen, reported once ("must have
#: a spotless record, no cautions or convictions"; "suits a lively youngster looking for their first job").
ADJACENT = regex_programs.compile(r"[\s,]*(?:(?:and|or|with|nor)\s+)?", re.I)
#: A short note in brackets between a form field's label and its colon ("Religion (please circle): ...", "Age (years):
#: ____"), or the field's options in brackets with no colon ("Gender (M/F) / Mobile / Email"): part of the field, not
#: a clause break.
#: (nor a note that says the label is a field to fill, ending its line: "Nationality (drop-down, required)")
FIELD_NOTE = regex_programs.compile(r"\s*\([^()]{0,40}\)(?=\s*:)|\s*\(\s*[\w.]{1,12}(?:\s*[/|]\s*[\w.]{1,12})+\s*\)"
                                    r"|\s*\(\s*(?:(?:required|mandatory|compulsory|optional|drop[\s-]?down|select\s+one|tick\s+one"
                                    r"|please\s+(?:state|specify|select|tick|circle)(?:\s+one)?)\s*[,;/]?\s*){1,3}\)(?=[ \t]*(?:\n|$))", re.I)
#: A cue that tells of recruiting as an act ("we are actively recruiting women"): with a positive-action statement in the
#: sentence it is outreach to an under-represented group, like a welcome, not a preference.
OUTREACH_CUE = regex_programs.compile(r"\b(?:hiring|recruiting|employing)\b", re.I)
#: The request frame's last cue, a bare question mark ending the clause within a few words of the characteristic,
#: counts only when the clause opens elliptically, with no verb and subject of its own before the characteristic:
#: "Any prior convictions?", "Been in trouble with the police?", "Criminal record?", "Which church?"; not "Is your date
#: of birth on the form?" (a question about the form) nor "Looking for a job around your kids?".
QUESTION_ONLY = regex_programs.compile(r"(?:\s+(?:of|in|with|for|at|on|from|against|by)\s+[^.!?\n,;:]{0,30})?\s*\?", re.I)
ELLIPTICAL_START = regex_programs.compile(
    r"\W*(?:(?:any|ever|been|got|previous|prior|past|which|what|how\s+many|whose)\b|$)", re.I)
NEGATOR_IN_GAP = regex_programs.compile(r"\b(?:no|not|never|none|nor)\b|n't\b", re.I)
#: A conclusion's "so" after a comma: the clause after it has its own subject ("..., so Asian applicants are ideal").
CONSEQUENCE = regex_programs.compile(r",\s*(?:and\s+)?(?:so|therefore|hence|which\s+is\s+why)\b(?!\s+(?:that|much|many|far|long|as)\b)", re.I)
#: A concessive aside between commas after the characteristic ("anyone with a conviction, no matter how old, will be
#: rejected", "applicants with a record, whatever the offence, will not be considered", "convictions, even spent ones, must
#: be declared"): it widens the screen to every case of the characteristic, so it neither counts towards the distance to
#: a cue after it nor, with its "no", denies that cue, nor starts another subject ("no matter how long ago it was").
#: A denial or a regard for the law is not an aside of this kind: "regardless"/"irrespective" stay the subject-matter
#: guard's ("anyone, regardless of age, may apply").
CONCESSIVE_ASIDE = regex_programs.compile(
    r",\s*(?:no\s+matter\s+(?:how|what|when|whether)|however|whatever|whichever|whenever|even(?:\s+(?:if|when|though))?)\b"
    r"[^,;:.!?\n]{1,40},", re.I)
_WORD = regex_programs.compile(r"[\w'\u2019/-]+")
#: Characters of context read on each side of an attribute (bounds the work per match).
REACH = 160
#: The frame rules built, by code: a wording rule leaves a word to the frame rule that reports it in a
#: frame (D103 leaves "lad" in "would suit a strong lad" to D110), see ``frame_finding_spans``.
#: Every live instance is kept (a weak set per code), not the last one built: a run that builds a rule
#: alone (the meta-test, another configuration) and drops it must not leave the plans still in use without
#: their frame rule, or D103 reported 'lads' again beside D110's 'lads needed'.
_BUILT: "dict[str, weakref.WeakSet[FrameRule]]" = {}


@dataclass(frozen=True)
class Frame:
    name: str
    label: str
    before: LazyPattern | None
    after: LazyPattern | None
    #: a rule that lists no frames reads every default frame; ``default: false`` frames (the one-group
    #: welcome) only where a rule names them
    default: bool = True
    #: ``followed-by``: what must come right after the characteristic for this frame's cue to hold it (the title frame:
    #: a list's end or joiner, so "Support Worker, Young People" names the people served, not the hire)
    followed_by: LazyPattern | None = None
    #: ``verbless``: the words from the cue to the characteristic and on to the clause's end hold no subject,
    #: auxiliary or relative word (``APPOSITION_CLAUSE``): a notice's noun phrase, not a sentence about something else
    verbless: bool = False
    #: ``listed-only``: read only for the term classes that name it in their own ``frames`` (recall52: the loose picture
    #: cues, "clients are used to ...", "think ...", hold only idioms that name the trait by a likeness; a bare trait word
    #: after them is as often the people served's or the product's)
    listed_only: bool = False


@dataclass(frozen=True)
class Attribute:
    key: str
    label: str
    regex: str
    suggestion: str | None
    frames: frozenset[str] | None = None  # only these frames make this class a finding
    #: the term points back to the characteristic named before it in its sentence ("... in their late teens, so this
    #: suits someone of that age"): those earlier terms are the finding's related ranges
    antecedent: bool = False
    #: the term is a person described by a circumstance (``{person:FIELD}``): the subject-matter guard is read inside
    #: the description too ("someone who is great with kids" names the work, not the hire's household)
    person: bool = False


def _alternation(patterns: list[str]) -> LazyPattern | None:
    """One case-insensitive regex of ``patterns``, compiled on first use: most postings never
    come near a frame rule's characteristic (``check_regexes`` validates a user pack's)."""
    if not patterns:
        return None
    return LazyPattern("|".join(f"(?:{p})" for p in patterns), re.I)


def _check_alternation(patterns: list[str], what: str) -> None:
    """Raise ValueError naming the first of ``patterns`` that is not a valid regex; then compile
    their alternation (``_alternation``) as its first use would."""
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"{what}: invalid regular expression {p!r}: {exc}") from None
    if patterns:
        re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def _frame_regexes(name: str, spec: dict) -> list[tuple[list[str], str]]:
    return [(_expand_roles([str(p) for p in as_list(spec.get(side))]), f"frame {name!r} {side}")
            for side in ("before", "after")]


def _frame(name: str, spec: dict) -> Frame:
    (before, _), (after, _) = _frame_regexes(name, spec)
    followed = [str(p) for p in as_list(spec.get("followed-by"))]
    return Frame(name, str(spec.get("label") or name), _alternation(before), _alternation(after),
                 bool(spec.get("default", True)), _alternation(followed), bool(spec.get("verbless", False)),
                 bool(spec.get("listed-only", False)))


def _clause_end(text: str, end: int, hi: int) -> int:
    """Where the clause of a characteristic ending at ``end`` ends: the next clause break before ``hi``, or ``hi``."""
    found = CLAUSE_BREAK.search(text, end, hi)
    return found.start() if found else hi


#: ``{role-noun}`` in a frame cue: any noun that ends a job title (``jdlint/data/role_nouns.yaml``, the one home of
#: them), singular or plural.
ROLE_SLOT = "{role-noun}"


@lru_cache(maxsize=1)
def _role_alternation() -> str:
    from .propernames import role_nouns

    words = sorted(role_nouns(), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")(?:e?s)?"


def _expand_roles(patterns: list[str]) -> list[str]:
    return [p.replace(ROLE_SLOT, _role_alternation()) if ROLE_SLOT in p else p for p in patterns]


@lru_cache(maxsize=1)
def _frames_yaml() -> dict[str, Any]:
    """``jdlint/data/frames.yaml`` as loaded, read once for ``library`` and ``_trait_end``."""
    from importlib.resources import files

    from .yamlio import load_fast

    return load_fast((files("jdlint.data") / "frames.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def library() -> dict[str, Any]:
    """``jdlint/data/frames.yaml``: the shared frames, the subject-matter and beneficiary guards."""
    raw = _frames_yaml()
    return {
        "frames": {name: _frame(name, spec) for name, spec in raw["frames"].items()},
        "subject-matter": _alternation([str(p) for p in raw["subject-matter"]]),
        "beneficiary": _alternation([str(p) for p in raw["beneficiary"]]),
        "positive-action": _alternation([str(p) for p in raw["positive-action"]]),
        "welcome-widens": _alternation([str(p) for p in raw["welcome-widens"]]),
    }


@lru_cache(maxsize=1)
def _trait_end() -> str:
    """``trait-end`` of ``jdlint/data/frames.yaml`` as one regex source (``{trait-end}`` in a term's lookahead)."""
    raw = _frames_yaml()["trait-end"]
    return "(?:" + "|".join(f"(?:{p})" for p in raw) + ")"


#: ``{class:NAME}`` in a frame rule's terms: an open word class of ``jdlint/data/trait_classes.yaml``.
CLASS_SLOT = re.compile(r"\{class:([\w-]+)\}")


@lru_cache(maxsize=1)
def trait_classes() -> dict[str, str]:
    """``jdlint/data/trait_classes.yaml`` (written by scripts/gen_trait_classes.py from distributional word
    classes and morphology, hand-pruned): each class as one regex alternation of its words, lower-cased (the
    matcher may run a pattern on the lower-cased posting) and longest first."""
    from importlib.resources import files

    from .yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "trait_classes.yaml").read_text("utf-8"))["classes"]
    return {name: "(?:" + "|".join(re.escape(w.lower()) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
            for name, words in raw.items()}


@lru_cache(maxsize=1)
def _trait_word() -> re.Pattern:
    """Any one word of the open trait classes (trait_classes.yaml), case-insensitive."""
    return re.compile("|".join(f"(?:{words})" for words in trait_classes().values()), re.I)


#: ``{trait-end}`` in a frame rule's terms: what may follow a bare trait word for it to be the trait of the person wanted
#: (a list item's end, an after-frame word, one more bare item joined by "and"), ``trait-end`` in frames.yaml.
TRAIT_END_SLOT = "{trait-end}"


#: ``{person:FIELD}`` in a frame rule's terms: a person described by a circumstance of one ground's semantic field
#: (``person-slot`` and ``circumstances`` in frames.yaml, session 45): "someone with kids at home", "people who go to
#: church on Sundays", "someone just out of prison". The selection predicate around it is any frame's cue.
PERSON_SLOT = re.compile(r"\{person:([\w-]+)\}")


@lru_cache(maxsize=16)
def _person_pattern(field: str) -> str:
    """The regex source of ``{person:FIELD}``: a person head, a link word, at most ``gap`` words that are no
    ``gap-stop`` word (each a bounded repeat of one word: linear), a word of the field, and no ``field-stop`` word
    within two words after it. Keyed by the field's name (the data never changes in a process)."""
    raw = _frames_yaml()
    slot, fields = raw["person-slot"], raw["circumstances"]
    if field not in fields:
        raise ValueError(f"unknown circumstance field {field!r} (one of {', '.join(fields)})")
    word = r"[\w'\u2019-]+"
    words = "|".join(f"(?:{w})" for w in fields[field])
    # the field words run on (at most two more: "a criminal record", "left school decades") and take a frequency or
    # time adjunct ("pray five times a day", "decades ago"), so the term ends where the description does and a cue
    # read right after it ("..., please do not apply") still stands next to it
    described = (f"(?:\\s+(?!{slot['gap-stop']}(?![\\w'\u2019-])){word}){{0,{int(slot['gap'])}}}?"
                 f"\\s+(?:{words})(?![\\w-])(?!(?:\\s+{word}){{0,2}}\\s+{slot['field-stop']}\\b)"
                 f"(?:\\s+(?:{words})(?![\\w-])){{0,2}}(?:\\s+{slot['adjunct']})?(?![\\w-])")
    # a condition put to the reader runs on to the comma that ends it (at most eight more words), so a cue after the
    # comma is read from there: "if you go to church on Sundays, | this job is not for you"
    # (or no person named, right after the hire's own verb in a requirement: "you will have grown up in the area", "must
    # come from a Christian home"; ``hire-verb`` is fixed-width lookbehinds, the cue before them is the frame's)
    # (each hire verb ends in "e" and a space: that one cheap look back fails at most positions before the fifteen
    # fixed-width ones are tried; its gap holds no participle, preposition of a passive or person: "will be given to people who ..." is the
    # preference cue and its person, read by the head form)
    bare_stop = f"(?:{slot['gap-stop']}|{word}(?:ed|en)|given|to|for|by|as|who|that|which|{slot['head']})"
    bare = (f"(?<=e\\s)(?:{slot['hire-verb']})(?:(?!{bare_stop}(?![\\w'\u2019-])){word}\\s+){{0,{int(slot['gap'])}}}?"
            f"(?:{words})(?![\\w-])(?!(?:\\s+{word}){{0,2}}\\s+{slot['field-stop']}\\b)"
            f"(?:\\s+(?:{words})(?![\\w-])){{0,2}}(?:\\s+{slot['adjunct']})?(?![\\w-])")
    return (f"(?:{slot['head']}\\s+{slot['link']}{described}"
            f"|{slot['condition']}{described}(?:(?:\\s+[^\\s,.;:!?]+){{0,8}}(?=\\s*,))?|{bare})")


#: ``{sense:NAME}`` in a term, an other sense or a Python rule's exception: a wording several rules read as another
#: sense, ``shared-senses`` in frames.yaml (one home: D510's other sense and D502's exception are the same list).
SENSE_SLOT = re.compile(r"\{sense:([\w-]+)\}")


def shared_sense(name: str) -> str:
    """The regex source of ``shared-senses[name]`` in frames.yaml; an unknown name is an error."""
    senses = _frames_yaml()["shared-senses"]
    if name not in senses:
        raise ValueError(f"unknown shared sense {name!r} (one of {', '.join(senses)})")
    return f"(?:{senses[name]})"


def expand_classes(term: str) -> str:
    """``term`` with each ``{class:NAME}`` replaced by that class's alternation, ``{person:FIELD}`` by the person
    slot (``_person_pattern``), ``{sense:NAME}`` by a shared other sense (``shared_sense``) and ``{trait-end}`` by the
    shared list-item end (``_trait_end``); an unknown class name is an error."""
    if "{sense:" in term:
        term = SENSE_SLOT.sub(lambda m: shared_sense(m.group(1)), term)
    if TRAIT_END_SLOT in term:
        term = term.replace(TRAIT_END_SLOT, _trait_end())
    if "{person:" in term:
        term = PERSON_SLOT.sub(lambda m: _person_pattern(m.group(1)), term)

    def one(m: re.Match) -> str:
        classes = trait_classes()
        if m.group(1) not in classes:
            raise ValueError(f"unknown word class {m.group(1)!r} (one of {', '.join(classes)})")
        return classes[m.group(1)]
    return CLASS_SLOT.sub(one, term)


def _words(text: str) -> int:
    return len(_WORD.findall(text))


class FrameRule(PackRule):
    """A protected characteristic (``attributes``) inside a frame (``frames``); see the module."""

    scope = "text"

    def __init__(self, spec: dict[str, Any], pack: str) -> None:
        super().__init__(spec, pack)
        if "skip" not in spec:
            self.skip = ("eeo", "quoted", "widening")  # negation is read from the frame, see check()
        if "negated" in self.skip:
            raise ValueError("a frame rule reads negation from its frame: leave 'negated' out of skip")
        shared = library()["frames"]
        self.frames: list[Frame] = []
        #: (patterns, what they are) of this rule's own regexes, for ``check_regexes``
        self._regex_sources: list[tuple[list[str], str]] = []
        for entry in as_list(spec.get("frames")) or [name for name, f in shared.items() if f.default]:
            if isinstance(entry, str):
                if entry not in shared:
                    raise ValueError(f"unknown frame {entry!r} (one of {', '.join(shared)}, or a mapping)")
                self.frames.append(shared[entry])
            elif isinstance(entry, dict) and entry.get("name"):
                self.frames.append(_frame(str(entry["name"]), entry))
                self._regex_sources += _frame_regexes(str(entry["name"]), entry)
            else:
                raise ValueError("each frame is a name from jdlint/data/frames.yaml or a mapping with 'name'")
        self.frames.sort(key=lambda f: FRAME_ORDER.index(f.name) if f.name in FRAME_ORDER else len(FRAME_ORDER))
        attributes = spec.get("attributes")
        if not isinstance(attributes, dict) or not attributes:
            raise ValueError("'attributes' maps a term-class name to {label, terms}")
        self.attributes: dict[str, Attribute] = {}
        for key, attr in attributes.items():
            if not isinstance(attr, dict) or not attr.get("terms"):
                raise ValueError(f"attribute {key!r} needs 'terms' (regexes) and a 'label'")
            terms = [expand_classes(str(t)) for t in as_list(attr["terms"])]
            self._regex_sources.append((terms, f"attribute {key!r}"))
            # not inside a longer word or hyphenated compound, nor a possessive modifier ("children's programming",
            # "our ladies' fashion range")
            regex = r"(?<![\w-])(?:" + "|".join(terms) + r")(?![\w-]|['\u2019]s\b|(?<=s)['\u2019](?=\s+\w))"
            only = attr.get("frames")
            if only is not None:
                unknown = set(as_list(only)) - {f.name for f in self.frames}
                if unknown:
                    raise ValueError(f"attribute {key!r}: frames {sorted(unknown)} are not frames of this rule")
            elif any(f.listed_only for f in self.frames):
                only = [f.name for f in self.frames if not f.listed_only]  # a listed-only frame is the classes' that name it
            self.attributes[str(key)] = Attribute(str(key), str(attr.get("label") or key), regex,
                                                  attr.get("suggestion"),
                                                  frozenset(as_list(only)) if only is not None else None,
                                                  bool(attr.get("antecedent", False)),
                                                  any("{person:" in str(t) for t in as_list(attr["terms"])))
        self.characteristic = str(spec.get("characteristic") or self.category.removeprefix("bias."))
        # --explain, the rule docs and SARIF say which frames and term classes the rule reads
        declared = (f" Frames: {', '.join(f.label + ' (' + f.name + ')' for f in self.frames)}. "
                    f"Characteristic: {self.characteristic}; term classes: "
                    f"{'; '.join(a.label for a in self.attributes.values())}.")
        self.doc = replace(self.doc, what=(self.doc.what.rstrip() + declared).strip())
        self.window = int(spec.get("window", 6))
        self.after_window = int(spec.get("after-window", 3))
        other_senses = [expand_classes(str(p)) for p in as_list(spec.get("other-senses"))]
        basis = [str(p) for p in as_list(spec.get("basis"))]
        self._regex_sources += [(other_senses, "other-senses"), (basis, "basis")]
        self.other_senses = _alternation(other_senses)
        self.basis = _alternation(basis)
        self.basis_scope = str(spec.get("basis-scope", "paragraph"))
        if self.basis_scope not in ("paragraph", "posting"):
            raise ValueError("basis-scope is 'paragraph' (default) or 'posting'")
        self.basis_message = spec.get("basis-message") or (
            "'{match}': {characteristic} {frame}, with a stated basis ('{basis}'); confirm the basis "
            "really applies to this role and keep it in the ad")
        self.suggestion = spec.get("suggestion")
        self.lower_with_accommodation = bool(spec.get("lower-with-accommodation", False))
        self.lower_with_safety_reason = bool(spec.get("lower-with-safety-reason", False))
        self.lower_with_ministerial_role = bool(spec.get("lower-with-ministerial-role", False))
        self.defer_to = tuple(str(c) for c in as_list(spec.get("defer-to")))
        #: deferred-to rules that skip a negated match ("No school leavers": D301 is silent), so a negated
        #: exclusion over their match is this rule's to report
        self.defer_skips_negated = frozenset(str(c) for c in as_list(spec.get("defer-skips-negated")))
        _BUILT.setdefault(self.code, weakref.WeakSet()).add(self)

    def is_trait_word(self, word: str) -> bool:
        """``word`` alone is a characteristic: a word of the open trait classes or one of this rule's terms
        ("Malaysian" before "Chinese" is no given name)."""
        return bool(_trait_word().fullmatch(word)) or any(
            re.fullmatch(attr.regex, word, re.I) for attr in self.attributes.values())

    def check_regexes(self) -> None:
        """Raise ValueError for the first invalid regex of this rule's own (a user pack's rule,
        at load; the built-in packs and frames.yaml are checked by the tests)."""
        for patterns, what in self._regex_sources:
            _check_alternation(patterns, what)

    def patterns(self) -> Iterator[Pattern]:
        for attr in self.attributes.values():
            yield Pattern("regex", attr.regex, attr.key)
        yield from self.exception_patterns()

    # -- the frame around one attribute ------------------------------------------------------
    def find_frame(self, text: str, lo: int, start: int, end: int, hi: int, allowed: frozenset[str] | None = None):
        """The nearest frame cue for the attribute at [start, end) within its clause
        ([lo, hi) is its sentence): ``(frame, cue_start, cue_end)`` or None when there is none
        or it is denied. Only the frames in ``allowed`` (None: all) are read: a nearer cue of a frame the term class
        does not take must not hide a farther one it does ("has asked for a male": "asked for" is a request for
        information, and the sex class is not asked for but preferred)."""
        lo = max(lo, start - REACH)
        hi = min(hi, end + REACH)
        before = text[lo:start]
        breaks = list(CLAUSE_BREAK.finditer(before))
        apposed = None  # where an apposition's dash or bracket stands: an exclusion's "no" before it is not read
        clause_end = None  # where the characteristic's clause ends after it (``_clause_end``), found once when asked
        if breaks:
            last = breaks[-1]
            if APPOSITION_BREAK.fullmatch(last.group()) and _words(before[last.end():]) <= APPOSITION_LEAD:
                # the apposition runs to the next clause break after the characteristic (or the sentence's end)
                clause_end = _clause_end(text, end, hi)
                if not APPOSITION_CLAUSE.search(text, lo + last.end(), clause_end):
                    apposed = lo + last.start()
                    breaks.pop()
            if breaks:
                lo += breaks[-1].end()
            before = text[lo:start]
        reach = text[lo:end]
        after = text[end:hi]
        note = FIELD_NOTE.match(after)
        stop = CLAUSE_BREAK.search(after, note.end() if note else 0)
        if stop:
            # a question mark ends the clause but stays readable to a cue ("Born after 1995?")
            after = after[:stop.start() + (after[stop.start()] == "?")]
        best = None  # (gap in words, order, frame, cue start, cue end, cue comes first)
        for order, frame in enumerate(self.frames):
            if allowed is not None and frame.name not in allowed:
                continue
            if frame.before is not None:
                # read up to the attribute's end: a cue may end on the attribute's own people noun
                # ("we are not looking for anyone | over 50": the attribute is "anyone over 50")
                for cue in frame.before.finditer(reach):
                    if cue.start() >= len(before):
                        break
                    if apposed is not None and frame.name in SELF_NEGATING and lo + cue.start() < apposed:
                        continue  # "no experience needed — students and retirees": the "no" is its own clause's
                    if frame.followed_by is not None and not frame.followed_by.match(text, end, hi):
                        continue  # "Support Worker, Young People": the people served, named by a noun after
                    if frame.verbless:
                        clause_end = _clause_end(text, end, hi) if clause_end is None else clause_end
                        if APPOSITION_CLAUSE.search(text, lo + cue.end(), clause_end):
                            continue  # "Receptionist, you will be young at heart": a sentence, not the post's notice
                    gap = _words(before[cue.end():])
                    if gap <= self.window and (best is None or (gap, order) < best[:2]):
                        best = (gap, order, frame, lo + cue.start(), lo + cue.end(), True)
            if frame.after is not None:
                for cue in frame.after.finditer(after):
                    gap_text = CONCESSIVE_ASIDE.sub(" ", after[:cue.start()])
                    gap = _words(gap_text)
                    if gap > self.after_window:
                        break
                    if frame.name not in SELF_NEGATING and NEGATOR_IN_GAP.search(gap_text + " " + cue.group()):
                        continue  # "date of birth is not required"
                    if NEW_SUBJECT.search(gap_text):
                        break  # "... convictions You must have a computer": another subject's verb
                    if frame.name == "request" and QUESTION_ONLY.fullmatch(cue.group()) \
                            and not ELLIPTICAL_START.match(before):
                        break  # a question that is not put elliptically about the characteristic
                    if frame.verbless and (_words(before) > TITLE_LEAD or APPOSITION_CLAUSE.search(text, lo, end + len(after))):
                        break  # the title's modifier opens a verbless notice ("Pleasant-looking receptionist for our
                        # clinic"); not a sentence ("We train female engineers") nor a later phrase
                    if best is None or (gap, order) < best[:2]:
                        best = (gap, order, frame, end + cue.start(), end + cue.end(), False)
                    break
        if best is None:
            return None
        frame, cue_start, cue_end, cue_first = best[2:]
        if cue_first and frame.name in SELF_NEGATING and NOT_REQUIRED_AFTER.match(after):
            return None  # "no children's programming experience needed": nothing is excluded
        # the characteristic as the subject of the work, not a trait of the applicant
        if cue_first:
            lead = " ".join(_WORD.findall(text[lo:cue_start])[-3:])
            if frame.name in ("preference", "requirement", "exclusion") and CLIENT_WANTS.search(lead):
                lead = ""  # "our client would prefer someone without children": the client's screen, relayed
            guard = lead + " " + text[cue_end:start]
        elif frame.name == "welcome":
            guard = text[end:cue_start]  # "Students and young people welcome": a list of the welcomed, not clients
        else:
            # (read back only to a "so" that opens the characteristic's own clause: "Our clients prefer someone of a similar
            # background, so Asian applicants are ideal" draws the employer's conclusion about the hire from the clients,
            # who are not its subject)
            so = None
            for so in CONSEQUENCE.finditer(before):
                pass
            guard = " ".join(_WORD.findall(before[so.end():] if so else before)[-8:]) + " " + text[end:cue_start]
        if library()["subject-matter"].search(guard):
            return None
        if cue_first and library()["beneficiary"].search(text, cue_end, start):
            return None  # "we need a tutor for a deaf child": the characteristic is the client's
        return frame, cue_start, cue_end, cue_first

    def check(self, ctx) -> Iterator[Diagnostic]:
        text = ctx.text
        analysis = ctx.analysis
        deferred = analysis.memo(("deferred-spans", self.defer_to), lambda: span_index(
            (m.start, m.end) for code in self.defer_to for m in analysis.matches.get(code, ())))
        firm = tuple(c for c in self.defer_to if c not in self.defer_skips_negated)
        deferred_firm = deferred if firm == self.defer_to else analysis.memo(("deferred-spans", firm), lambda: span_index(
            (m.start, m.end) for code in firm for m in analysis.matches.get(code, ())))
        # One finding per frame cue: terms that share a cue ("expected to attend Mass on holy days",
        # "wouldn't be right for parents of toddlers") are one screen, reported once over all of them.
        pending = None  # (cue start, start, end, attribute, frame, basis)
        for m in self.hits(ctx):
            sent = ctx.sentence(m.start)
            lo, hi = (sent.start_char, sent.end_char) if sent is not None else (0, len(text))
            if self.other_senses is not None:
                # over the sentence or its whole line, whichever is wider: a line of job details is cut into
                # sentences at its bullets, and the field beside one tells what it is ("Salary: Not specified ·
                # Gender: Male/Female": the job's details, not a form)
                # (the line's ends are looked for within REACH only, the window's own bound: a posting of one long
                # line stays linear in its matches)
                reach_lo, reach_hi = max(0, m.start - REACH), min(len(text), m.end + REACH)
                line_lo, line_hi = text.rfind("\n", reach_lo, m.start) + 1 or reach_lo, text.find("\n", m.end, reach_hi)
                line_hi = reach_hi if line_hi < 0 else line_hi
                w0, w1 = max(min(lo, line_lo), m.start - REACH), min(max(hi, line_hi), m.end + REACH)
                if _overlapping(self.other_senses, text, w0, w1, m.start, m.end):
                    continue  # "Christian Dior", "native iOS apps"
            if is_surname(text, lo, m.start, m.end, self.is_trait_word):
                continue  # "Send your CV to Rebecca Young", "Contact Mary Christian": a person's name, not a trait
            if not self.lower_with_accommodation and ctx.analysis.is_accommodation_sentence(m.start):
                continue  # "reasonable accommodations are available for applicants with disabilities and ..."
            attr = self.attributes.get(m.key) or next(iter(self.attributes.values()))
            if attr.person and library()["subject-matter"].search(text, m.start, m.end):
                continue  # "someone who is great with kids", "people who serve the church": the work, not the hire
            found = self.find_frame(text, lo, m.start, m.end, hi, attr.frames)
            if found is None:
                continue
            frame, cue_start, cue_end, cue_first = found
            if attr.frames is not None and frame.name not in attr.frames:
                continue
            if cue_first and ctx.is_negated(cue_start, cue_end):
                continue  # "we will never ask for", "you are not required to give", "we do not exclude"
            if list_negated(text[max(lo, m.start - NEGATION_REACH):m.start]):
                continue  # "No matter your age or stage", "We don't care how old you are, only that ...": the ground
                # itself denied, whatever frame follows it
            if frame.name == "welcome" and library()["welcome-widens"].match(text, m.start):
                continue  # "older workers are especially welcome": the usually screened-out, let in
            if frame.name == "welcome" and ANY_BEFORE.search(text, max(lo, m.start - 40), m.start):
                continue  # "applicants of any age, faith or background are welcome": everyone, not one group
            if (frame.name == "welcome" or OUTREACH_CUE.search(text, cue_start, cue_end)) and library()["positive-action"].search(
                    text, max(lo, m.start - REACH), min(hi, m.end + REACH)):  # bounded: linear in the posting
                continue  # "... particularly welcome, as women are under-represented in our trade": positive action
            start, end = min(cue_start, m.start), max(cue_end, m.end)
            if overlaps_any(deferred, start, end) and (
                    overlaps_any(deferred_firm, start, end)
                    or not (frame.name in SELF_NEGATING and ctx.is_negated(m.start, m.end))):
                continue  # the deferred-to rule's own match (a bisect: a scan per hit was quadratic); but a
                # wording rule that skips a negated match leaves an exclusion ("No school leavers", "not
                # suitable for recent graduates") to this rule (defer-skips-negated)
            joined = LIST_JOINER.match(text, end, min(hi, end + 8))
            if joined and overlaps_any(deferred, joined.end(), joined.end() + 1):
                continue  # a list that runs on into the deferred rule's match is one finding, its own
                # ("we want presentable, pretty faces": D801 reports 'pretty faces')
            if pending is not None and (cue_start == pending[0] or start < pending[2]
                                        or ADJACENT.fullmatch(text, pending[2], start)):
                pending = (pending[0], pending[1], max(end, pending[2])) + pending[3:]
                continue
            if pending is not None:
                yield self._report(ctx, *pending[1:])
            pending = (cue_start, start, end, attr, frame, self._basis(ctx, m.start))
        if pending is not None:
            yield self._report(ctx, *pending[1:])

    def _report(self, ctx, start: int, end: int, attr: Attribute, frame: Frame, basis: str | None) -> Diagnostic:
        suggestion = attr.suggestion or self.suggestion
        fmt = {"frame": frame.label, "characteristic": self.characteristic, "attribute": attr.label}
        suggestions = [suggestion] if suggestion else []
        if basis:
            diag = ctx.report(start, end, self.basis_message, severity=Severity.info,
                              suggestions=suggestions, basis=basis, data={"basis": basis}, **fmt)
        else:
            diag = ctx.report(start, end, suggestions=suggestions, **fmt)
        if attr.antecedent:
            related = self._antecedents(ctx, start)
            if related:
                diag = replace(diag, related=related)
        return diag

    def _antecedents(self, ctx, start: int) -> tuple[tuple[int, int, str], ...]:
        """The other terms of this rule earlier in the sentence of ``start`` (source offsets), which a term that
        points back refers to: "our pickers are in their late teens or early twenties, so this suits someone of that
        age". Bounded by the sentence and by ``REACH`` characters before the finding."""
        sent = ctx.sentence(start)
        lo = max(sent.start_char if sent is not None else 0, start - REACH)
        terms = ctx.analysis.memo(("frame-terms", self.code), lambda: sorted(
            (m.start, m.end, m.key) for m in ctx.analysis.matches.get(self.code, ())))
        related = []
        # a bisect to the sentence's reach: a scan of every term at every finding was quadratic
        for t0, t1, key in terms[bisect.bisect_left(terms, (lo,)):]:
            if t0 >= start:
                break
            attr = self.attributes.get(key)
            if t1 <= start and attr is not None and not attr.antecedent:
                s, e = ctx.document.to_source(t0, t1)
                related.append((s, e, f"'{ctx.text[t0:t1]}': the {self.characteristic} this refers back to"))
        return tuple(related[-COORDINATED_ITEMS:])

    def _basis(self, ctx, offset: int) -> str | None:
        """The lawful basis stated in the paragraph holding ``offset`` (``FileAnalysis.lawful_basis``,
        plus this rule's own ``basis`` wording), or for ``lower-with-accommodation`` the
        accommodation offer; each computed once per paragraph."""
        found = ctx.analysis.lawful_basis(offset)
        if found is None and self.basis is not None:
            if self.basis_scope == "posting":
                # elsewhere in the posting, not in the requirement's own sentence ("must attend church")
                spans = ctx.analysis.memo(("frame-basis", self.code), lambda: [
                    (b.start(), b.end(), b.group().strip()) for b in self.basis.finditer(ctx.text)])
                sent = ctx.sentence(offset)
                lo, hi = (sent.start_char, sent.end_char) if sent is not None else (offset, offset)
                # finditer's matches do not overlap, so the first ends first and the last starts last
                if spans and spans[0][1] <= lo:
                    found = spans[0][2]
                elif spans and spans[-1][0] >= hi:
                    found = spans[-1][2]
            else:
                block = ctx.document.block_at(offset)
                if block is not None:
                    found = ctx.analysis.memo(("frame-basis", self.code, block.text_start), lambda: _first(
                        self.basis, ctx.text, block.text_start, block.text_end))
        if found is None and self.lower_with_accommodation:
            found = ctx.analysis.offers_accommodation(offset)
        if found is None and self.lower_with_safety_reason:
            found = ctx.analysis.safety_reason(offset)  # "no jewellery near the rotating machinery"
        if found is None and self.lower_with_ministerial_role:
            found = ctx.analysis.ministerial_role(offset)  # "Lead Pastor must be ordained in the Lutheran Church"
        return found


def frame_finding_spans(analysis, code: str) -> tuple[list[int], list[int]]:
    """The source spans of the findings the frame rule ``code`` makes in this file (a ``span_index``),
    empty when that rule is not in this run (none of its terms was matched), computed once per file. A
    wording rule whose word a frame rule takes in a frame leaves it there, so one word is one finding."""
    rule = next(iter(_BUILT.get(code) or ()), None)
    if rule is None or not analysis.matches.get(code):
        return [], []

    def compute():
        from .context import RuleContext

        ctx = RuleContext(rule, analysis, dict(rule.options), rule.severity)
        return span_index((d.start, d.end) for d in rule.check(ctx))
    return analysis.memo(("frame-finding-spans", code), compute)


#: What joins coordinated characteristics in one frame ("must not be pregnant or planning to start a family", "clear
#: skin, no visible scars"): a comma or a conjunction, and the "no" or "any" a list item may repeat.
COORDINATION = regex_programs.compile(r"(?:\s*,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:and|or|nor|&)\s+|\s*/\s*)(?:(?:no|any|or|nor)\s+)?", re.I)
#: At most this many further list items are read after a finding (bounds the work per finding).
COORDINATED_ITEMS = 6


def category_terms(analysis, category: str) -> dict[int, int]:
    """Start -> end of the term matches of every frame rule of ``category`` in this file, once per file."""
    def compute():
        ends: dict[int, int] = {}
        for code, built in _BUILT.items():
            rule = next(iter(built), None)
            if rule is None or rule.category != category:
                continue
            for m in analysis.matches.get(code, ()):
                ends[m.start] = max(ends.get(m.start, m.end), m.end)
        return ends
    return analysis.memo(("category-terms", category), compute)


def coordinated_end(analysis, category: str, end: int, hi: int) -> int:
    """Where a finding of ``category`` ending at ``end`` really ends: past the characteristics coordinated with it
    ("must not be pregnant | or planning to start a family"), each a term of the category's frame rules that no
    frame finding reports already (then it is covered there). Within the sentence (``hi``), at most
    ``COORDINATED_ITEMS`` items: constant work per finding."""
    terms = category_terms(analysis, category)
    if not terms:
        return end
    reported = None  # the category's frame findings, read only once a coordinated term is found
    text = analysis.text
    for _ in range(COORDINATED_ITEMS):
        joined = COORDINATION.match(text, end, hi)
        if joined is None:
            break
        stop = terms.get(joined.end())
        if stop is None or stop > hi:
            break
        if reported is None:
            reported = [frame_finding_spans(analysis, code) for code, built in _BUILT.items()
                        if (rule := next(iter(built), None)) is not None and rule.category == category]
        if any(overlaps_any(spans, joined.end(), stop) for spans in reported):
            break
        end = stop
    return end


def _first(regex: re.Pattern, text: str, lo: int, hi: int) -> str | None:
    found = regex.search(text, lo, hi)
    return found.group().strip() if found else None


def _overlapping(regex: re.Pattern, text: str, lo: int, hi: int, start: int, end: int) -> bool:
    return any(o.start() < end and start < o.end() for o in regex.finditer(text, lo, hi))
