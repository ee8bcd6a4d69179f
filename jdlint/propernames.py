"""Is a matched term part of a proper name ("Rockstar Games", "the Guru Awards", "Ninja Van")?

A cliché or loaded word inside the name of a company, product, programme or award is not the
employer's wording about the job, so rules that opt in (``skip: [name]`` in a pack) leave it alone.
Without a trained tagger the evidence is typographic, read in the match's own block:

- every word of the match is capitalised, and it stands in a run of at least two capitalised
  words (joined by "of", "and", "&", "the", "de", "for") that goes beyond the match;
- the block is written in sentence case: a heading, label or line where most words are
  capitalised ("Join Our Rockstar Team") tells nothing, so the term is still reported;
- the run is not the job title: a run holding a role noun ("Ninja Developer", "Rockstar Sales
  Associate") is the job being advertised and is reported;
- or the match is one capitalised word that its paragraph uses elsewhere, mid-sentence, as a
  word of such a name ("our Unicorn Platform team ... (Unicorn is our product name)"), and no role
  noun follows it here ("Unicorn developers" is the job);
- or the match is a named, defined item: the whole Title-Case label at the start of its item,
  followed by a dash or colon and a definition ("Results Driven - This core qualification
  involves the ability to meet organizational goals": the name of an OPM Executive Core
  Qualification, judged wrong when reported as a vague trait).

A title held by a named person already in post is theirs, not the job advertised ("Our Chairman,
David Brown, founded the firm", "Tom Hughes, our chairman", "our Foreman, Dave":
``titles_named_person``); only a role noun can be such a title.

Each question reads a bounded window of words around the match, so the cost is linear in the
number of matches, whatever the posting's length.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING
from . import regex_programs


if TYPE_CHECKING:
    from .document import Document

# A word may hold inner dots ("Node.js") but not a trailing one: a full stop ends a name.
_WORD = regex_programs.compile(r"[A-Za-z0-9](?:[\w'’&-]|\.(?=\w))*")
#: What may stand before the first word of a sentence, list item or run-together fragment.
_SENTENCE_START = regex_programs.compile(r"(?:^|[.!?:;•·(\[\"|/–—-]|\s-)\s*$")
#: A capitalised "The" after a lower-case word in the same sentence, opening a run of capitalised words up to the match.
_MID_SENTENCE_THE = regex_programs.compile(r"[a-z,][^\S\n]+The(?:[^\S\n]+[A-Z][\w'’&-]*){1,4}[^\S\n]+$")
#: Lower-case words that may follow a name ("Rockstar Games is hiring", "Ninja Van has"). After
#: a capitalised run at the start of a sentence, only these (or punctuation) show that the run is
#: a name: "Very Competitive wages" is a sentence-initial capital followed by a shouted word.
_AFTER_NAME = frozenset("""is are was were has have had will would can could may should does did
and or but in at on of for to with by from as that which who where when 's""".split())
#: Lower-case words that may stand inside a name between capitalised words ("Bank of America").
_JOINERS = frozenset({"of", "and", "&", "the", "de", "for", "la", "du", "van", "von"})
#: A family noun in lower case right after a capitalised word makes that word a surname ("the Foreman
#: family", "the Chapman brothers"), whatever it means in lower case.
_KIN_AFTER = regex_programs.compile(r"[ \t]+(?:family|families|brothers|sisters|twins|household|clan)\b")
#: How many words either side of the match are read.
_WINDOW = 8
#: A block where at least this share of words is capitalised is in title case (or shouted):
#: capitals there are emphasis, not evidence of a name.
_TITLE_CASE_SHARE = 0.6


@lru_cache(maxsize=1)
def _name_nouns() -> dict:
    """``role_nouns.yaml``, read once for both of its lists."""
    from importlib.resources import files

    from .yamlio import load_fast

    return load_fast((files("jdlint.data") / "role_nouns.yaml").read_text("utf-8"))


@lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Nouns that end a job title; a capitalised run holding one is the job, not a name."""
    return frozenset(word.lower() for word in _name_nouns()["role_nouns"])


def is_role_noun(word: str) -> bool:
    """Whether ``word`` (any case, singular or with a plural "s") ends a job title."""
    low = word.lower()
    return low in role_nouns() or low.rstrip("s") in role_nouns()


@lru_cache(maxsize=1)
def organisation_nouns() -> frozenset[str]:
    """Nouns that end an organisation's name; a capitalised run ending in one is a name."""
    return frozenset(word.lower() for word in _name_nouns()["organisation_nouns"])


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _title_case(words: list[str]) -> bool:
    letters = [w for w in words if w[:1].isalpha() and w.lower() not in _JOINERS]
    if len(letters) < 2:
        return False
    return sum(map(_capitalised, letters)) >= _TITLE_CASE_SHARE * len(letters)


#: A definition after a label: a dash or colon, then at least five words up to the sentence's end.
_DEFINITION = regex_programs.compile(r"\s*(?:[-–—:])\s+(?:[\w'’(),/&-]+\s+){4,}")
#: Only white space (and the item's own markers, already out of the prose text) before the label.
_ITEM_START = regex_programs.compile(r"(?:^|\n)\s*$")


def _defined_label(text: str, block_start: int, start: int, end: int, block_end: int) -> bool:
    """The span is a whole Title-Case label of two or more words at the start of its block,
    defined right after it ("Results Driven - This core qualification involves ...")."""
    parts = re.split(r"[\s-]+", text[start:end].strip())
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    if not _ITEM_START.search(text[max(block_start, start - 10):start]) and start != block_start:
        return False
    return bool(_DEFINITION.match(text, end, min(block_end, end + 200)))


#: A capitalised run of two or more words, not at a sentence start (there a capital proves nothing).
_NAME_RUN = regex_programs.compile(r"(?<![.!?:;•·(\[\"|/–—-]\s)(?<![.!?:;•·(\[\"|/–—-])(?<=\s)"
                       r"[A-Z][\w'’&]*(?:-[\w'’&]+)*(?:\s+(?:(?:of|and|&|the|de|for)\s+)?[A-Z][\w'’&]*(?:-[\w'’&]+)*)+")
#: A capitalised word and an apposition saying what it names: "Synergy, our product," "Unicorn (our
#: platform)", "Hustle, the podcast we make". The noun is checked against ``named_thing_nouns``.
_APPOSITION = regex_programs.compile(r"\b([A-Z][\w'’&-]*)(?:,|\s\()\s*(?:our|the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?"
                         r"([a-z][\w-]*)\b")


@lru_cache(maxsize=1)
def named_thing_nouns() -> frozenset[str]:
    """What an apposition may say a name is (a product, a client, a firm), organisation nouns included."""
    return frozenset(word.lower() for word in _name_nouns()["named_thing_nouns"]) | organisation_nouns()


def _name_words(text: str, block_start: int, block_end: int) -> frozenset[str]:
    """Capitalised words standing, in this block, inside a capitalised run of two or more words
    (not at a sentence start) that holds no role noun, or named by an apposition ("Synergy, our
    product,"): the paragraph's own names. Read in the match's block only, like the rest of this
    module, so the cost stays per match and bounded."""
    nouns = role_nouns()
    words: set[str] = set()
    for m in _APPOSITION.finditer(text, block_start, block_end):
        if m.group(2).lower() in named_thing_nouns() or m.group(2).lower().rstrip("s") in named_thing_nouns():
            words.add(m.group(1))
    for m in _NAME_RUN.finditer(text, block_start, block_end):
        if m.start() == block_start:
            continue  # the block's first words: a sentence start (the lookbehind sees the text before)
        run = _WORD.findall(m.group())
        if not any(w.lower().rstrip("s'’") in nouns or w.lower() in nouns for w in run):
            words.update(w for w in run if _capitalised(w))
    return frozenset(words)


