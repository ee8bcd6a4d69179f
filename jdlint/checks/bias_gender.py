"""bias.gender: pronouns for the candidate and sex preferences (D102, D104).

Gendered titles, group nouns and "-man" words are word lists in rules/gender.yaml (D101, D103,
D105, D106). Basis: Title VII 42 U.S.C. 2000e-3(b) (ads may not indicate a sex preference except for a
BFOQ); Pittsburgh Press v. Pittsburgh Commission on Human Relations, 413 U.S. 376 (1973); Equality
Act 2010 Sch. 9 (occupational requirements, GB); EU Directive 2023/970 Art. 5(3).
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..rule import EXCEPTION, FunctionRule, Pattern
from ..diagnostics import Severity
from ..frames import frame_finding_spans
from ..spans import overlaps_any
from .inclusive import bias_rule
from .. import regex_programs
from ..regexes import LazyPattern

# -- D102: pronouns ---------------------------------------------------------------------------
_PAIR = (r"\b(?:he\s+or\s+she|she\s+or\s+he|s/he|he/she|she/he|his\s+or\s+her|her\s+or\s+his|him\s+or\s+her|his/her|her/his"
         r"|him/her|himself\s+or\s+herself|himself/herself)\b|\(s\)he\b")
_PAIR_FIX = {"he or she": "they", "she or he": "they", "s/he": "they", "(s)he": "they", "he/she": "they", "she/he": "they",
             "his or her": "their", "her or his": "their", "his/her": "their", "her/his": "their",
             "him or her": "them", "him/her": "them", "himself or herself": "themselves", "himself/herself": "themselves"}
#: Any singular gendered pronoun; pairs ("he/she") are longer and win the overlap.
_SINGLE = r"\b(?:he|she|him|his|her|hers|himself|herself)\b"
_TESTIMONIAL = regex_programs.compile(r"\b(?:says|said|told|explains|recalls|adds)\b", re.I)
_SPAN_KEYS = ("responsibilities", "requirements", "preferred")
_SENTENCE_END = regex_programs.compile(r"[.!?]\s")
#: A pronoun that opens a coordinated clause right after the object of a relation ("reports to the
#: contracts manager, and he must ..."): the subject of the sentence carries over, not the object.
_NEW_CLAUSE_SUBJECT = regex_programs.compile(r"\s*,?\s*(?:and|but|so)\s+", re.I)
#: ... and only when the pronoun takes a duty ("he must hold", "she will need", or a possessive's
#: noun does: "his first job will be"): "supported by a senior nurse; she has run the ward since 2015"
#: is the nurse.
_DUTY_AFTER_PRONOUN = regex_programs.compile(r"(?:(?:his|her)\s+(?:\w+\s+){1,2}|\w+\s+)(?:must|will|should|shall|needs?\s+to|is\s+(?:required|expected)\s+to)\b", re.I)
#: After a subject "he"/"she" with no one named before it: what the job will ask of the hire.
_FUTURE_DUTY = regex_programs.compile(r"(?:\s+(?:will|must|should|shall|would\s+need\s+to|needs\s+to|is\s+expected\s+to|is\s+required\s+to)\b|['\u2019]ll\b)", re.I)
_WORD = regex_programs.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
#: Between a name and a title in apposition: "Daniel, our Head of Engineering", "Aisha, our
#: operations director", "Big Dave, our 6ft 5 head door supervisor" (five words before the title, session 51):
#: the title names that person, not the role being filled.
_APPOSITION = regex_programs.compile(r"\s*,\s*(?:(?:our|the|a|an|your|their|my)\s+)?(?:[\w-]+\s+){0,5}", re.I)
#: Before the hire's relation to someone (``_relation_before``), the employer as the verb's subject ("We will support
#: her through the first month", "we'll help him get his licence"): then an object pronoun is the hire the employer
#: supports, not someone already there.
_EMPLOYER_SUBJECT_BEFORE = regex_programs.compile(
    r"\b(?:we|we['\u2019](?:ll|d)|let\s+us)\s+(?:(?:will|can|shall|would|also|fully|always|then)\s+)*$", re.I)
_DETERMINERS = frozenset("the a an our your their this that new".split())
_REWRITE = {"he": ("you", "they"), "she": ("you", "they"), "him": ("you", "them"), "his": ("your", "their"),
            "her": ("your", "their"), "hers": ("yours", "theirs"), "himself": ("yourself", "themselves"),
            "herself": ("yourself", "themselves")}


@lru_cache(maxsize=1)
def pronoun_words() -> dict[str, frozenset[str]]:
    """``jdlint/data/gender_pronouns.yaml``: who a pronoun may refer to."""
    from importlib.resources import files

    from spacy.lang.en.stop_words import STOP_WORDS

    from ..yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "gender_pronouns.yaml").read_text("utf-8"))
    words = {key: frozenset(str(v).lower() for v in values) for key, values in raw.items()}
    words["stop_words"] = frozenset(STOP_WORDS)
    return words


def _noun_kind(lower: str, prev: str, capitalised: bool, words) -> str | None:
    """"candidate", "role" or "existing" for a person noun (a one- or two-word phrase ending at
    ``lower``), else None. ``prev`` is the word before, lower case."""
    pair = f"{prev} {lower}"
    for phrase in (pair, lower):
        if phrase in words["existing_people"]:
            return "existing"
        if phrase in words["candidate_nouns"]:
            return "candidate"
    singular = lower[:-2] if lower.endswith("es") else lower[:-1] if lower.endswith("s") else None
    if singular and (singular in words["plural_candidates"] or f"{prev} {singular}" in words["plural_candidates"]):
        return "candidate"
    if singular and singular in words["existing_people"]:
        return "others"  # "our clients", "patients": people, but never the "he" or "she" of a sentence
    if lower in words["role_nouns"]:
        if lower in words["verb_like_role_nouns"] and not capitalised and prev not in _DETERMINERS:
            return None
        return "role"
    return None


def person_references(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every person reference in ``text[start:end]``, in order; kind is
    "candidate" or "role" (the person being hired), "name" / "existing" (someone else), "relation" (the title
    the hire reports to or works with: someone else within its sentence) or "others" (plural people
    already there: "our clients", never a singular pronoun's antecedent). One pass
    over the words: linear in the paragraph."""
    words = pronoun_words()
    tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, start, end)]
    refs: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        s, e, w = tokens[i]
        lower = w.lower().replace("\u2019", "'")
        if lower.endswith("'s"):
            lower = lower[:-2]
        prev = tokens[i - 1][2].lower() if i else ""
        capitalised = w[:1].isupper()
        kind = _noun_kind(lower, prev, capitalised, words)
        if kind is not None:
            if kind == "role" and refs and refs[-1][2] == "name" and _APPOSITION.fullmatch(text, refs[-1][1], s):
                kind = "name"  # "Daniel, our Head of Engineering"
            elif kind == "role":
                kind = _title_holder(text, tokens, i, words) or kind  # "our first engineer", "report to the head chef"
                if kind == "role" and _leaving_after(text, tokens, i, words):
                    kind = "existing"  # "the head gardener retires in June; he will hand over ..."
            elif kind == "candidate" and _title_holder(text, tokens, i, words, past_only=True):
                kind = "existing"  # "the previous postholder": who held the post, not who will
            refs.append((s, e, kind))
            i += 1
            continue
        if not capitalised or w.isupper() or lower in words["stop_words"]:
            i += 1
            continue
        if lower in words["name_preceded_by"] and i + 1 < len(tokens) and tokens[i + 1][2][:1].isupper() \
                and text[e:tokens[i + 1][0]] == " ":
            i += 1  # "Meet Marco", "Contact Sarah Jones" opening a sentence: the word introduces the name after it
            continue
        # a run of capitalised words ("Tom Reed", "Benjamin O'Brien") is one name or none
        j = i
        while j + 1 < len(tokens) and tokens[j + 1][2][:1].isupper() and text[tokens[j][1]:tokens[j + 1][0]] == " " \
                and _noun_kind(tokens[j + 1][2].lower(), tokens[j][2].lower(), True, words) is None:
            j += 1
        run_end = tokens[j][1]
        if _is_name(text, tokens, i, j, words):
            refs.append((s, run_end, "name"))
        i = j + 1
    return refs


