"""V117 evaluative-claim: praise of the employer, its people, the place or the job, with nothing to check.

A claim is found by its grammar, not by its wording: an evaluative word (a broad class derived
offline from distributional clusters and a sentiment lexicon, jdlint/data/evaluative_words.yaml)
in one of three frames about what the ad describes (a ``subject`` word: the team, the culture, the
role, "we", "it", "here"):

* the predicate of a linking verb whose subject is one of them: "the vibe in our kitchen is
  magical", "our crew are absolutely brilliant", "we're a ridiculously fun bunch";
* the same with the thing after "find" or "make": "you'll find the work hugely rewarding";
* before one of them as its head noun: "a glorious adventure", "an incredibly warm place";
* a praise noun as the predicate: "this job is an absolute dream", "our porters are legends";
* a feeling promised about the place ("you'll love it here", "you will adore working with us") and a
  verb that praises its subject at the end of its clause ("our team rocks!");
* one praise word heading three or more listed items ("Great vibes, great team, great future"): the
  repetition is the message (not a trade's skills: "a good cook, good cleaner and good driver").
* (promise47) in a benefits section (the section reader's, ``document.sections``), an item that names only a kind
  of benefit ("- Training", "- Career progression", "Benefits: Training, Progression") or a plain praise word and its
  noun ("- Good team"), where such items are at least half of the section's items: a list of kinds names nothing,
  one kind among named benefits is one more heading (evaluative_words.yaml ``offer-noun``, ``offer-word``).

A label and its value count as a predicate ("Culture: incredible."), and "such a" or an exclamation
raises a plain word as a degree word does ("such a lovely bunch", "the team is lovely!").

Subjects also take every job-title and organisation noun (jdlint/data/role_nouns.yaml): "the carers
are fabulous". A praise word before a job title is left alone: "a really good developer" is asked of
the hire (V105, V113).

A ``mild`` word (good, great, friendly ...) counts only with a degree word before it ("really
great", "super friendly"): alone it is plain English. The claim carries no content when its sentence
holds no figure (a number is the evidence: "turnover is remarkably low, at 4%"); a capitalised
evaluative word inside a sentence is a name or a rating ("Brilliant Smiles Dental", "rated
Outstanding"). Skipped where V rules skip: quoted, negated, equal-opportunity text, explained by a
colon and a list, and the object of a duty ("create a really welcoming space for guests").

One pass over each sentence's words with set look-ups: linear in the posting.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rule import rule
from ..spans import overlapping, position_index

#: words and the punctuation that ends a clause; "it's" is read as "it" + "'s"
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|['\u2019](?:s|re)\b|\d|[,;:!?()\u2014\u2013]")
LINKING = frozenset("""is are was were be been being 's 're feels feel felt seems seem looks look remains
remain sounds sound becomes become stays stay""".split())
#: "you'll find the work hugely rewarding", "makes every day really special": the thing is after the verb
FIND = frozenset("find finds found make makes keeps keep".split())
#: words that may stand between the linking verb and the praise
FILLER = frozenset("a an just simply also always such all still both truly really so quite".split())
#: adjectives of the speaker's feeling: before "to" they are willingness, not praise ("happy to help")
EXPERIENCER = frozenset("happy glad pleased delighted thrilled excited proud keen".split())
#: after "to", the start of the people the praise is relative to ("exciting to some people and dull to
#: others"), not an infinitive ("amazing to work with")
TO_SOMEONE = frozenset("some many most the a an people those anyone everyone me us them him her you".split())
#: "you'll love it here": a feeling promised to the applicant, with the place as its object
AFFECT_VERBS = frozenset("love adore".split())
#: "our team rocks!": a verb that praises its subject, at the end of the clause
PRAISE_VERBS = frozenset("rocks rock rules shines".split())
#: words between the verb and a praise noun ("an absolute dream", "such a joy", "real gems")
#: ... and a group's word before "of" ("our yard crew is a bunch of legends", writer A; "a team of absolute gems")
#: ... and a plain word that only raises the praise noun ("a great laugh", "a right laugh", British register; vague46)
NOUN_FILLER = frozenset("""a an such absolute total real true proper just simply also always all bunch gang team crew of
great right good""".split())
#: what ends a subject when reading back from the verb
SUBJECT_STOP = frozenset("""and but so because while if when where although though or that which who
whether than""".split())
CLAUSE_PUNCT = frozenset(",;:!?()\u2014\u2013")
#: a head noun followed by one of these is a modifier of something concrete ("team members", "culture fit")
NOT_HEAD_AFTER = frozenset("""member members event events fit player players leader leaders building
meeting meetings lead leads manager managers""".split())
#: "rated outstanding", "graded good": an inspector's grade, not the writer's praise
#: subject words that are not a noun a praise word could stand before ("a great our" is no phrase)
#: nor "leadership" and "management", which before a noun are skills ("excellent leadership and
#: communication skills") though as a subject they are the employer's people ("management is superb")
NOT_NOUNS = frozenset("it this we our here everyone everybody working leadership management".split())
PRONOUN_SUBJECTS = frozenset("it that this there here we you they everything everyone life work".split())
GRADE_BEFORE = frozenset("rated graded judged ranked".split())
PREPOSITIONS = frozenset("""of from in at on with for over across by about behind near inside during throughout
under within after before around every each""".split())
#: a noun that joins the head to make one place or group ("working environment", "team atmosphere", "work culture")
COMPOUND_BEFORE_HEAD = frozenset("working work team office company".split())
#: what may stand before the praise word in a line that is nothing but the claim ("A lovely, friendly team.")
BARE_LEAD = frozenset(("a", "an", "and", ",", "&"))
SUBJECT_REACH = 7  # words read back from the verb for the subject
COORDINATE_REACH = 3  # words of an earlier predicate skipped back over after "and" or a comma


@dataclass(frozen=True)
class Classes:
    praise: frozenset
    mild: frozenset
    degree: frozenset
    subjects: frozenset
    #: nouns a praise word before them makes a claim of: the subjects less the job titles ("a really good
    #: developer" is asked of the hire, V105's and V113's ground) and the pronouns
    heads: frozenset
    praise_nouns: frozenset
    #: (promise47) a benefit named only by its kind, as a whole list item ("- Career progression") and what may stand
    #: with it ("ongoing training and development")
    offer_nouns: frozenset = frozenset()
    offer_words: frozenset = frozenset()


@lru_cache(maxsize=1)
def word_classes() -> Classes:
    """evaluative_words.yaml; the subjects also take every job-title and organisation noun of
    role_nouns.yaml, singular and plural ("our nurses are wonderful", "the agency is superb")."""
    from importlib.resources import files

    from ..yamlio import load_fast

    raw = load_fast((files("jdlint.data") / "evaluative_words.yaml").read_text("utf-8"))
    roles = load_fast((files("jdlint.data") / "role_nouns.yaml").read_text("utf-8"))
    people = {str(w) for key in ("role_nouns", "organisation_nouns") for w in roles[key]}
    people |= {w + ("es" if w.endswith(("s", "ch", "sh", "x")) else "s") for w in people}
    praise = frozenset(raw["praise"])
    subjects = frozenset(raw["subject"])
    return Classes(praise, frozenset(raw["mild"]) - praise, frozenset(raw["degree"]), subjects | people,
                   subjects - NOT_NOUNS, frozenset(raw["praise-noun"]), frozenset(raw["offer-noun"]),
                   frozenset(raw["offer-word"]))


def _subject_before(words: list[str], k: int, subjects: frozenset) -> bool:
    """The subject before index ``k`` (the verb), within its clause, is one of ``subjects``: its head
    stands before any preposition ("the vibe in our kitchen" is the vibe; "the view from the office" is
    a view, not the office)."""
    chunk: list[str] = []
    for w in reversed(words[max(0, k - SUBJECT_REACH):k]):
        if w in CLAUSE_PUNCT or w in SUBJECT_STOP:
            break
        chunk.append(w)
    chunk.reverse()
    for n, w in enumerate(chunk):
        if w in PREPOSITIONS and n:
            chunk = chunk[:n]
            break
    return any(w in subjects for w in chunk)


def _titled(word: str) -> bool:
    """Capitalised as a name is ("Korea", "Outstanding"), not shouted in capitals ("GREAT TEAM")."""
    return word[:1].isupper() and not word.isupper()


def _linking(words: list[str], k: int) -> bool:
    """``words[k]`` is a linking verb; "'s" only after a pronoun ("it's"), else it is a possessive
    ("each family's unique needs")."""
    if words[k] in ("'s", "'re"):
        return k > 0 and words[k - 1] in PRONOUN_SUBJECTS
    return words[k] in LINKING


def _praise_noun_claim(words: list[str], i: int, subjects: frozenset) -> int | None:
    """"the team are a joy", "this job is an absolute dream", "our cleaners are legends": the index
    where the claim starts (after the verb), or None."""
    k = i - 1
    while k >= 0 and words[k] in NOUN_FILLER:
        k -= 1
    if k >= 0 and _linking(words, k) and _subject_before(words, k, subjects):
        return k + 1 if k + 1 < i else i
    return None


def _predicate_ends(words: list[str], i: int, k: int) -> bool:
    """The praise word at ``i`` is the whole predicate of the verb at ``k``: no noun of its own follows
    ("it's a really good idea to ..." praises the idea; "thing" and "one" say nothing of their own:
    "it's an exciting thing to be part of"), it is not the speaker's feeling about doing
    something ("we are very happy to answer questions"), and an "it" subject stands for the place, not
    for a clause that follows ("it would be really great if you had a licence")."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt and nxt not in CLAUSE_PUNCT and nxt not in SUBJECT_STOP and nxt not in PREPOSITIONS \
            and nxt not in ("to", "here", "too", "as", "and", "or", "thing", "one"):
        return False
    if nxt == "to" and (words[i] in EXPERIENCER or (i + 2 < len(words) and words[i + 2] in TO_SOMEONE)):
        return False  # "happy to help"; "exciting to some people": praise said for someone, not a claim
    return not (nxt in ("if", "that", "when", "whether") and k >= 1 and words[k - 1] == "it"
                or k >= 2 and words[k - 2] == "it" and nxt in ("if", "that", "when", "whether"))