def _named_elsewhere(text: str, span_words: list[str], end: int, block_start: int, block_end: int) -> bool:
    if len(span_words) != 1 or span_words[0] not in _name_words(text, block_start, block_end):
        return False
    following = _WORD.match(text[end:min(block_end, end + 40)].lstrip())
    nouns = role_nouns()
    return not (following and (following.group().lower().rstrip("s'’") in nouns or following.group().lower() in nouns))


def _without(words: list[str], run: list[str]) -> list[str]:
    """``words`` less one occurrence of each word of ``run``."""
    rest = list(words)
    for word in run:
        if word in rest:
            rest.remove(word)
    return rest


#: A person's name: one or two capitalised words, an initial allowed between ("David Brown", "Jane",
#: "Mary J. Blige").
_PERSON = r"(?P<person>[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)?)"
#: The title, then the person holding it: "our Chairman, David Brown, founded", "our Foreman, Dave.",
#: "Chairman David Brown" (two words, no comma: a single capitalised word there may be the job's
#: discipline, "Foreman Electrical").
_TITLE_THEN_PERSON = regex_programs.compile(r"(?P<comma>,)?\s+" + _PERSON + r"(?=\s*(?:[,.;:)!?]|$|\s+(?:is|has|was|who|will|"
                                r"founded|started|leads|runs|and|says|joined)\b))")
#: The person, then the title after a comma: "Tom Baker, our chairman", "Jane, the site foreman,".
_PERSON_THEN_TITLE = regex_programs.compile(_PERSON + r",\s+(?:our|the|its|their)\s+(?:[a-z-]+\s+)?$")
#: Words before the title that show it is someone's in post ("our Chairman", "Meet Chairman ...").
_HOLDER_BEFORE = regex_programs.compile(r"(?:\b(?:our|the|my|their|its|meet|by|with)\s+(?:[a-z-]+\s+)?|^)$", re.I)
#: Capitalised words that are no one's name.
_NOT_PERSON = frozenset("""The We Our You Your This That These Those It Its They Their He She His Her A An And
Or But In On At For With By From To Of As If When Where Who Why How What Please Apply Inc Ltd LLC""".split())


def titles_named_person(document: "Document", start: int, end: int) -> bool:
    """True when the term at ``[start, end)`` is the title of a named person already in post ("Our
    Chairman, David Brown, founded the firm", "founded by Tom Baker, our chairman", "our Foreman,
    Dave"): it names that person's office, not the job advertised (the lead, on independently
    written text). Reads a bounded window either side."""
    block = document.block_at(start)
    if block is None or block.kind == "heading" or block.label:
        return False
    text = document.text
    title = text[start:end].split()
    if not title or title[-1].lower().rstrip("s'’") not in role_nouns() and title[-1].lower() not in role_nouns():
        return False  # only a title can be someone's: "with various Building Departments" is no person
    before = text[max(block.text_start, start - 60):start]
    after = text[end:min(block.text_end, end + 60)]
    nouns = role_nouns() | organisation_nouns()

    def person(m) -> bool:
        words = m.group("person").replace(".", " ").split()
        return not any(w in _NOT_PERSON or w.lower() in nouns or w.lower().rstrip("s") in nouns for w in words)

    m = _TITLE_THEN_PERSON.match(after)
    if m and person(m) and _HOLDER_BEFORE.search(before) \
            and (m.group("comma") or " " in m.group("person").strip()):
        return True
    m = _PERSON_THEN_TITLE.search(before)
    return bool(m and person(m))