def _title_holder(text: str, tokens, i: int, words, reach: int = 3, past_only: bool = False) -> str | None:
    """Who the title at ``tokens[i]`` names when it is not the hire, read back through its noun
    phrase (within ``reach`` words, up to punctuation): "existing" after "our"/"my" ("our first
    engineer") or a word of the post's present or past holder ("the previous postholder", "our outgoing
    manager": ``past_markers``), "relation" after "the"/"a" that a relation of the hire's precedes ("report to the
    head chef", "supported by a senior nurse"), None otherwise or when a word marks the hire ("our
    new office manager"). ``past_only``: only the holder's words count (a word for the hire, "candidate" or
    "postholder", is the hire after "our")."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if any(c in ".,;:!?()" for c in text[tokens[k][1]:tokens[k + 1][0]]):
            return None
        word = tokens[k][2].lower()
        if word in words["past_markers"]:
            return "existing"
        if past_only:
            continue
        if word in words["existing_after"]:
            return "existing"
        if word in words["hire_markers"]:
            return None
        if word in _DETERMINERS:
            return "relation" if word in ("the", "a", "an") and _after_relation(text, tokens, k, words) else None
    return None


def _leaving_after(text: str, tokens, i: int, words) -> bool:
    """(nearmiss51b) Whether the one or two words right after the title at ``tokens[i]`` (no punctuation between) say
    its holder is leaving (``leaving_after``: "retires", "is leaving", "steps down"): the post's present holder."""
    for n in (2, 1):
        if i + n >= len(tokens) or any(c in ".,;:!?()" for c in text[tokens[i][1]:tokens[i + n][0]]):
            continue
        if " ".join(t[2].lower() for t in tokens[i + 1:i + 1 + n]) in words["leaving_after"]:
            return True
    return False


def _after_relation(text: str, tokens, k: int, words) -> bool:
    """Whether the words right before ``tokens[k]`` are a relation of the hire to someone already in the business
    (``_relation_before``)."""
    return _relation_before(text, tokens[k][0], words) is not None


#: How far back ``_relation_before`` reads: room for its longest phrase ("reporting directly to").
_RELATION_REACH = 60