def _clause_end(words: list[str], n: int) -> bool:
    return n >= len(words) or words[n] in CLAUSE_PUNCT or words[n] in SUBJECT_STOP


def _verb_claim(words: list[str], i: int, subjects: frozenset) -> tuple[int, int] | None:
    """(first, last) token of a claim made with a verb at ``i``, or None: the applicant promised a
    feeling about the place ("you'll love it here", "you will adore working with us"), or the
    subject praised by a verb that ends its clause ("our team rocks!")."""
    if words[i] in AFFECT_VERBS:
        if not (i >= 2 and words[i - 1] in ("ll", "will", "gonna") and words[i - 2] == "you"):
            return None
        last = i
        while last + 1 < len(words) and last - i < 4 and not _clause_end(words, last + 1):
            last += 1
        obj = words[i + 1:last + 1]
        # the object is the place or the people, and nothing more ("it here", "working with us", "the team")
        if obj and obj[0] in subjects | {"the", "our", "it"} and any(w in subjects for w in obj) \
                and _clause_end(words, last + 1):
            return i - 2, last
        return None
    if i and words[i - 1] in subjects and _subject_before(words, i, subjects) and _clause_end(words, i + 1):
        return i, i
    return None


@lru_cache(maxsize=1)
def _claim_words() -> frozenset:
    """Every word a claim in ``claims`` turns on (a verb, a praise noun, a praise or mild word)."""
    c = word_classes()
    return AFFECT_VERBS | PRAISE_VERBS | c.praise_nouns | c.praise | c.mild