def in_proper_name(document: "Document", start: int, end: int) -> bool:
    """True when the prose span ``[start, end)`` lies inside a capitalised multi-word name, or is
    a named item defined right after it, or is the title of a named person already in post
    (``titles_named_person``)."""
    block = document.block_at(start)
    if block is None or block.kind == "heading" or block.label:
        return False
    if titles_named_person(document, start, end):
        return True
    text = document.text
    if _KIN_AFTER.match(text, end) and _capitalised(text[start:end]) and " " not in text[start:end].strip():
        return True  # a surname: "the Foreman family has run this farm", "the Chapman brothers"
    span_words = _WORD.findall(text[start:end])
    if not span_words or not all(map(_capitalised, span_words)):
        return False
    if _defined_label(text, block.text_start, start, end, block.text_end):
        return True
    before = _WORD.findall(text[max(block.text_start, start - 120):start])[-_WINDOW:]
    after = _WORD.findall(text[end:min(block.text_end, end + 120)])[:_WINDOW]
    # The run of capitalised words (with joiners between them) that holds the match. A run only
    # crosses the white space and joiners between words: punctuation such as a comma or a full
    # stop ends it, so "Ninja. Van drivers" is two runs.
    run = list(span_words)
    left_gap = text[max(block.text_start, start - 120):start]
    for word in reversed(before):
        at = left_gap.rfind(word)
        gap = left_gap[at + len(word):]
        left_gap = left_gap[:at]
        if gap.strip() or not (_capitalised(word) or word.lower() in _JOINERS):
            break
        run.insert(0, word)
    right_gap = text[end:min(block.text_end, end + 120)]
    offset = 0
    # a possessive continues the run: "the Chairman's Award", "our Fisherman's Friend"
    possessive = right_gap[:2] in ("'s", "’s") and bool(after) and after[0] == "s"
    if possessive:
        after, offset = after[1:], 2
    for word in after:
        at = right_gap.find(word, offset)
        gap = right_gap[offset:at]
        offset = at + len(word)
        if gap.strip() or not (_capitalised(word) or word.lower() in _JOINERS):
            break
        run.append(word)
    while run and not _capitalised(run[0]):
        run.pop(0)
    while run and not _capitalised(run[-1]):
        run.pop()
    # a block in title case (a heading or label in all but name) tells nothing; the run's own words
    # are left out of the count, or a short sentence holding a long name ("You will work at Vibrant
    # Energy Partners in Leeds.") would read as title case; a block that is little but the run
    # ("- Team Happy Hours") is still a label (coverage)
    block_words = _WORD.findall(text[block.text_start:block.text_end])
    rest = [w for w in _without(block_words, run) if w[:1].isalpha() and w.lower() not in _JOINERS]
    if _title_case(block_words) and (len(rest) < 2 or _title_case(rest)):
        return False
    if len(run) <= len(span_words):
        return _named_elsewhere(text, span_words, end, block.text_start, block.text_end)
    if _MID_SENTENCE_THE.search(text, max(block.text_start, start - 120), start):
        # a capital "The" mid-sentence opens a name, whatever the run holds: "Line cook wanted at The Jolly Fisherman",
        # "shifts at The Merry Milkmaid" (a pub or a venue; a job title takes no capital article) (bias41, writer AD)
        return True
    # "Rockstar's Edinburgh studio is hiring": a sentence-initial word whose possessive owns a capitalised
    # name is a name itself, whatever follows (a common noun's possessive is followed by lower case)
    owns_a_name = possessive and run.index(span_words[-1]) + 1 < len(run)
    if _SENTENCE_START.search(text[max(block.text_start, start - 120):start]) and run[0] == span_words[0] \
            and run[-1].lower().rstrip(".") not in organisation_nouns() and not owns_a_name:
        # The match's capital may only be the sentence's: ask what follows the run.
        rest = text[end:min(block.text_end, end + 120)]
        after_run = rest[rest.find(run[-1]) + len(run[-1]):] if run[-1] not in span_words else rest
        following = _WORD.match(after_run.lstrip())
        if following and after_run[:1] not in ",.;:!?)":
            if _one_name_by_agreement(run, following.group()):
                return True  # a name, whatever its last word ("Gentle Touch Cleaners seeks ...": no job of cleaners)
            if following.group().lower() not in _AFTER_NAME:
                return False
    nouns = role_nouns()
    last = run[-1].lower().rstrip(".")
    if last in organisation_nouns() and not is_role_noun(last):
        # the run names an organisation, network, programme or award, whatever words it holds: "the
        # Young Professionals Network", "Women Engineers Network" (but "Sales Associates" and
        # "Partners" are also jobs, so those stay with the role-noun test below)
        return True
    # a possessive names the owner, not the job: "the Chairman's Award", "Fisherman's Friend"; inside the
    # run, every word up to it is the owner's name and only the words it owns can be the job ("Chairman
    # Mao's Kitchen" is a restaurant, "Tesco's Store Manager" a job)
    owners = set(span_words) if right_gap[:2] in ("'s", "’s") else set()
    possessives = [k for k, word in enumerate(run[:-1]) if word.endswith(("'s", "’s"))]
    owned = run[possessives[-1] + 1:] if possessives else run
    return not any(word.lower().rstrip("s'’") in nouns or word.lower() in nouns
                   for word in owned if word not in owners and not word.endswith(("'s", "’s")))