@lru_cache(maxsize=1)
def _relation_words() -> int:
    """The most words a phrase of ``existing_after_relation`` has ("take over from": 3)."""
    return max(len(phrase.split()) for phrase in pronoun_words()["existing_after_relation"])


def _relation_before(text: str, end: int, words) -> int | None:
    """Where the hire's relation to someone already there starts, when the last one to ``_relation_words`` words before
    ``end`` (no punctuation between) are one (``existing_after_relation``: "report to", "support", "take over from"):
    "report to the head chef" (a title after "the", ``_title_holder``), "hiring a sous chef to join him" (an object
    pronoun, ``_pronoun_check``). None otherwise."""
    found = list(_WORD.finditer(text, max(0, end - _RELATION_REACH), end))
    for n in range(min(len(found), _relation_words()), 0, -1):
        first = found[-n]
        if any(c in ".,;:!?()" for c in text[first.end():end]):
            continue
        if " ".join(m.group().lower() for m in found[-n:]) in words["existing_after_relation"]:
            return first.start()
    return None


def _is_name(text: str, tokens, i: int, j: int, words) -> bool:
    """Whether capitalised words ``tokens[i..j]`` name a person: a positive sign is needed (an
    honorific, a possessive, a comma of apposition, a verb people do), and a determiner or a place
    preposition before them rules it out ("our Leeds depot", "based in Cardiff")."""
    before = tokens[i - 1][2].lower() if i else ""
    gap_before = text[tokens[i - 1][1]:tokens[i][0]] if i else ""
    if before in words["honorifics"] or tokens[i][2].lower().rstrip(".") in words["honorifics"]:
        return True
    if before in words["not_name_after"] and "," not in gap_before:
        return False
    last = tokens[j][2].replace("\u2019", "'")
    if last.endswith("'s"):
        return True
    gap_after = text[tokens[j][1]:tokens[j + 1][0]] if j + 1 < len(tokens) else text[tokens[j][1]:tokens[j][1] + 2]
    after = tokens[j + 1][2].lower() if j + 1 < len(tokens) else ""
    if gap_after.strip().startswith(","):
        return True
    if gap_after.strip() == "" and after in words["name_followed_by"]:
        return True
    if gap_before.strip() == "" and j > i and before in words["full_name_preceded_by"]:
        return True
    return gap_before.strip().endswith(",") or (gap_before.strip() == "" and before in words["name_preceded_by"])


def _block_references(ctx, block) -> list[tuple[int, int, str]]:
    return ctx.analysis.memo(("gender-person-references", block.text_start),
                             lambda: person_references(ctx.text, block.text_start, block.text_end))


def _paragraph_references(ctx, offset: int) -> list[tuple[int, int, str]] | None:
    """The person references of the paragraph holding ``offset`` (``person_references``, once per paragraph), or None
    outside any paragraph."""
    block = ctx.document.block_at(offset)
    return None if block is None else _block_references(ctx, block)


def antecedent(ctx, start: int) -> str | None:
    """The kind of the nearest person reference before ``start`` in its paragraph, or None."""
    refs = _paragraph_references(ctx, start)
    if refs is None:
        return None
    i = bisect.bisect_right(refs, (start, -1, "")) - 1
    while i >= 0 and (refs[i][1] > start or refs[i][2] == "others"
                      or (refs[i][2] == "relation" and (_SENTENCE_END.search(ctx.text, refs[i][1], start)
                                                        or (_NEW_CLAUSE_SUBJECT.fullmatch(ctx.text, refs[i][1], start)
                                                            and _DUTY_AFTER_PRONOUN.match(ctx.text, start))))):
        # the object of "report to the ..." is who a pronoun in the same sentence means ("who runs
        # her kitchen"); in the next sentence the subject carries over ("The Site Supervisor reports
        # to the Project Manager. His duties include ..."), and so does a pronoun opening the next clause
        # ("The new site foreman reports to the contracts manager, and he must hold a CSCS card")
        i -= 1
    if i < 0:
        return None
    return "existing" if refs[i][2] == "relation" else refs[i][2]


@lru_cache(maxsize=1)
def _needs_hire() -> re.Pattern:
    """Between someone already there and the hire's title: an apposition ("Our client, a retired judge,"), one of
    ``needs_hire_verbs``, then at most three words before the title ("needs a reliable part-time driver")."""
    verbs = sorted(pronoun_words()["needs_hire_verbs"], key=len, reverse=True)
    return re.compile(r"(?:\s*,[^,.;:!?]{1,60},)?\s+(?:" + "|".join(v.replace(" ", r"\s+") for v in verbs)
                      + r")\s+(?:[\w'\u2019-]+\s+){0,3}", re.I)


#: What ends the clause of a need before a pronoun: a sentence or clause end, or a new subject ("..., and he must ...").
_NEED_CLAUSE_END = regex_programs.compile(r"[.!?;:]\s|\b(?:he|she|they|you)\b", re.I)


