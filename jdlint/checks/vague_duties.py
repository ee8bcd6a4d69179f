"""V118 unbounded-duty: a duty verb whose object has no bound ("sort out whatever lands on your desk").

V201 lists the stock catch-alls ("other duties as assigned"); this reads the grammar instead: a
verb of doing or helping (help, assist, cover, handle, tackle, deal with, take on, step in ...),
a few particles after it, then an object that names no work: a free-choice pronoun (anything,
everything, whatever, wherever, the rest) or a free-choice word before a generic noun (any other
bits, all manner of jobs, assorted tasks, various things). Whatever wording carries the verb and
the object, the duty is the same: the applicant cannot tell what the job is.

Since vague18 also a duty told as a noun or adjective ("exposure to various activities", "responsible for any other
functions"), a bare "stuff" ("day-to-day stuff"), and a manner that leaves the duty open ("in any way possible",
"lend a hand where you can", "and everything in between").

Silent when the object is bounded: a concrete noun ("any customer refunds"), a relation that names
the field ("anything related to VAT returns"), a list ("such as", a colon), a figure or a name after
it; and when negated or quoted. One pass over each sentence's words: linear in the posting.
"""
from __future__ import annotations

from ..rule import rule
from .vague_claims import CLAUSE_PUNCT, _TOKEN, _titled

#: verbs of doing or helping, inflected ("deal" is read with "with", "sort" with "out" by the particles); not the
#: light verb "do" ("we are doing everything we can" is the employer's effort; "do whatever it takes" is V105's)
DUTY_VERBS = frozenset("""help helps helping assist assists assisting support supports supporting cover covers
covering handle handles handling tackle tackles tackling deal deals dealing sort sorts sorting
take takes taking look looks looking pitch pitches pitching chip chips chipping muck mucks mucking jump jumps
jumping step steps stepping fill fills filling lend lends lending turn turns turning undertake undertakes
undertaking perform performs performing carry carries carrying complete completes completing get gets getting
contribute contributes contributing juggle juggles juggling manage manages managing""".split())
#: a duty told as a noun or an adjective, whose object follows a preposition ("exposure to various activities",
#: "involvement in all operations", "responsible for any other tasks"; vague18, writer T)
DUTY_NOUNS = frozenset("exposure involvement participation responsible responsibility accountable".split())
#: (vague37) a hire told as able at everything ("handy with most things", "good with anything practical": writer K)
DUTY_NOUNS |= frozenset("handy".split())
#: what may stand between the verb and its object ("lend a hand with", "take care of", "get involved in")
#: the verbs of helping someone, whose person may stand before the object ("assist the HOD in all matters")
HELP_VERBS = frozenset("help helps helping assist assists assisting support supports supporting".split())
PARTICLES = frozenset("""out in on with to of care after a hand involved your their up over for across around
about into""".split())
PARTICLE_REACH = 4
#: an object that is every thing there is
FREE_PRONOUNS = frozenset("anything everything whatever wherever whenever whichever".split())
#: a free-choice word before a generic noun ("any other bits", "assorted tasks")
FREE_DETERMINERS = frozenset("""any all various assorted miscellaneous sundry random whatever whichever diverse
numerous other most multiple""".split())  # "most": "handle most things" (vague37)
#: (vague42) "multiple" counts the tasks and names none ("handle multiple tasks", writer AF's multitasking cliché), but
#: only before the nouns that are no work at all: "manage multiple projects" and "multiple functions" are the job's
#: own units on real ads (dev 0100, 0276, 0299, 0306, 0310), so the generic nouns after it are these
MULTIPLE_NOUNS = frozenset("things tasks jobs bits duties errands chores".split())
#: the whole of it, named as one thing ("handle the whole thing, basically, from start to end": writer F; vague37)
WHOLE_NOUNS = frozenset("thing lot show shebang shop caboodle".split())
FREE_MODIFIERS = frozenset("other additional extra odd random general small little manner sorts kinds of related".split())
GENERIC_NOUNS = frozenset("""thing things stuff task tasks job jobs bit bits bobs work works duties errands chores odds
ends pieces matters activities functions operations initiatives assignments projects""".split())
#: words that may stand before a bare "stuff" ("day-to-day stuff", "the admin stuff" is bounded by its noun: not here)
STUFF_MODIFIERS = frozenset("the day-to-day general everyday usual odd random other little".split())
#: a manner that leaves the duty open, read within the duty's clause ("support the office in any way possible",
#: "lend a hand where you can", "juggle the day-to-day and everything in between": vague18, writers K and S)
OPEN_MANNERS = (("in", "any", "way"), ("in", "every", "way"), ("in", "any", "capacity"), ("where", "you", "can"),
                ("wherever", "you", "can"), ("wherever", "needed"), ("and", "everything", "in", "between"),
                ("and", "everything", "else"), ("and", "anything", "else"), ("or", "anything", "else"))