def _one_name_by_agreement(run: list[str], following: str) -> bool:
    """Whether a sentence-initial run of three or more capitalised words that ends in a plural is the subject of a
    third-person singular verb after it ("Bold Coffee Roasters needs a wholesale driver", gcoded37): a plural
    common noun would take "need"; a singular verb makes the run one thing, a name."""
    last = run[-1]
    return (len(run) >= 3 and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s"))
            and following.islower() and len(following) > 3 and following.endswith("s")
            and not following.endswith(("ss", "us", "is")))


#: A given name (or an initial) then one space, just before a surname: "Rebecca Young", "Mary J. Christian".
_GIVEN_NAME_BEFORE = regex_programs.compile(r"(?:^|(?<=[\s(\"'“]))(?P<given>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z]\.)?\s+$")
#: What may stand between a sentence's start and its first word (a capital there proves nothing).
_ONLY_PUNCTUATION = regex_programs.compile(r"[\W_]*$")


def is_surname(text: str, sentence_start: int, start: int, end: int, is_trait=None) -> bool:
    """True when ``text[start:end]`` is one capitalised word that is the surname of a person named in full,
    mid-sentence: "Send your CV to Rebecca Young", "Contact Mary Christian", "report to Jane English". A trait word
    that is also a surname is then no trait of the applicant. Evidence is typographic: a capitalised given name
    right before it, that given name not the sentence's first word (a capital there proves nothing: "Young
    applicants preferred", "A Muslim would fit in") nor a function word, title or role ("Only", "Our", "Nurse"),
    and the sentence not in title case (a shouted heading "Wanted Experienced Christian Driver"); ``is_trait`` (a
    word -> bool) rules out a "given name" that is itself a trait word ("Malaysian Chinese only"), and a hyphen
    joins only capitalised parts ("Mary-Jane", not "Seventh-day Adventists"). Bounded: reads at most the sentence up
    to the match."""
    word = text[start:end]
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()):
        return False
    lead = text[max(sentence_start, start - 40):start]
    m = _GIVEN_NAME_BEFORE.search(lead)
    if m is None:
        return False
    given = m.group("given")
    if given in _NOT_PERSON or is_role_noun(given) or given.lower() in organisation_nouns():
        return False
    if is_trait is not None and is_trait(given):
        return False
    given_at = max(sentence_start, start - 40) + m.start("given")
    if _ONLY_PUNCTUATION.match(text, sentence_start, given_at):
        return False
    # the sentence's other words (the name's own left out: "Please send applications to Mark Young, Store Manager")
    rest = _WORD.findall(text[sentence_start:given_at]) + _WORD.findall(text[end:min(len(text), end + 80)])
    return not _title_case(rest)