def _hire_needed_by_someone_there(ctx, start: int) -> bool:
    """Whether a possessive or object pronoun at ``start`` follows, in the same clause, a hire's title that someone
    already there needs (``needs_hire_verbs``): "Our client, a retired judge, needs a driver for his weekly
    appointments" is about the client; "Our client needs a driver. He must ..." is the hire's again."""
    refs = _paragraph_references(ctx, start)
    if refs is None:
        return False
    i = bisect.bisect_right(refs, (start, -1, "")) - 1
    while i >= 0 and refs[i][2] == "others":
        i -= 1
    if i < 1 or refs[i][2] not in ("role", "candidate") or refs[i - 1][2] not in ("name", "existing"):
        return False
    text = ctx.text
    return _needs_hire().fullmatch(text, refs[i - 1][1], refs[i][0]) is not None \
        and _NEED_CLAUSE_END.search(text, refs[i][1], start) is None


def _previous_block_names_nobody(ctx, start: int) -> bool:
    """Whether the paragraph before the one at ``start`` has no named or existing person as its
    last person reference."""
    i = ctx.document.block_index_at(start)
    if not i:
        return True
    refs = [r for r in _block_references(ctx, ctx.document.blocks[i - 1]) if r[2] != "others"]
    return not refs or refs[-1][2] not in ("name", "existing")


def _no_person_between(ctx, start: int, end: int) -> bool:
    """Whether ``start`` and ``end`` are in one paragraph with no person named between them (plural people already
    there, "our clients", name no one a singular pronoun could mean)."""
    block = ctx.document.block_at(start)
    if block is None or not (block.text_start <= end <= block.text_end):
        return False
    refs = _block_references(ctx, block)
    # only the references between the two (a paragraph full of pronouns stays linear: no scan to its end each time)
    i, j = bisect.bisect_left(refs, (start, -1, "")), bisect.bisect_left(refs, (end, -1, ""))
    return all(r[2] == "others" for r in refs[i:j])


def _pronoun_check(ctx):
    text = ctx.text
    #: by sex, the end of the last pronoun read as someone else (a bio, a relation, the one who needs the hire)
    someone_else: dict[str, int] = {}
    for m in ctx.matches():
        if ctx.in_eeo(m.start, m.end) or ctx.is_quoted(m.start, m.end):
            continue
        if m.key == "pair":
            word = re.sub(r"\s+", " ", m.text.lower())
            fix = _PAIR_FIX.get(word)
            yield ctx.report(m.start, m.end, "'{match}' assumes a binary; address the reader ('you') or use '{suggestion}'",
                             severity="info", suggestions=[fix] if fix else ["you"], replacement=fix)
            continue
        if text[m.start - 1:m.start] == "/" or text[m.end:m.end + 1] == "/":
            continue  # pronouns given as examples: "she/her, he/him"
        sent = ctx.sentence(m.start)
        if sent is not None and _TESTIMONIAL.search(text, sent.start_char, sent.end_char):
            continue
        sex = _PRONOUN_SEX.get(m.text.lower())
        if sex in someone_else and _no_person_between(ctx, someone_else[sex], m.start):
            # the pronoun before it, of the same sex in this paragraph with no person named between, was someone
            # else: so is this one ("You will report to him directly, and cover his diary when he is on leave")
            someone_else[sex] = m.end
            continue
        kind = antecedent(ctx, m.start)
        if kind in ("name", "existing"):
            someone_else[sex] = m.end
            continue  # a named person or someone already in the business: a bio, not the hire
        if m.text.lower() in ("his", "him", "her") and _hire_needed_by_someone_there(ctx, m.start):
            someone_else[sex] = m.end
            continue  # "Our client needs a driver for his appointments": the one who needs the hire
        relation = _relation_before(text, m.start, pronoun_words()) if m.text.lower() in ("him", "her") else None
        if relation is not None and not _EMPLOYER_SUBJECT_BEFORE.search(text, max(0, relation - 30), relation):
            someone_else[sex] = m.end
            continue  # "a sous chef to join him": whom the hire joins, supports or reports to is someone else
        if kind is None:
            # nothing earlier in the paragraph: a pronoun in the duties or requirements is the hire's,
            # and so is the subject of what the job will ask ("Once trained, she will handle ..."),
            # unless the paragraph before ends on someone else ("Meet Tom, our manager." / "He will ...")
            if not _previous_block_names_nobody(ctx, m.start):
                continue
            at = ctx.document.to_source(m.start, m.end)[0]
            in_duties = any(s.kind in _SPAN_KEYS and s.start <= at < s.end for s in ctx.document.sections)
            if not (in_duties or _FUTURE_DUTY.match(text, m.end)):
                continue
        pron = m.text.lower()
        you, they = _REWRITE.get(pron, ("you", "they"))
        basis = _one_sex_post_with_reason(ctx, m.start, pron)
        if basis:
            # the post is for one sex with its reason stated (privacy, same-sex care or searches, an occupational
            # requirement): the pronoun follows a requirement D104 already weighs, so it is info asking to confirm
            yield ctx.report(m.start, m.end,
                             "'{match}' refers to the future hire as one sex; the post is stated for one sex with a "
                             "reason ('" + basis + "'): confirm it is a genuine occupational requirement, or use '"
                             + they + "'", severity="info", suggestions=[you, they], data={"basis": basis})
            continue
        if pron == "her" and re.match(r"\s*(?:[.,;:!?)]|$|(?:a|an|the|to|with|for|in|on|up|some)\b)", text[m.end:m.end + 8]):
            you, they = "you", "them"  # object "her" ("give her a van"), not the possessive
        yield ctx.report(m.start, m.end,
                         "'{match}' refers to the future hire as one sex; address the reader ('{suggestion}') or use '"
                         + they + "'", suggestions=[you, they])