MANNER_REACH = 10
#: "help the manager with anything", "assist the HOD in all matters": the person helped, then the object (vague15,
#: writers D and Q); read only within a few words after the verb
OBJECT_PREPOSITIONS = frozenset("with in on".split())
PERSON_REACH = 4
#: after the object, a word that binds it to a field, a list or a range ("anything from payroll to HR", "all operations
#: of the depot"): content follows
BOUND_AFTER = frozenset("related relating connected regarding concerning involving such including like from between".split())
NEGATIVE_FRAMES = frozenset("not never no".split())


def _object_end(words: list[str], n: int) -> int | None:
    """The last index of an unbounded object starting at ``n``, or None."""
    if n >= len(words):
        return None
    w = words[n]
    if w in FREE_PRONOUNS:
        end = n
        if w in ("whatever", "whichever") and n + 1 < len(words) and words[n + 1] not in CLAUSE_PUNCT:
            end = n + 1  # "whatever comes up", "whatever shifts"
        elif n + 1 < len(words) and words[n + 1] == "else":
            end = n + 1
        return end
    if w == "the" and n + 1 < len(words) and words[n + 1] == "rest":
        return n + 1
    if w == "the" and words[n + 1:n + 2] == ["whole"] and words[n + 2:n + 3] and words[n + 2] in WHOLE_NOUNS:
        return n + 2
    m = n
    while m < len(words) and m - n < 3 and words[m] in STUFF_MODIFIERS:
        m += 1
    if m < len(words) and words[m] == "stuff" and words[m + 1:m + 2] != ["done"]:
        return m  # ("get stuff done" is the hire's drive, V105's)
    if w in FREE_DETERMINERS:
        m = n + 1
        while m < len(words) and m - n <= 3 and words[m] in FREE_MODIFIERS:
            m += 1
        if m < len(words) and words[m] in (MULTIPLE_NOUNS if w == "multiple" else GENERIC_NOUNS):
            while m + 1 < len(words) and words[m + 1] in GENERIC_NOUNS:
                m += 1  # "other job functions"
            return m
        if words[m - 1] in ("sorts", "kinds") and (m >= len(words) or words[m] != "of"):
            return m - 1  # "get involved in all sorts"
    return None


def _bounded(words: list[str], tokens: list, last: int) -> bool:
    """Whether the words after an object ending at ``last`` bound it: a relation that names the field, a range, a
    list after a colon, or a name."""
    after = words[last + 1] if last + 1 < len(words) else ""
    if after == "of":  # "all operations of the depot" names its field; "any other bits of work", "all related works
        # of buyer" (writer Q) do not
        return words[last + 2:last + 3] in (["the"], ["a"], ["an"], ["our"], ["this"], ["its"]) and \
            words[last + 3:last + 4] != [] and words[last + 3] not in GENERIC_NOUNS
    return after in BOUND_AFTER or ":" in words[last + 1:] or any(_titled(t[2]) for t in tokens[last + 1:last + 8])


def _open_manner(words: list[str], n: int) -> tuple[int, int] | None:
    """The first and last index of an open manner (``OPEN_MANNERS``) in the clause after a duty verb, or None."""
    for m in range(n, min(len(words), n + MANNER_REACH)):
        if words[m] in CLAUSE_PUNCT:
            return None
        for manner in OPEN_MANNERS:
            if tuple(words[m:m + len(manner)]) == manner:
                following = words[m + len(manner):m + len(manner) + 1]
                if manner[0].startswith("where") and following and following[0] not in CLAUSE_PUNCT:
                    continue  # "an agency where you can work with ...": a place described, not a manner
                return (m + 1 if manner[0] in ("and", "or") else m), m + len(manner) - 1
    return None