def _bare_claim_end(words: list[str], i: int, heads: frozenset, words_of_praise: frozenset) -> int | None:
    """The index of the head noun when the sentence is nothing but praise and its noun: a verbless line such as
    "Lovely working environment." or "Friendly, supportive team!", the perk a line offers with nothing named; None
    otherwise. Only praise words and "a", "and" or a comma before it, and only punctuation after the head."""
    if any(w not in BARE_LEAD and w not in words_of_praise for w in words[:i]):
        return None
    n = i + 1
    if n < len(words) and words[n] in COMPOUND_BEFORE_HEAD and n + 1 < len(words) and words[n + 1] in heads:
        n += 1
    if n >= len(words) or words[n] not in heads or any(w not in CLAUSE_PUNCT for w in words[n + 1:]):
        return None
    return n


def claims(text: str, start: int, end: int, bare: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each evaluative claim in the sentence text[start:end]; ``bare``: the sentence is a line of
    prose, not a heading or a label, so a plain word that is the whole line's claim counts (``_bare_claim_end``)."""
    c = word_classes()
    praise, mild, degree, subjects = c.praise, c.mild, c.degree, c.subjects
    words = [w.lower().replace("\u2019", "'") for w in _TOKEN.findall(text, start, end)]
    if any(w.isdigit() for w in words) or _claim_words().isdisjoint(words):
        return []  # (most sentences hold no word a claim turns on: their tokens' positions are never read)
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    # named_after[i]: a capitalised word (a place, product or tool: content) stands after token i;
    # read once from the end, so a long sentence costs one pass, not one per praise word
    named_after = [False] * (len(tokens) + 1)
    for n in range(len(tokens) - 1, -1, -1):
        named_after[n] = named_after[n + 1] or _titled(tokens[n][2])
    found = []
    for i, w in enumerate(words):
        if w in AFFECT_VERBS or w in PRAISE_VERBS:
            claim = _verb_claim(words, i, subjects)
            if claim is not None and not named_after[i + 1]:
                found.append((tokens[claim[0]][0], tokens[claim[1]][1]))
            continue
        if w in c.praise_nouns:
            claim = _praise_noun_claim(words, i, subjects)
            if claim is not None and not _titled(tokens[i][2]) and not named_after[i + 1]:
                found.append((tokens[claim][0], tokens[i][1]))
            continue
        if w not in praise and w not in mild:
            continue
        if i > 0 and _titled(tokens[i][2]) or (i > 0 and words[i - 1] in GRADE_BEFORE):
            continue
        if named_after[i + 1]:  # a place, product or tool named after it: content
            continue
        j = i - 1
        while j >= 0 and words[j] in degree:
            j -= 1
        # "really varied and interesting": the degree word reaches the next word of a coordination
        raised = (j < i - 1 or (i >= 3 and words[i - 1] in ("and", ",") and words[i - 3] in degree)
                  # "such a lovely bunch"; and an exclamation is intensity too ("the team is lovely!")
                  or (j >= 1 and words[j] in ("a", "an") and words[j - 1] == "such")
                  or (i + 1 < len(words) and words[i + 1] == "!")
                  or (i + 2 < len(words) and words[i + 1] in c.heads and words[i + 2] == "!"))
        span_start = tokens[j + 1][0]
        if w in mild and not raised:
            # (vague44) a line that is only the plain word and its noun ("Lovely working environment.", "Great
            # team!"): as a perk it names nothing, whereas "Our team is friendly." states a plain fact
            bare_end = _bare_claim_end(words, i, c.heads, praise | mild) if bare else None
            if bare_end is not None:
                found.append((span_start, tokens[bare_end][1]))
                break
            continue
        head = words[i + 1] if i + 1 < len(words) else ""
        after_head = words[i + 2] if i + 2 < len(words) else ""
        if head in c.heads \
                and after_head not in NOT_HEAD_AFTER:
            # (vague44) "an amazing working environment": the praise reaches the head of a compound
            last = i + 2 if head in COMPOUND_BEFORE_HEAD and after_head in c.heads else i + 1
            found.append((span_start, tokens[last][1]))
            continue
        k = j
        while k >= 0 and words[k] in FILLER:
            k -= 1
        if k >= 0 and words[k] in ("and", ","):  # "exceptionally committed and wonderfully welcoming"
            back = k - 1
            while back >= 0 and k - back <= COORDINATE_REACH and words[back] not in LINKING \
                    and words[back] not in CLAUSE_PUNCT:
                back -= 1
            if back >= 0 and _linking(words, back):
                k = back
        if k < 0:
            continue
        # a label and its value: "Culture: amazing.", "Team: super friendly"
        if words[k] == ":" and k >= 1 and words[k - 1] in subjects and _clause_end(words, i + 1):
            found.append((span_start, tokens[i][1]))
            continue
        if _linking(words, k) and _subject_before(words, k, subjects) and _predicate_ends(words, i, k):
            found.append((span_start, tokens[i][1]))
            continue
        # "find the work here insanely fun": the verb, then the thing it is said of
        for v in range(k, max(-1, k - 5), -1):
            if words[v] in FIND:
                if any(x in subjects for x in words[v + 1:k + 1]):
                    found.append((span_start, tokens[i][1]))
                break
            if words[v] in CLAUSE_PUNCT or words[v] in SUBJECT_STOP:
                break
    found += [span for span in _repeated_praise(words, tokens, praise | mild)
              # "a good cook, good cleaner and good driver": skills of a trade asked of the hire (V105's ground)
              if not _roles_listed(words, tokens, span, c.subjects - c.heads - NOT_NOUNS)]
    return found


#: what ends an item of a benefits list inside one sentence ("Benefits: Training, Progression, Good team.")
ITEM_BREAK = frozenset(",;:!?()\u2014\u2013")
OFFER_MESSAGE = ("'{match}' names a benefit by its kind alone: say what it is (which course or qualification, the "
                 "next step and when, the scheme or the figure)")


def offer_items(text: str, start: int, end: int, whole: bool) -> tuple[list[tuple[int, int, bool]], int]:
    """(start, end, kind_only) of each item of a benefits list in text[start:end] that names nothing: a benefit by
    its kind alone ("Training", "Career progression", "Job security"; kind_only) or a plain praise word and its noun
    ("Good team"); and how many items were read. ``whole``: the sentence is a list item, so its first item counts;
    otherwise only the items after a label's colon do ("Benefits: Training, Progression"). An item before a colon is
    a label ("Training: NVQ Level 3 paid for"), and one before a bracket is explained; a figure anywhere in the
    sentence names something. One pass over the sentence's words."""
    c = word_classes()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    words = [t[2].lower().replace("\u2019", "'") for t in tokens]
    found, item, counting, read = [], [], whole, 0
    digits = any(w.isdigit() for w in words)
    for n in range(len(words) + 1):
        w = words[n] if n < len(words) else "."
        if w not in ITEM_BREAK and n < len(words):
            item.append(n)
            continue
        if item and counting and w not in (":", "("):
            read += 1
            iw = [words[k] for k in item]
            if digits:
                pass
            elif any(x in c.offer_nouns for x in iw) and all(x in c.offer_nouns or x in c.offer_words for x in iw):
                found.append((tokens[item[0]][0], tokens[item[-1]][1], True))
            elif len(iw) >= 2 and (iw[-2] in c.mild or iw[-2] in c.praise) \
                    and _bare_claim_end(iw, len(iw) - 2, c.heads, c.praise | c.mild) == len(iw) - 1:
                found.append((tokens[item[0]][0], tokens[item[-1]][1], False))
        if w == ":":
            counting = True
        item = []
    return found, read


def _roles_listed(words: list[str], tokens: list, span: tuple[int, int], roles: frozenset) -> bool:
    inside = [w for (s, e, _), w in zip(tokens, words) if span[0] <= s and e <= span[1]]
    return sum(w in roles for w in inside) >= 2


#: items of a repeated-praise list start after these ("Great vibes, great team, great future")
ITEM_START = frozenset((",", "and", "&", ":", "!"))
REPEAT_MIN = 3  # items that open with the same praise word
ITEM_REACH = 5  # words an item may hold after its praise word


def _repeated_praise(words: list[str], tokens: list, praise: frozenset) -> list[tuple[int, int]]:
    """A praise word repeated at the head of three or more listed items ("Great vibes, great team, great future",
    "good salary, good food, good living, good future", "passionate about people, passionate about service,
    passionate about you"; writers D and F): the repetition is the whole message. The run from the first item
    to the end of the last; one pass over the sentence."""
    found, run, word = [], [], None
    for i, w in enumerate(words):
        if w in praise:  # the first item may follow anything ("we are passionate about people, ...")
            if w == word and words[i - 1] in ITEM_START and i - run[-1] <= ITEM_REACH + 2:
                run.append(i)
                continue
            if len(run) >= REPEAT_MIN:
                found.append(_run_span(words, tokens, run))
            run, word = [i], w
        elif w in CLAUSE_PUNCT and w not in ITEM_START or (run and i - run[-1] > ITEM_REACH + 2):
            if len(run) >= REPEAT_MIN:
                found.append(_run_span(words, tokens, run))
            run, word = [], None
    if len(run) >= REPEAT_MIN:
        found.append(_run_span(words, tokens, run))
    return found


def _run_span(words: list[str], tokens: list, run: list[int]) -> tuple[int, int]:
    last = run[-1]
    while last + 1 < len(words) and last - run[-1] < ITEM_REACH and words[last + 1] not in CLAUSE_PUNCT \
            and words[last + 1] not in ("and", "&"):
        last += 1
    return tokens[run[0]][0], tokens[last][1]


@rule(
    code="V117", name="evaluative-claim", category="vague", severity="info", scope="text",
    summary="Praise of the employer, team, place or job with nothing to check ('the vibe here is magical').",
    message="'{match}' is praise no applicant can check: say what makes it so (how the team works, what the "
            "work is, a figure) or leave it out",
    what=("An evaluative word said of what the ad describes (the employer, its people, the place, the job, "
          "'we', 'it', 'here'): as the predicate of a linking verb ('the vibe in our kitchen is magical', 'our "
          "crew are absolutely brilliant'), after 'find' or 'make' ('you'll find the work hugely rewarding') or "
          "before the noun ('a glorious adventure', 'an incredibly warm place'); and a praise noun as the predicate "
          "('this job is an absolute dream', 'our porters are legends'); a feeling promised about the place ('you'll "
          "love it here') and a verb praising its subject ('our team rocks!'); and one praise word heading three or "
          "more listed items ('Great vibes, great team, great future'); and, in a benefits section whose items are mostly "
          "such, an item that names only a kind of benefit ('- Training', '- Career progression', '- Job security'). "
          "The subject may be any job-title or organisation noun ('the carers are fabulous'). The word class is broad: derived "
          "from distributional clusters and a sentiment lexicon, not a list of phrases. A plain word (good, great, "
          "friendly) counts only raised by a degree word ('super friendly'). Silent when the sentence gives a "
          "figure, in a name or an inspector's grade ('rated Outstanding'), when quoted, negated or explained, "
          "and when the phrase is the hire's task ('create a really welcoming space')."),
    why=("Every employer says it, so it tells applicants nothing they can compare, and it takes the place of "
         "what they weigh: the work, the hours, how the team works (Joblint 'visionary terminology'; GOV.UK "
         "words to avoid)."),
    bad=["The vibe in our kitchen is magical.", "Honestly, our crew are ridiculously brilliant.",
         "You'll find the work hugely rewarding."],
    good=["Staff turnover is remarkably low, at 4% last year.", "The view from the office is breathtaking.",
          "Our team is friendly."],
    fix="Replace the praise with the fact behind it (how the team works, what the work is, a figure), or cut it.",
    references=["Joblint 'visionary terminology' (MIT), https://github.com/rowanmanning/joblint",
                "GOV.UK style guide, A to Z ('words to avoid'), "
                "https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style",
                "Hutto and Gilbert (2014), VADER: a parsimonious rule-based model for sentiment analysis "
                "(the valence used to derive the word class)"],
    options={"skip": ["quoted", "negated", "eeo", "explained", "duty"]},
)
def evaluative_claim(ctx):
    text = ctx.text
    document = ctx.document
    benefits = position_index([(sec.start, sec.end) for sec in document.sections if sec.kind == "benefits"])
    lists: dict[int, list] = {}  # benefits section -> [items read, items that name nothing]
    for sent in ctx.analysis.sentences:
        s, e = sent.start_char, sent.end_char
        block = document.block_at(s)
        # a heading or a label line ("Great Benefits", "**Friendly team**") names a section, it claims nothing; nor
        # does a line of running text with no full stop, which may be a heading the parser could not tell apart
        bare = (block is not None and block.kind != "heading" and not block.label
                and (block.kind == "list_item" or text[s:e].rstrip()[-1:] in (".", "!")))
        for start, end in claims(text, s, e, bare):
            if not ctx.skipped(start, end):
                yield ctx.report(start, end)
        # (promise47) an item of a benefits list that names nothing: "- Career progression", "- Good team",
        # "Benefits: Training, Progression" (the section reader's benefits sections; not a heading or a label line)
        if block is not None and block.kind != "heading" and not block.label and benefits[0]:
            for at in overlapping(benefits, block.start, block.start + 1)[:1]:
                found, read = offer_items(text, s, e, block.kind == "list_item")
                tally = lists.setdefault(at, [0, []])
                tally[0] += read
                tally[1] += found
    # ... reported where such items are at least half of the list: a list of kinds names nothing, whereas one kind
    # among named benefits ("Health insurance ... Sick leave, including 10 paid holidays ... Training and
    # development", 30 dev ads of one US federal template) reads as one more heading of a list that names the rest
    for read, found in lists.values():
        if 2 * len(found) >= read:
            for start, end, kind_only in found:
                if not ctx.skipped(start, end):
                    yield ctx.report(start, end, message=OFFER_MESSAGE) if kind_only else ctx.report(start, end)


RULES = [evaluative_claim]