#: The sex a pronoun names, and the words that ask for that sex ("female carer", "a woman is needed", "women only").
_SEX_WORDS = {"f": regex_programs.compile(r"\b(?:females?|wom[ae]n|lad(?:y|ies)|girls?)\b", re.I),
              "m": regex_programs.compile(r"\b(?:males?|m[ae]n|gentlem[ae]n|boys?)\b", re.I)}
_PRONOUN_SEX = {"she": "f", "her": "f", "hers": "f", "herself": "f", "he": "m", "him": "m", "his": "m", "himself": "m"}


def _one_sex_post_with_reason(ctx, start: int, pronoun: str) -> str | None:
    """(nearmiss51b) The reason given in the pronoun's paragraph for a post of the pronoun's own sex: the paragraph
    names that sex (a female carer, women only, a woman is needed) and a reason for it (privacy, intimate or personal
    care, same-sex searches, an occupational requirement, Schedule 9): "Female carer needed for an elderly lady; she will
    help with bathing, so a woman is needed for privacy". The pronoun is then the lawful requirement's, not a slip; it
    stays a finding, at info (a lawful basis lowers, never hides). The other sex's pronoun, or no reason, stays a
    warning ("Female only. She will work nights.")."""
    sex = _PRONOUN_SEX.get(pronoun)
    block = ctx.document.block_at(start)
    if sex is None or block is None:
        return None
    lo, hi = block.text_start, block.text_end

    def compute():  # once per paragraph and sex: a long paragraph full of pronouns stays linear
        found = _SEX_BASIS_RE.search(ctx.text, lo, hi)
        if found is None or not _SEX_WORDS[sex].search(ctx.text, lo, hi):
            return None
        return found.group().strip()

    return ctx.analysis.memo(("one-sex-post-basis", lo, sex), compute)


pronoun = FunctionRule(
    _pronoun_check,
    patterns=[Pattern("regex", _PAIR, "pair"), Pattern("regex", _SINGLE, "single")],
    code="D102", name="gendered-pronoun", category="bias.gender", severity=Severity.warning,
    summary="A gendered pronoun for the future hire ('he will', 'his/her').",
    what="'he', 'she', 'him', 'his', 'her' referring to the person being hired: 'The ideal candidate... He will "
         "report to the CTO' (a warning, rewritten as 'you' or 'they'). With no parser, a pronoun is resolved to the "
         "nearest preceding person reference in its paragraph: the role, a job title, the candidate or the successful "
         "applicant make it a finding; a named person ('our founder, Maria, opened her first shop') or someone already "
         "in the business (the CEO, the founder) does not, nor does an object pronoun after the hire's relation to "
         "someone ('a sous chef to join him', 'to support her', 'report to him'), nor a possessive or object pronoun "
         "after a hire someone already there needs, in that clause ('Our client, a retired judge, needs a driver for "
         "his appointments'), nor a pronoun after one read as someone else, of the same sex with no person named between "
         "('report to him directly, and cover his diary when he is on leave'). A pronoun of the sex the post is stated for "
         "with its reason in the paragraph (privacy, intimate care, same-sex searches, an occupational requirement: 'Female "
         "carer needed; she will help with bathing, so a woman is needed for privacy') is info. A pronoun with no reference in its paragraph counts only in "
         "the duties or requirements. Pairs such as 'he or she', 'his/her', 's/he' are info with an unsafe fix to "
         "'they'/'their'. Quotes, testimonials and equal-opportunity text are not flagged. The nouns are data: "
         "jdlint/data/gender_pronouns.yaml.",
    why="A single gendered pronoun for the hire signals a sex preference (Title VII 42 U.S.C. 2000e-3(b); "
        "Joblint 'Use of gendered pronoun'); binary pairs are clumsy and exclude non-binary readers. Ads that "
        "address the reader as 'you' read better and avoid both.",
    bad=["The successful candidate will lead the team. He will report to the CTO.", "He or she will manage the budget."],
    good=["You will report to the CTO.", "\"I joined in 2019,\" says Maria. \"She will show you the ropes,\" she adds.",
          "Our founder, Maria, opened her first shop in 2009.", "Meet Marco, our head chef. We need a commis to support him."],
    fix="Address the reader: 'You will report to the CTO'. Otherwise use 'they'.",
    references=["Title VII 42 U.S.C. 2000e-3(b)", "Joblint lib/rules.js 'Use of gendered pronoun' (MIT)",
                "retext-equality data/en/gender.yml (MIT)"],
    message="'{match}' is a gendered pronoun for the future hire", source="jdlint.checks.bias_gender", scope="text",
)
pronoun.fixable = True