def unbounded_duties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    words = [w.lower() for w in _TOKEN.findall(text, start, end)]
    if any(w.isdigit() for w in words) or (DUTY_VERBS.isdisjoint(words) and DUTY_NOUNS.isdisjoint(words)):
        return []  # (most sentences hold no duty verb: their tokens' positions are never read)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    found = []
    for i, w in enumerate(words):
        if w in DUTY_NOUNS:
            n = i + 1
            if n < len(words) and words[n] in ("to", "in", "for", "with", "of"):
                last = _object_end(words, n + 1)
                if last is not None and not _bounded(words, tokens, last):
                    found.append((tokens[n + 1][0], tokens[last][1]))
            continue
        if w not in DUTY_VERBS:
            continue
        manner = _open_manner(words, i + 1) if i + 1 < len(words) and words[i + 1] not in ("you", "your") else None
        if manner is not None:  # (not the employer's help to the applicant: "we will support you in any way we can")
            found.append((tokens[manner[0]][0], tokens[manner[1]][1]))
            continue
        n = i + 1
        while n < len(words) and n - i <= PARTICLE_REACH and words[n] in PARTICLES:
            n += 1
        last = _object_end(words, n)
        if last is None and words[i] in HELP_VERBS:
            # the person helped stands between: "helping the Oga with anything that comes up"
            for m in range(n, min(len(words) - 1, n + PERSON_REACH)):
                if words[m] in CLAUSE_PUNCT:
                    break
                if words[m] in OBJECT_PREPOSITIONS:
                    n = m + 1
                    last = _object_end(words, n)
                    break
        if last is None:
            continue
        if _bounded(words, tokens, last):
            continue  # (a colon later in the sentence opens the list that bounds it: "anything that arrives in
            # the shared inbox: supplier invoices, remittance queries", writer G)
        # the object is the finding: where V201's stock phrase covers the same words ("whatever needs
        # sorting") its longer span and advice are kept (engine.one_finding_per_phrase)
        found.append((tokens[n][0], tokens[last][1]))
    return found


@rule(
    code="V118", name="unbounded-duty", category="vague", severity="info", scope="text",
    summary="A duty whose object has no bound ('sort out whatever lands on your desk', 'tackle all manner of jobs').",
    message="'{match}' as a duty names no work: say which tasks, how often, and how much of the week they take",
    what=("A verb of doing or helping (help, assist, cover, handle, tackle, deal with, take on, step in, lend a "
          "hand ...) whose object is unbounded: a free-choice pronoun ('anything', 'everything', 'whatever comes "
          "up', 'wherever', 'the rest', 'the whole thing') or a free-choice word before a generic noun ('any other bits', 'all "
          "manner of jobs', 'assorted tasks', 'various activities', 'most things', 'day-to-day stuff'); a duty told as a noun or "
          "adjective ('exposure to various activities', 'responsible for any other functions', 'handy with most "
          "things'); or a manner that leaves it open ('in any "
          "way possible', 'where you can', 'and everything in between'). Read from the grammar, so any wording of the verb and the object "
          "counts; V201 keeps the stock phrases ('other duties as assigned'). Silent when the object is bounded "
          "('any customer refunds', 'anything related to VAT returns', 'all operations of the depot', a list, a "
          "figure or a name after it, or what follows pins it down: skip context 'specified'), negated or quoted, and for the employer's help to the hire ('we will support "
          "you in any way we can')."),
    why=("An open-ended duty hides the real workload: applicants cannot tell what the job is or how much of it "
         "is unplanned, and it often means the role absorbs whatever others drop (Joblint 'new starter "
         "expectations'; GOV.UK style guide on being specific)."),
    bad=["You'll sort out whatever lands on your desk.", "Our handyman will tackle all manner of jobs."],
    good=["Help with anything related to VAT returns and bank feeds.", "Handle any customer refunds in the shop."],
    fix="Name the tasks (and how much of the week they take) instead of 'anything' or 'whatever comes up'.",
    references=["Joblint lib/rules.js (MIT), https://github.com/rowanmanning/joblint",
                "GOV.UK style guide, A to Z, https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style"],
    options={"skip": ["quoted", "negated", "eeo", "explained", "name", "specified"]},
)
def unbounded_duty(ctx):
    text = ctx.text
    for sent in ctx.analysis.sentences:
        for start, end in unbounded_duties(text, sent.start_char, sent.end_char):
            if not ctx.skipped(start, end):
                yield ctx.report(start, end)


RULES = [unbounded_duty]