# -- D104: sex preference ---------------------------------------------------------------------
_SEX = r"(?:males?|females?|m[ae]n|wom[ae]n|lad(?:y|ies)|gentlem[ae]n|girls?|boys?|guys?|gals?)"
SEX_BASIS = (r"\b(?:occupational\s+requirement|schedule\s+9|bfoq|bona\s+fide|genuine\s+occupational|privacy|dignity"
             r"|intimate\s+(?:care|personal\s+care)|personal\s+care|same[\s-]sex|women'?s\s+(?:refuge|shelter)|rape\s+crisis"
             r"|domestic\s+(?:violence|abuse)\s+(?:shelter|refuge|service)|changing\s+rooms?|locker\s+rooms?|body\s+searches?"
             r"|strip\s+search|selective\s+service|section\s+7\s+of\s+the\s+sex\s+discrimination|equality\s+act)\b")
#: D104's reasons, read by D102 too (``_one_sex_post_with_reason``): compiled on first use
_SEX_BASIS_RE = LazyPattern(SEX_BASIS, re.I)

#: What staff of one sex are given, not who is hired: a facility, transport, housing or leave offered "for female staff"
#: ("Free hostel accommodation for female staff near the hospital", writer P 9521; "cab drop for women employees after
#: 10 p.m.", "bachelor accommodation available for male workers"). The thing offered (a noun of provision, or offered,
#: provided, free) stands at most four words before "for"; a vacancy, a preference or a search before "for" is no
#: provision ("Openings for female staff", "looking for female staff" stay).
PROVIDED_FOR_ONE_SEX = (
    r"\b(?:accommodation|hostels?|housing|lodging|quarters|dormitor(?:y|ies)|(?:rest|changing|prayer|locker|wash|bath|common)"
    r"[\s-]?rooms?|toilets?|restrooms?|lockers?|transport(?:ation)?|cabs?|bus(?:es)?|shuttles?|drops?|pick[\s-]?ups?|escorts?"
    r"|cr[eè]ches?|child[\s-]?care|day[\s-]?care|uniforms?|facilit(?:y|ies)|amenities|allowances?|leave|insurance|lounges?"
    r"|canteens?|meals?|provided|available|offered|arranged|free|subsidi[sz]ed|separate|dedicated)"
    r"(?:\s+[\w'-]+){0,4}?\s+for\s+(?:all\s+|our\s+|the\s+|its\s+)?(?:fe)?male\s+(?:staff|employees?|workers?|nurses?"
    r"|colleagues|team\s+members|members\s+of\s+staff)\b"
)

#: D104's pattern; D103 leaves a group word inside one of its matches to it ("Ladies preferred").
SEX_PREFERENCE = (
        r"\b" + _SEX + r"\s+(?:only|preferred|wanted|needed|required)\b"
        r"|\b(?:only|preferably)\s+(?:males?|females?|m[ae]n|wom[ae]n)\b(?!\s*(?:'s|owned|founded|led|in\s+(?:tech|stem|business)))"
        r"|\b(?:male|female)\s+(?:candidates?|applicants?|individuals?|persons?|staff|workers?|employees?|nurses?|drivers?|"
        r"attendants?|assistants?|models?|servers?|bartenders?|receptionists?|guards?|cleaners?|carers?|caregivers?|engineers?|sales\w*)\b"
        r"|\bmust\s+be\s+(?:an?\s+)?(?:male|female|man|woman|lady|gentleman)\b"
        r"|\b(?:only\s+(?:hire|hires|hiring|employ|employs|accept|accepts|consider|considers|recruit|recruits)|(?:hire|hiring|employ|recruit)(?:s|ing)?\s+only)\s+"
        r"(?:men|women|males|females|ladies|girls|boys|guys|gentlemen)\b"
        r"|\b(?:seeking|looking\s+for|hiring|need|want|prefer)\s+(?:an?\s+)?(?:\w+\s+)?(?:male|female|man|woman|lady|gentleman|guy|girl)\b"
        r"(?![\s-]*(?:owned|founded|led|founder|entrepreneur|-)\b)(?!'s)"
        r"|\bstrong\s+(?:men|guys|lads)\b|\bbiological(?:ly)?\s+(?:males?|females?|m[ae]n|wom[ae]n)\b"
        # a job title tagged with one sex in brackets, as German-register ads tag titles "(m/w/d)" for everyone: "Sales
        # Manager (m)", "Gynecologist (Female)", "Driver (male)"; a one-letter tag only after a role word's ending
        # (not a size or a unit: "Shirt (M)", "Length (m)"), a word only after no facility or people served ("Toilets
        # (female)", "Patients (female)")
        r"|\b[\w-]+(?:er|or|ist|ian|ant|ent|man|ive|ary|eur|ess|ee|nurse|cook|chef|guard|clerk|aide|nanny|maid)"
        r"\s*\(\s*(?:m|f|w)\s*\)"
        r"|\b(?!(?:toilets?|restrooms?|bathrooms?|washrooms?|changing|rooms?|dorms?|dormitor(?:y|ies)|wards?|patients?|clients?"
        r"|customers?|residents?|guests?|students?|sizes?|section|accommodation|hostel|quarters)\b)[\w-]+\s*\(\s*(?:males?|females?|m[ae]n|wom[ae]n"
        r"|lad(?:y|ies)|gents?)\s*(?:only\s*)?\)"
)
#: D103 and D105 ask every sentence with a match whether D104 holds it: compiled on first use
_SEX_PREFERENCE_RE = LazyPattern(SEX_PREFERENCE, re.I)

sex_preference = bias_rule(
    code="D104", name="sex-preference", category="bias.gender", severity="error",
    summary="A stated preference for one sex ('male candidates', 'females only').",
    message="'{match}' states a sex preference; remove it, or state the genuine occupational requirement and why",
    patterns=[SEX_PREFERENCE],
    exceptions=[
        r"\b(?:wom[ae]n|female|men|male|girls?|boys?)(?:'s)?[\s-]+(?:in\s+(?:tech|stem|engineering|business|leadership)|founded|owned|led"
        r"|health|clinic|shelter|hospital|sports?|soccer|basketball|football|team|league|studies|history)\b",
        r"\b(?:office|shop|shot|promo|promotion|counter|delivery|paper|errand|stock|pool|tea)\s+(?:girl|boy)s?\b",
        r"\bboys?\s+(?:&|and)\s+girls?\s+clubs?\b|\bgirls?\s+who\s+code\b|\bsociety\s+of\s+women\s+engineers\b",
        r"\b(?:wom[ae]n|female)\s+(?:\w+\s+)?(?:candidates?|applicants?)\s+(?:are|is)\s+(?:\w+\s+)?encouraged\b",
        r"\bmale\s+(?:applicants|candidates|citizens|persons)\s+born\s+(?:after|on\s+or\s+after)\b|\bselective\s+service\b",
        r"\bmen\s+and\s+women\b|\bwomen\s+and\s+men\b|\bmale\s+(?:and|or)\s+female\b|\bfemale\s+(?:and|or)\s+male\b",
        PROVIDED_FOR_ONE_SEX,
    ],
    # a colleague the hire works beside is not the hire ("you'll work alongside two midwives and a male nurse")
    skip=("eeo", "negated", "quoted", "others"),
    basis=SEX_BASIS,
    basis_message="'{match}' is a sex requirement stated with a reason (privacy, same-sex care, occupational "
                  "requirement); confirm it is a genuine occupational requirement and keep the reason",
    what="'males only', 'female candidates preferred', 'seeking a female receptionist', 'must be a man', "
         "'strong men needed'. Outreach ('women are encouraged to apply'), organisation names ('Girls Who "
         "Code', 'women in tech') and equal-opportunity text are not flagged; a stated occupational "
         "requirement (same-sex personal care, a women's refuge) drops the finding to info.",
    why="Title VII forbids ads indicating a sex preference except for a bona fide occupational qualification "
        "(42 U.S.C. 2000e-3(b)); the Supreme Court upheld banning sex-segregated help-wanted columns (Pittsburgh "
        "Press, 1973). In Great Britain an occupational requirement (Equality Act 2010 Sch. 9) must be stated "
        "with its reason (EHRC).",
    bad=["Female candidates preferred.", "We are seeking a male security guard."],
    good=["Women and non-binary people are encouraged to apply.", "Join our women in tech mentoring circle."],
    fix="Remove the preference. If a genuine occupational requirement applies, state it and the reason.",
    references=["Title VII 42 U.S.C. 2000e-2(e), 2000e-3(b)", "Pittsburgh Press Co. v. Pittsburgh Comm'n on Human Relations, 413 U.S. 376 (1973)",
                "Equality Act 2010 Sch. 9 para 1 (GB)", "EHRC guidance on discriminatory adverts"],
    source="jdlint.checks.bias_gender",
)




# -- D103, D106: address and group words, generic "man" words ----------------------------------
@lru_cache(maxsize=1)
def address_words() -> dict:
    """``jdlint/data/gender_address.yaml``: the word lists and the hiring frame."""
    from importlib.resources import files

    from ..yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "gender_address.yaml").read_text("utf-8"))
    raw["hiring_frame"] = regex_programs.compile(raw["hiring_frame"], re.I | re.X)
    raw["both_sexes"] = regex_programs.compile(raw["both_sexes"], re.I | re.X)
    return raw


def says_who_to_hire(ctx, start: int) -> bool:
    """Whether the sentence holding ``start`` says who should apply or be hired."""
    sent = ctx.sentence(start)
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (max(0, start - 200), start + 200)
    return address_words()["hiring_frame"].search(ctx.text, lo, hi) is not None


def _in_name(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a capitalised multi-word name ("the Ladies European Tour")."""
    if not text[start:start + 1].isupper():
        return False
    before = re.search(r"([A-Za-z&]+)[ \t]+$", text[max(0, start - 30):start])
    after = re.match(r"[ \t]+([A-Za-z]+)", text[end:end + 30])
    return bool((before and before.group(1)[:1].isupper()) or (after and after.group(1)[:1].isupper()))


#: The frame rule that takes a group word inside a preference, requirement or exclusion (rules/gender.yaml).
SEX_IN_A_FRAME = "D110"


def _address_check(table_key: str, for_people: str | None):
    def check(ctx):
        words = address_words()
        table = words[table_key]
        people = frozenset(words.get(for_people, ())) if for_people else None
        sex_preference_re = _SEX_PREFERENCE_RE
        text = ctx.text
        for m in ctx.matches():
            if ctx.in_eeo(m.start, m.end) or ctx.is_quoted(m.start, m.end) or _in_name(text, m.start, m.end):
                continue
            sent = ctx.sentence(m.start)
            if sent is not None and table_key == "group_words" and any(
                    p.start() < m.end and m.start < p.end()
                    for p in sex_preference_re.finditer(text, sent.start_char, sent.end_char)):
                continue  # D104 reports it as a sex preference
            if table_key == "group_words" and overlaps_any(frame_finding_spans(ctx.analysis, SEX_IN_A_FRAME),
                                                           *ctx.document.to_source(m.start, m.end)):
                continue  # D110 reports it as one sex preferred or required ("would suit a strong lad")
            # a possessive names whose thing it is, not who is wanted ("our ladies' fashion range")
            possessive = text[m.end:m.end + 1] in ("'", "\u2019")
            # "lads and lasses": both sexes named together widen the pool
            paired = any(p.start() <= m.start and m.end <= p.end() for p in words["both_sexes"].finditer(
                text, max(0, m.start - 20), min(len(text), m.end + 20)))
            hiring = ((people is None or m.key in people) and not possessive and not paired
                      and says_who_to_hire(ctx, m.start))
            suggestion = table[m.key]
            if hiring:
                yield ctx.report(m.start, m.end, "'{match}' says the people wanted are one sex; use '{suggestion}' "
                                 "and describe the work instead", suggestions=[suggestion], replacement=suggestion)
            else:
                yield ctx.report(m.start, m.end, severity="info", suggestions=[suggestion], replacement=suggestion)
    return check


def _address_patterns(table_key: str, exceptions_key: str, kind: str):
    words = address_words()
    return [Pattern(kind, term, term) for term in words[table_key]] + \
        [Pattern("lower", phrase, EXCEPTION) for phrase in words[exceptions_key]]


group_noun = FunctionRule(
    _address_check("group_words", None),
    patterns=_address_patterns("group_words", "group_word_exceptions", "lower"),
    code="D103", name="gendered-group-noun", category="bias.gender", severity=Severity.warning,
    summary="Gendered group and address words for applicants or the team ('guys', 'ladies', 'lads').",
    what="'guys', 'gentlemen', 'ladies', 'lads', 'girls', 'boys', 'bros', 'dudes', 'one of the guys'. A warning "
         "when the sentence says who should apply or be hired ('Two more lads needed for the warehouse', 'Calling all "
         "ladies: we are hiring'), info elsewhere ('thanks, guys' in a team quote). Names ('Five Guys', 'Boys & Girls "
         "Club', 'the Ladies European Tour'), quotes and equal-opportunity text are skipped; a stated preference "
         "('Ladies preferred') is D104's. Word lists and the hiring frame: jdlint/data/gender_address.yaml.",
    why="Naming the people wanted as one sex states a sex preference (Title VII 42 U.S.C. 2000e-3(b); the EHRC's "
        "advert guidance); elsewhere the words describe a one-gender team and tell others they may not belong "
        "(Joblint 'Use of gendered word', 'Use of bro terminology'), a wording nudge.",
    bad=["Two more lads needed for the warehouse, start Monday.", "Hey guys, we're hiring!",
         "Join the bros on our platform team."],
    good=["Two more warehouse operatives needed, start Monday.", "Hi everyone, we're hiring!",
          "Lunch at Five Guys on Fridays."],
    fix="Name the job, not the people: 'warehouse operatives', 'everyone', 'folks', 'team'.",
    references=["Title VII 42 U.S.C. 2000e-3(b)", "EHRC guidance on discriminatory adverts (updated July 2024)",
                "Joblint lib/rules.js 'Use of gendered word', 'Use of bro terminology' (MIT)",
                "retext-equality data/en/gender.yml (MIT)"],
    message="'{match}' assumes the group is one gender; try '{suggestion}'", source="jdlint.checks.bias_gender",
    scope="text",
)
group_noun.fixable = True

generic_man = FunctionRule(
    _address_check("man_words", "man_words_for_people"),
    patterns=_address_patterns("man_words", "man_word_exceptions", "lemma"),
    code="D106", name="generic-man", category="bias.gender", severity=Severity.warning,
    summary="Generic 'man' wording that treats men as the default worker.",
    what="'manpower', 'man-hours', 'man the phones', 'unmanned', 'mankind': info. 'manpower' in a sentence that "
         "says who should be hired ('Manpower required: ten labourers') is a warning. The staffing company name "
         "'ManpowerGroup' is not flagged. Word lists: jdlint/data/gender_address.yaml.",
    why="retext-equality flags generic 'man' wording; it makes men the default worker. Where it names the people "
        "wanted it reads as a sex preference (Title VII 42 U.S.C. 2000e-3(b)); elsewhere it is style.",
    bad=["You will man the phones on Fridays.", "Manpower required: ten general labourers for a site contract."],
    good=["You will answer the phones on Fridays.", "Ten general labourers required for a site contract."],
    fix="Use the plain neutral word ('staff', 'work hours', 'answer the phones').",
    references=["retext-equality data/en/gender.yml (MIT)", "Title VII 42 U.S.C. 2000e-3(b)"],
    message="'{match}' uses 'man' for people in general; try '{suggestion}'", source="jdlint.checks.bias_gender",
    scope="text",
)
generic_man.fixable = True

RULES = [pronoun, group_noun, sex_preference, generic_man]
