"""Finding the sections of a posting: ``detect(document, synonyms)`` puts together headings
(``headings.py``), content classification (``classify.py``, ``decoder.py``) and front-matter keys.
"""
from __future__ import annotations

import bisect
import copy
import dataclasses
import re
from typing import Any, Callable

from ..document import Block, Document, Section
from ..extract.leftovers import leftovers, template_blocks
from ..extract.pay import _VAGUE_SCREEN, ADDRESSED_KINDS, front_matter_figure, heading_money_figure, moot_kinds, pay_mentions, \
    shows_pay_figure, table_pay_figure_starts
from . import terms
from .classify import _APPLY_WORDS, _DUTY_VERBS, _ENQUIRY_QUESTION, _TABLES, HEADER_WORDS, _sentence_kinds, _sentence_scores, \
    block_tells_how_to_apply, embedded_bare_calls, offers_something, sentences_of
from .decoder import _absorb_short_runs, _decode, _section_from_units
from .headings import GENERIC_HEADINGS, _kinds_named, _normalise, _synonym_key, _synonym_needles, generic_heading, heading_text
from .inline import inline_labels
from .. import regex_programs
from ..sentences import has_words
from ..propernames import is_role_noun

#: front-matter key -> section (``jdlint/data/section_terms.yaml``)
FRONT_MATTER_KEYS = terms.front_matter_keys()

#: (sections19, real ads) a heading's markup round a sentence, used as styling: "###### If you're interested please email
#: Steve at steve@example.org by noon on 8th November with your CV" is the body under "To apply", not a heading
_PROSE_HEADING_WORDS = 12


def _prose_in_heading(document, block) -> bool:
    """Whether a heading block holds a sentence of the body: many words, or an address to write to."""
    text = document.text[block.text_start:block.text_end]
    return len(text.split()) >= _PROSE_HEADING_WORDS or ("@" in text and len(text.split()) >= 5)

def detect(document: Document, synonyms: dict[str, list[str]], doc: Any = None) -> list[Section]:
    # the wording tables' RE2 screen reads the posting's sentences all at once, set by set, before
    # they are classified (``regex_screen.ScreenedGroup.batch``: the same answers, warm caches)
    # (and the vague-pay wording's, which the pay extraction asks of the same sentences)
    text = document.text
    sentences = [text[s:e] for b in document.blocks for s, e in sentences_of(text, b.text_start, b.text_end)]
    with _TABLES.batch(sentences), _VAGUE_SCREEN.batch(sentences):
        return _detect(document, synonyms, doc)


def _detect(document: Document, synonyms: dict[str, list[str]], doc: Any = None) -> list[Section]:
    sections: list[Section] = []
    index = document.source.index
    found_leftovers = leftovers(document)
    template = (template_blocks(document, found_leftovers) - _run_on_promotion_blocks(document, found_leftovers)) \
        | _navigation_blocks(document)
    covered: dict[int, list[str]] = {}  # block -> kinds of the heading section covering it
    generic_default: dict[int, str | None] = {}
    needles = _synonym_needles(_synonym_key(synonyms))
    named: dict[str, tuple[list[str], str | None | bool]] = {}

    def names(heading: str) -> tuple[list[str], str | None | bool]:
        """The kinds a heading names and, if none, its generic default (as generic_heading);
        remembered, as _section_end reads each label heading again for every section above it."""
        if heading not in named:
            kinds = _kinds_named(heading, needles)
            named[heading] = (kinds, generic_heading(heading) if not kinds else False)
        return named[heading]

    parsed = document
    document, bare_lines = _with_bare_headings(document, names)
    blocks = document.blocks

    title = None  # the posting's title, normalised
    for i, block in enumerate(blocks):
        if block.kind != "heading" or i in template:
            continue
        heading = heading_text(document, block)
        if i == 0 and _is_title(document, block):
            title = _normalise(heading)
            continue  # the posting's title ("# Remote Office Manager") is not a section heading
        if title and _normalise(heading) == title:
            # the title again, as a careers page's own heading under the site's title ("Senior
            # Interaction Designer - User Experience" names no requirements section)
            continue
        kinds, generic = names(heading)
        if not kinds and generic is False:
            continue
        end_block = _section_end(document, i, names, bare_lines)
        body = [j for j in range(i + 1, end_block) if j not in template]
        if kinds == ["benefits"] and _names_no_offer(document, heading, body):
            # "Why join the team?" over the work told as an opportunity, "What we offer" over a wage
            kinds, generic = [], None
        if kinds == ["eeo"] and _names_no_statement(document, heading, body):
            # "Equal Opportunities" over what the hire must understand, "Accommodations" over staff housing
            kinds, generic = [], None
        if kinds == ["how-to-apply"] and _names_no_application(document, body):
            # "How To Apply" over a link to be told when applications open (mend35, dev 0631)
            kinds, generic = [], None
        for j in body:
            if kinds:
                covered[j] = kinds
            else:
                generic_default[j] = generic
                covered.pop(j, None)
        if not kinds:
            continue
        last = blocks[body[-1]] if body else block
        content = [j for j in body if blocks[j].kind != "heading" or _prose_in_heading(document, blocks[j])]
        for kind in kinds:
            sections.append(Section(kind, heading, block.line, last.end_line, "heading",
                                    block.start, last.end, empty=not content))
    heading_phrases = {_normalise(p) for phrases in synonyms.values() for p in phrases} | set(GENERIC_HEADINGS)

    labelled: dict[str, list] = {}
    # A label is read as a heading phrase (``_normalise``: lower-case words, "&" as "and"): where every phrase
    # holds a word of two letters or a digit (the built-in ones all do; a user's "Q/A" would not), a block
    # with neither and no "&" holds no label, and a run of punctuation is not searched for one. (The phrases are
    # read at the first such block: most postings have none.)
    labels_need_words: list[bool] = []

    def labels_in(block_text: str) -> list:
        """A block's inline labels, found once per posting: the decoder asks up to four times about
        one block (foreign labels, the whole-block test, its segments), and the answer depends
        on the block's text alone (``names`` and the heading phrases are fixed for the posting).
        A new list each time: callers may filter it."""
        found = labelled.get(block_text)
        if found is None and not has_words(block_text) and "&" not in block_text:
            if not labels_need_words:
                labels_need_words.append(all(has_words(phrase) for phrase in heading_phrases))
            if labels_need_words[0]:
                found = labelled[block_text] = []
        if found is None:
            found = labelled[block_text] = inline_labels(block_text, names,
                                                         lambda label: _normalise(label) in heading_phrases)
        return list(found)

    sections.extend(_content_sections(document, covered, generic_default, template, labels_in))
    sections.extend(_title_facts(document, sections))
    sections.extend(_title_role_duties(document, sections, template))
    sections.extend(_heading_facts(document, sections, template))
    sections.extend(_bare_fact_labels(document, sections, template, names))
    sections.extend(_heading_pay(document, sections, template))
    if document.front_matter:
        fm = document.front_matter
        for kind, keys in FRONT_MATTER_KEYS.items():
            for key in keys:
                value = fm.data.get(key)
                if value not in (None, "", [], {}):
                    line = fm.key_lines.get(key, 1)
                    start = index.line_start(line)
                    sections.append(Section(kind, None, line, line, "front-matter", start,
                                            index.line_span(line, document.source.text)[1]))
                    break
    if not _tells_how_to_apply(parsed, sections, template):
        # (sections42) only calls to apply, nowhere a way: no how-to-apply section (see _tells_how_to_apply)
        sections = [s for s in sections if s.kind != "how-to-apply"]
    sections.extend(_posting_links(parsed, sections, template))
    sections = _with_pay_figures(parsed, sections)  # document.addressed goes on the parsed document
    if not any(s.kind == "pay" for s in sections):
        sections.extend(_money_under_pay_label(parsed, template))
    sections = [s for s in sections if not (s.kind == "benefits" and not s.empty and _nothing_offered(parsed.source.text, s))]
    sections.sort(key=lambda s: (s.line, s.kind))
    return sections


def _tells_how_to_apply(document: Document, sections: list[Section], template: set[int]) -> bool:
    """(sections42) Whether a posting with how-to-apply sections found says how to apply somewhere: a how-to-apply
    heading or front-matter key, or a block that names a way to apply or an instruction for the application
    (``classify.block_tells_how_to_apply``). A posting whose only how-to-apply wording is calls to apply, on lines
    of their own or not ("Apply Today!", "If you are a talented watchmaker, we invite you to apply for this exciting
    opportunity."), says that one may apply but neither how nor where: docs/section-labelling.md, how-to-apply is a
    channel or application instructions (heldout35 B: the four ads found with how-to-apply that its labellers said
    had none were all of this shape). A call beside a way stays (a block of its own under "Send your CV to
    jobs@acme.example" in another block), as the posting says how. Linear: each block's sentences once more, their
    kinds memoised; read only when a how-to-apply section was found."""
    if not any(s.kind == "how-to-apply" for s in sections):
        return True
    if any(s.kind == "how-to-apply" and s.found_by != "content" for s in sections):
        return True
    text = document.text
    return any(block_tells_how_to_apply(text, sentences_of(text, b.text_start, b.text_end))
               for i, b in enumerate(document.blocks) if i not in template)


#: (sections37) a benefits heading or label over a value that gives nothing: "Benefits: None", "**Perks:** N/A",
#: "## Benefits" over "TBC" (the conventions: a heading with nothing under it is no section; the value says there is
#: none, or none yet). The label is the section's first line or its words before a colon or a dash.
_NOTHING_OFFERED = regex_programs.compile(
    r"[\W_]*(?:[^\n:]{0,60}?(?::|\s[-–—])[\W_]*|[^\n]*\n[\W_]*)?"
    r"(?:none|n/?a|nil|no|nothing|tbd|tbc|tba|not applicable|not provided|not available|none offered"
    r"|to be (?:confirmed|determined|advised|announced|discussed|agreed)(?: at (?:the )?interview)?)[\W_]*", re.I)


def _nothing_offered(text: str, section: Section) -> bool:
    """Whether a benefits section's text is only its heading or label and a value that gives nothing."""
    return section.end - section.start <= 200 and _NOTHING_OFFERED.fullmatch(text, section.start, section.end) is not None


_PITCH_HEADING = regex_programs.compile(terms.alternation("pitch_headings"))


def _names_no_offer(document: Document, heading: str, body: list[int]) -> bool:
    """A benefits heading whose body offers nothing (``offers_something``) while it pitches the job
    (``pitch_headings``: "Why join us?") or gives the pay ("What we offer: £11.80 an hour"): the
    blocks are read by their content (a wage under it is the pay section), not as benefits, which
    are perks beyond the pay."""
    blocks = document.blocks
    content = [document.text[blocks[j].text_start:blocks[j].text_end] for j in body if blocks[j].kind != "heading"]
    if not content or any(offers_something(text) for text in content):
        return False
    return bool(_PITCH_HEADING.search(_normalise(heading))) or any(shows_pay_figure(text) for text in content)


def _names_no_statement(document: Document, heading: str, body: list[int]) -> bool:
    """An eeo heading whose body makes no equal-opportunity statement, no sentence of it one by its
    content, where the heading does not settle it: every sentence is a duty or a requirement (sections18p,
    a real ad's person specification: "Equal Opportunities" over "Understanding of and commitment to the
    Council's equal opportunities policies ..."), or the heading is one word with other senses
    (``_OTHER_SENSE_EEO_HEADINGS``: "Accommodations" over staff housing, "Adjustments" over a rota,
    "Accessibility" over a web duty, "Diversity" over who the team is). The blocks are read by their
    content. A heading that is a statement itself ("Equal Opportunity Employer") keeps its section."""
    blocks = document.blocks
    sentences = [document.text[s:e] for j in body if blocks[j].kind != "heading"
                 for s, e in sentences_of(document.text, blocks[j].text_start, blocks[j].text_end)]
    if not sentences or ("eeo" in _sentence_kinds(heading) and _STATEMENT_HEADING.search(heading)) \
            or any("eeo" in _sentence_kinds(sent) for sent in sentences):
        return False
    return _normalise(heading) in _OTHER_SENSE_EEO_HEADINGS \
        or all(scores[0] or scores[1] or scores[2] for scores in map(_sentence_scores, sentences))


def _names_no_application(document: Document, body: list[int]) -> bool:
    """A how-to-apply heading whose body gives no way to apply now, only a way to hear when applications
    open (mend35, session 35's labellers, dev 0631 and 0649: "How To Apply" over "If you'd like to be notified
    when the application is open please sign up here"): no sentence of it is how-to-apply by its content, and
    one says the application is not open yet. Any other body keeps the heading's section."""
    blocks = document.blocks
    sentences = [document.text[s:e] for j in body if blocks[j].kind != "heading"
                 for s, e in sentences_of(document.text, blocks[j].text_start, blocks[j].text_end)]
    return any(_NOT_OPEN_YET.search(sent) for sent in sentences) \
        and not any("how-to-apply" in _sentence_kinds(sent) for sent in sentences)


#: applications told to open later, with a way to hear of it: "to be notified when the application is open",
#: "sign up for job alerts", "applications are currently closed"
_NOT_OPEN_YET = regex_programs.compile(
    r"\b(?:notified|notify|alerted|alerts?|updates?|told|hear)\b[^.;!?\n]{0,40}?\b(?:when|once|as soon as|if)\b"
    r"[^.;!?\n]{0,40}?\b(?:applications?|hiring|recruitment|roles?|positions?|openings?|vacancies|jobs?)\b[^.;!?\n]{0,20}?"
    r"\b(?:opens?|is open|are open|re-?opens?|open up|becomes? available|are posted|is posted|launch(?:es)?)\b"
    r"|\b(?:sign up|register|subscribe)\b[^.;!?\n]{0,30}?\b(?:job|career|vacancy|opening)s? (?:alerts?|notifications?)\b"
    r"|\bapplications? (?:are|is) (?:currently |now )?closed\b", re.I)


#: what makes an eeo heading a statement of the employer's, not only a topic ("Equal Opportunity Employer",
#: "We do not discriminate"; not "Equal Opportunities")
_STATEMENT_HEADING = regex_programs.compile(r"\b(?:employer|we|we['’]re|is|are|do|does|will)\b", re.I)
#: eeo heading words alone that as often head something else: lodging, changes to a rota, a website's
#: accessibility, who the team is ("Equality and diversity", "Reasonable adjustments" mean nothing else)
_OTHER_SENSE_EEO_HEADINGS = frozenset({"diversity", "inclusion", "accommodation", "accommodations", "accessibility",
                                       "adjustments"})


#: a bare heading line has at most this many words
BARE_HEADING_WORDS = 8
#: small words a title-case heading leaves in lower case ("Key Responsibilities of the Job")
_TITLE_SMALL = frozenset("a an and or of the to in on for with at by as from is are our your you we".split())
_WORD = regex_programs.compile(r"[^\W\d_][\w'’-]*")
#: kinds a bare line may name: a lone "Remote", "Full Time" or "Shift" line is a fact about the
#: job, not the start of a section
_BARE_KINDS = frozenset({"intro", "responsibilities", "requirements", "preferred", "pay", "benefits", "how-to-apply", "eeo"})


def _with_bare_headings(document: Document, names: Callable[[str], tuple[list[str], str | None | bool]]
                        ) -> tuple[Document, set[int]]:
    """The document as detection reads it, and the bare heading lines in it.

    A bare heading line is one short title-case line followed by text ("Why Join Our Platform?",
    "Key Responsibilities Of The Job", "Ways To Connect With Students"): exports of job boards drop
    the heading markup and the colon. One that names a section (or is generic, "Job Summary") acts
    as a label heading; any of them ends a label's section, so that a label ("Who We Are:") does
    not swallow the rest of the posting. One that names nothing stays a paragraph, for what its
    words say ("Full Time", "Houston, TX"). The parsed document itself is left alone (other rules
    read its blocks)."""
    blocks = document.blocks
    changed = None
    bare: set[int] = set()
    for i in range(1, len(blocks) - 1):
        b = blocks[i]
        if b.kind == "list_item" and _lone_numbered_label(document, i, names):
            # "1. About the role" / "2. What we offer" over paragraphs: a numbered label, not a list
            bare.add(i)
            changed = changed if changed is not None else list(blocks)
            changed[i] = dataclasses.replace(b, kind="heading", label=True, level=6)
            continue
        if b.kind != "paragraph" or blocks[i + 1].kind == "heading":
            continue
        line = document.block_text(b).strip()
        if _lead_in_shape(line):
            # "An excellent candidate will be able to:", too long for a label line: a lead-in
            # that names a part of the job acts as its label
            kinds, _ = names(heading_text(document, b))
            if kinds and set(kinds) <= _LEAD_IN_KINDS:
                bare.add(i)
                changed = changed if changed is not None else list(blocks)
                changed[i] = dataclasses.replace(b, kind="heading", label=True, level=6)
            continue
        if not _bare_heading_shape(line):
            continue
        bare.add(i)
        kinds, generic = names(heading_text(document, b))
        if (kinds and set(kinds) <= _BARE_KINDS) or (not kinds and generic is not False):
            if changed is None:
                changed = list(blocks)
            changed[i] = dataclasses.replace(b, kind="heading", label=True, level=6)
    if changed is None:
        return document, bare
    view = copy.copy(document)
    view.blocks = changed
    return view, bare


#: a numbered or bulleted label line has at most this many words ("What you'll get in return")
NUMBERED_LABEL_WORDS = 5


def _lone_numbered_label(document: Document, i: int, names: Callable[[str], tuple[list[str], str | None | bool]]) -> bool:
    """A list item alone between paragraphs (no list item before or after it) whose short text
    names a part of the posting ("1. About the role", "- Perks"), with a paragraph under it: the
    ad numbered or bulleted its labels."""
    blocks = document.blocks
    if blocks[i - 1].kind == "list_item" or blocks[i + 1].kind != "paragraph":
        return False
    line = document.block_text(blocks[i]).strip()
    if not line or "\n" in line or line[-1] in ".,;!" or len(line.split()) > NUMBERED_LABEL_WORDS:
        return False
    kinds, _ = names(heading_text(document, blocks[i]))
    return bool(kinds) and set(kinds) <= _BARE_KINDS


#: a lead-in line has more words than a label line and at most this many
LEAD_IN_WORDS = 16
#: kinds a lead-in line may name (the block-level parts of a posting)
_LEAD_IN_KINDS = frozenset({"responsibilities", "requirements", "preferred", "benefits"})


def _lead_in_shape(text: str) -> bool:
    """One line ending with a colon, too long for a label line: the lead-in to a list."""
    return bool(text) and "\n" not in text and text.endswith(":") and len(text.split()) <= LEAD_IN_WORDS


def _bare_heading_shape(text: str) -> bool:
    """One short line in title case or capitals, not ending as a sentence or a label does."""
    line = text.strip()
    if not line or "\n" in line or line[-1] in ".,;:!" or len(line.split()) > BARE_HEADING_WORDS:
        return False
    words = _WORD.findall(line)
    return bool(words) and words[0][0].isupper() and all(w[0].isupper() or w.lower() in _TITLE_SMALL for w in words)


#: a list item that is only a link to a place in the same page: "- [How to apply](#how-to-apply)"
#: (an anchor on this page, or on the posting's own path, as a site's template writes it: "[How to apply](/join/
#: upcoming-coe-customer-experience-lead/#how-to-apply)", dev 0631, mend35)
_ANCHOR_LINK_ITEM = regex_programs.compile(r"^\s*(?:[-*+]|\d{1,2}[.)])?\s*\[[^\]\n]{1,80}\]\((?:/[^)\s#]{0,200})?#[^)\s]*\)\s*$")


#: the label line of a job board's list of other jobs (``other_jobs_labels``), in normalised words
_OTHER_JOBS = regex_programs.compile(r"(?:" + terms.alternation("other_jobs_labels") + r")")


#: a job board's promotion ("Similar jobs in Cork · Jobs by email · Employers: Post a job") is a
#: line or two of page chrome; a block of at least this many words that holds one is an ad whose
#: line breaks were lost, the board's footer run on at its end
RUN_ON_PROMOTION_WORDS = 60


#: a link's target in the markup: an HTML href or a Markdown link's destination
_LINK_TARGET = regex_programs.compile(r"""href\s*=\s*["']([^"'\s]{1,600})["']|\]\(\s*<?([^)\s>]{1,600})""", re.I)
#: the target is this job's posting or its application form (``posting_link`` in section_terms.yaml)
_POSTING_LINK = regex_programs.compile(terms.wording("posting_link"), re.I)


#: (sections37) a job board's own actions on a posting, as a short block's words or a link's path: save it, share it,
#: report it, be alerted to or notified of others like it, sign in; not a way to apply (the labelling conventions:
#: a "notify me" or "save job" link is none)
_SITE_ACTION = regex_programs.compile(
    r"\b(?:save|saved|share|report|bookmark|print|subscribe|follow us|sign in|sign up|log in|login|register for)\b"
    r"|\b(?:job|email|similar|new) (?:alerts?|jobs?)\b|\bnotif(?:y|ied|ications?)\b|\balerts?\b", re.I)
_SITE_ACTION_WORDS = 12
_SITE_ACTION_TARGET = regex_programs.compile(
    r"[/?&=_-](?:save|saved|share|report|bookmark|alerts?|notify|subscribe|similar|login|signin|sign-in)(?:[/?&=_.-]|$)", re.I)


def _posting_links(document: Document, sections: list[Section], template: set[int]) -> list[Section]:
    """How-to-apply given only as a link to the official posting or an application form, the
    link's words saying no more ("More information can be found on the [Institute website](http://jobs...)",
    "[Consult Job Details](https://careerportal...)", a linked title, "[Teacher Application Form](...docx)":
    real ads, apply18). The target is in the markup only (``Document.text`` keeps a link's words), so
    the blocks' source is read; only when nothing else in the posting says how to apply, and never in
    template or navigation blocks (a site's menu links its careers page)."""
    if any(s.kind == "how-to-apply" for s in sections):
        return []
    source = document.source.text
    for i, b in enumerate(document.blocks):
        if i in template:
            continue
        chunk = source[b.start:b.end]
        if "href" not in chunk and "](" not in chunk:
            continue
        words = document.text[b.text_start:b.text_end]
        if len(words.split()) <= _SITE_ACTION_WORDS and _SITE_ACTION.search(words):
            continue  # (sections37) "[Save this job](https://jobs...)", "Get job alerts", "Report this job": the board's
        for m in _LINK_TARGET.finditer(chunk):
            target = m.group(1) or m.group(2)
            if _POSTING_LINK.search(target) and not _SITE_ACTION_TARGET.search(target):
                return [Section("how-to-apply", None, b.line, b.end_line, "content", b.start, b.end)]
    return []


def _run_on_promotion_blocks(document: Document, found: list) -> set[int]:
    """Blocks that hold job-board promotion but are long enough to be a whole ad run into one line:
    detection reads them (the promotion's few words name no section), where a short promotion
    block is skipped as template text."""
    out: set[int] = set()
    for leftover in found:
        if leftover.kind == "promotion":
            out.update(i for i in leftover.blocks
                       if document.text.count(" ", document.blocks[i].text_start, document.blocks[i].text_end) + 1
                       >= RUN_ON_PROMOTION_WORDS)
    return out


def _navigation_blocks(document: Document) -> set[int]:
    """Blocks of an in-page table of contents ("Quick Links to Posting Sections"): their words
    name sections ("How to apply") that they are not, so detection skips them as it skips
    template leftovers. So are a job board's list of other jobs and its label ("Similar jobs",
    ``other_jobs_labels``), up to the next heading: another job's salary is no pay for this one."""
    source = document.source.text
    blocks = document.blocks
    out = {i for i, b in enumerate(blocks)
           if b.kind == "list_item" and "#" in source[b.start:b.end] and _ANCHOR_LINK_ITEM.match(source[b.start:b.end])}
    i = 0
    while i < len(blocks):
        b = blocks[i]
        first_line = document.text[b.text_start:b.text_end].split("\n", 1)[0]
        if len(first_line) <= 80 and _OTHER_JOBS.fullmatch(_normalise(first_line)):
            out.add(i)
            i += 1
            while i < len(blocks) and blocks[i].kind != "heading":
                out.add(i)
                i += 1
            continue
        i += 1
    return out


def _with_pay_figures(document: Document, sections: list[Section]) -> list[Section]:
    """A pay section means a concrete figure for this job: each gets the first figure inside it
    (a range before a single amount). Pay addressed without a figure ("Compensation:
    competitive", "DOE", a grade with no amount) is vague pay, which the pay rules report, and an
    unpaid role ("This is a volunteer role") has none to state (``ADDRESSED_KINDS``): either
    gives no section but goes to ``document.addressed``, so the missing-pay rule stays quiet. A
    pay heading with nothing under it stays, empty, for the empty-section rules."""
    mentions = pay_mentions(document.text)
    figures = [(document.to_source(m.start, m.end)[0], m.figure) for m in mentions if m.figure is not None]
    starts = [at for at, _ in figures]  # in source order, as pay_mentions gives them
    kept, addressed = [], []
    for s in sections:
        if s.kind == "pay" and not s.empty:
            if s.found_by == "front-matter":
                figure = front_matter_figure(document.front_matter.data, FRONT_MATTER_KEYS["pay"])
            else:
                inside = [f for _, f in figures[bisect.bisect_left(starts, s.start):bisect.bisect_left(starts, s.end)]]
                ranges = [f for f in inside if f.minimum is not None and f.maximum is not None and f.minimum != f.maximum]
                figure = (ranges or inside or [None])[0]
            if figure is None:
                addressed.append(s)
                continue
            s.pay = figure.to_json()
        kept.append(s)
    vague = [m for m in mentions if m.kind in ADDRESSED_KINDS]
    if vague and not any(s.kind == "pay" for s in kept):
        start, end = document.to_source(vague[0].start, vague[0].end)
        line = document.source.index.position(start)[0]
        addressed.append(Section("pay", None, line, line, "content", start, end))
    document.addressed = addressed
    document.moot = moot_kinds([m.text for m in mentions if m.kind == "unpaid"])
    return kept


#: a heading or a line's label that names the pay among other things ("Compensation and timeline",
#: "Compensation:", "Salary & location"): the money under it is the hire's
_PAY_LABEL_WORDS = regex_programs.compile(r"\b(?:compensation|salary|salaries|pay|remuneration|wages?|stipend|honorarium|earnings)\b", re.I)
#: a line's own label before its text ("Compensation: We have a budget of ...")
_LINE_LABEL = regex_programs.compile(r"\W*([A-Za-z][\w &/'’-]{0,40}?)\s*:")


def _money_under_pay_label(document: Document, template: set[int]) -> list[Section]:
    """A pay section for the first block whose heading or own label names the pay and which holds a sum of
    money with its currency that no sentence names as pay by itself (``extract.pay.heading_money_figure``:
    "Compensation and timeline" over "We have 25,000 USD available to complete these milestones",
    "Compensation: We have a budget between USD 40,000 and 50,000 per year"): the label says whose
    money it is (sections18p, real ads: a contract's money told as what is available for the work)."""
    under_pay = False
    for i, b in enumerate(document.blocks):
        if i in template:
            continue
        text = document.text[b.text_start:b.text_end]
        if b.kind == "heading":
            under_pay = not (i == 0 and _is_title(document, b)) and _PAY_LABEL_WORDS.search(text) is not None
            continue
        label = _LINE_LABEL.match(text)
        if not (under_pay or (label is not None and _PAY_LABEL_WORDS.search(label.group(1)))):
            continue
        figure = heading_money_figure(text, labelled=not under_pay)
        if figure is not None:
            sec = Section("pay", None, b.line, b.end_line, "content", b.start, b.end)
            sec.pay = figure.to_json()
            return [sec]
    return []


def _heading_pay(document: Document, sections: list[Section], template: set[int]) -> list[Section]:
    """Pay sections of heading lines that state a figure for this job ("#### 5 days a week (7.45-8.55am) -
    £9.60 per hour", a real ad's subheading): content detection reads no heading's sentences, and a
    heading that names no kind gives no section, so the figure would go unread. Not the posting's title,
    nor where a pay section already covers the line (a "Salary: £30,000" label is its own pay section)."""
    out = []
    for i, b in enumerate(document.blocks):
        if b.kind != "heading" or i in template or not _HAS_DIGIT.search(document.text, b.text_start, b.text_end) \
                or (i == 0 and _is_title(document, b)):
            continue  # the posting's title gives no pay section (``TITLE_KINDS``)
        if any(s.kind == "pay" and s.start <= b.start < max(s.end, s.start + 1) for s in sections):
            continue
        if shows_pay_figure(document.text[b.text_start:b.text_end]):
            out.append(Section("pay", None, b.line, b.line, "content", b.start, b.end))
    return out


_HAS_DIGIT = regex_programs.compile(r"\d")


#: sentence-level kinds a posting's title can give: "Maintenance Technician - Night Shift",
#: "Educator (15 hour - Weekends)", "Sales Lead - Austin, TX" say when or where the job is; a
#: title says nothing of pay, how to apply or equal opportunity
TITLE_KINDS = ("location", "schedule")
#: a role named after shifts ("Shift Supervisor", "Shift Lead") says nothing of the hours
_SHIFT_ROLE = regex_programs.compile(r"\bshift (?:lead|leader|manager|supervisor|coordinator|engineer|worker|runner|captain)s?\b", re.I)


def _title_facts(document: Document, sections: list[Section]) -> list[Section]:
    """Sections of the TITLE_KINDS the title alone gives, where the body gives none."""
    blocks = document.blocks
    if not blocks or blocks[0].kind != "heading":
        return []
    have = {s.kind for s in sections}
    out = []
    if _is_title(document, blocks[0]):
        title = blocks[0]
        found = _sentence_kinds(_SHIFT_ROLE.sub("", document.text[title.text_start:title.text_end]))
        out = [Section(kind, None, title.line, title.end_line, "content", title.start, title.end)
               for kind in TITLE_KINDS if kind in found and kind not in have]
    if "location" not in have and not any(s.kind == "location" for s in out):
        out.extend(_header_location(document))
    return out


#: the hire's own kind, named by a noun of the title, as the subject of a duty verb (mend35, dev 0476: "Computer
#: Science Competition Teacher / Instructor / Coach" over "Aralia's instructors provide students with personalized
#: education", "Aralia's instructors also design advanced courses"): the employer's own, or the, people in the job
#: doing the work, which is this job's duties told in running text. Verb in the plural present or after "will".
_KIND_DOES = regex_programs.compile(
    r"^\W*(?:[Oo]ur|[Tt]he|(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,2})['’]s?)\s+(?:[a-z][\w-]* ){0,2}?(?P<noun>[a-z]+)\s+"
    r"(?:also |primarily |mainly |often |regularly |will (?:also )?)?(?P<verb>[a-z]+)\b")
#: words of a title that are no job noun of it ("Teacher / Instructor / Coach" are; "Competition" is not)
_TITLE_WORD = regex_programs.compile(r"[A-Za-z]+")


def _title_role_duties(document: Document, sections: list[Section], template: set[int]) -> list[Section]:
    """A responsibilities section where nothing else gives one: the first sentence whose subject is the job's
    kind, named by one of the title's job nouns, doing a duty (``_KIND_DOES``). Only with a title, and only its
    own nouns: "Our nurses provide care" is no duty of a receptionist's."""
    if any(s.kind == "responsibilities" and not s.empty for s in sections):
        return []
    blocks = document.blocks
    if not blocks or blocks[0].kind != "heading" or not _is_title(document, blocks[0]):
        return []
    text = document.text
    nouns = {w.lower() for w in _TITLE_WORD.findall(text[blocks[0].text_start:blocks[0].text_end])
             if is_role_noun(w.lower())}
    if not nouns:
        return []
    for i, block in enumerate(blocks[1:], 1):
        if i in template or block.kind == "heading":
            continue
        for start, end in sentences_of(text, block.text_start, block.text_end):
            sent = text[start:end]
            m = _KIND_DOES.match(sent)
            if m is None or not nouns.intersection(_singulars(m.group("noun"))):
                continue
            if m.group("verb") in _DUTY_VERBS and not _ADDRESSED_HIRE.match(sent, m.end()):
                return [Section("responsibilities", None, block.line, block.end_line, "content", block.start, block.end)]
    return []


def _singulars(noun: str) -> tuple[str, ...]:
    """The noun and the singulars it may be the plural of: coaches -> coach, instructors -> instructor, nannies -> nanny."""
    if noun.endswith("ies"):
        return noun, noun[:-3] + "y"
    if noun.endswith("es"):
        return noun, noun[:-1], noun[:-2]
    return (noun, noun[:-1]) if noun.endswith("s") else (noun,)


#: the hire as the object ("Our instructors train you"): what the hire gets, not what the job does
_ADDRESSED_HIRE = regex_programs.compile(r"\s+(?:you|your)\b", re.I)


def _heading_facts(document: Document, sections: list[Section], template: set[int]) -> list[Section]:
    """Sections of the TITLE_KINDS a heading line gives by itself anywhere in the posting, where nothing
    else gives them (sections18i, real ads): a label and its value set as one heading ("<h5>Location:
    Jos, Nigeria</h5>"), the hours as a sub-heading ("#### 5 days a week (7.45-8.55am)"). The body's
    reading passes headings by, and a label heading with nothing under it is an empty section; the
    title and the header lines under it are ``_title_facts``'s. Only lines of a header's length are
    read, so a long heading sentence keeps its own reading."""
    have = {s.kind for s in sections if not s.empty}  # an empty "Location: Jos" heading section gives nothing
    wanted = [kind for kind in TITLE_KINDS if kind not in have]
    out: list[Section] = []
    for i, block in enumerate(document.blocks):
        if not wanted:
            break
        if block.kind != "heading" or i in template or i == 0:
            continue
        line = document.text[block.text_start:block.text_end]
        if line.count(" ") >= HEADER_WORDS:
            continue
        found = _sentence_kinds(_SHIFT_ROLE.sub("", line))
        for kind in [k for k in wanted if k in found]:
            out.append(Section(kind, None, block.line, block.end_line, "content", block.start, block.end))
            wanted.remove(kind)
    return out


def _bare_fact_labels(document: Document, sections: list[Section], template: set[int],
                      names: Callable[[str], tuple[list[str], str | None | bool]]) -> list[Section]:
    """Sections of the TITLE_KINDS a bare label line gives with the short value under it, where nothing
    else gives them (sections18i, real ads: a career page's "Location" over "Flexible", "Hours" over
    "Evenings, by arrangement", set as styled blocks that the parse leaves as paragraphs). A bare line
    naming such a kind is not made a heading (``_BARE_KINDS``: a lone "Remote" line is a fact, not a
    section's start), so the value under it would otherwise be read alone, and "Flexible" names no place."""
    have = {s.kind for s in sections if not s.empty}
    wanted = [kind for kind in TITLE_KINDS if kind not in have]
    out: list[Section] = []
    blocks = document.blocks
    for i in range(1, len(blocks) - 1):
        if not wanted:
            break
        label, value = blocks[i], blocks[i + 1]
        if label.kind != "paragraph" or value.kind != "paragraph" or i in template or i + 1 in template:
            continue
        line = document.block_text(label).strip()
        if not _bare_heading_shape(line) or len(line.split()) > 2:
            continue
        kinds, _ = names(heading_text(document, label))
        given = document.text[value.text_start:value.text_end]
        if not kinds or not set(kinds) <= set(wanted) or "\n" in given.strip() or given.count(" ") >= HEADER_WORDS:
            continue
        for kind in kinds:
            out.append(Section(kind, line, label.line, value.end_line, "heading", label.start, value.end))
            wanted.remove(kind)
    return out


#: how many blocks after the title a job board's header runs to ('Sydney or Melbourne – hybrid |
#: Full time' set in bold under the title; a company line, then 'Leeds LS1 · Permanent')
HEADER_BLOCKS = 3


def _header_location(document: Document) -> list[Section]:
    """The work's place on a header line just under the title (location13): set as a heading, which
    the body's reading (``_content_sections``) passes by, or as a short paragraph whose one
    sentence the body's reading folds into its neighbours ('Food Collective · Winnipeg, MB ·
    Full-time'). Only the lines of a header's length are read, so prose keeps its own reading."""
    for block in document.blocks[:1 + HEADER_BLOCKS]:
        if block.kind not in ("heading", "paragraph"):
            continue
        for line in document.text[block.text_start:block.text_end].splitlines():
            if line.count(" ") < HEADER_WORDS and "location" in _sentence_kinds(line):
                return [Section("location", None, block.line, block.end_line, "content", block.start, block.end)]
    return []


def _is_title(document: Document, block: Block) -> bool:
    """The first block is the posting's title: a level-1 Markdown heading, or in plain text a
    first line that is not a label ending with a colon."""
    if document.source.kind != "text":
        return block.level == 1 and not block.label
    raw = document.source.text[block.start:block.end].strip()
    return not raw.endswith(":")


def _content_sections(document: Document, covered: dict[int, list[str]],
                      generic_default: dict[int, str | None], template: set[int],
                      labels_in: Callable[[str], list]) -> list[Section]:
    blocks = document.blocks
    text = document.text
    units = _decode(document, covered, generic_default, template, labels_in)
    _absorb_short_runs(units, text)
    out: list[Section] = []
    # merge neighbouring units of one kind (headings without a kind do not break a run)
    run_kind, run = None, []
    for unit in units + [None]:
        k = unit.label if unit is not None else None
        if unit is not None and k is not None and k == run_kind:
            run.append(unit)
            continue
        if run_kind and run:
            out.append(_section_from_units(document, run_kind, run[0], run[-1]))
        run_kind, run = (k, [unit]) if k else (None, [])
    _add_sentence_kinds(document, out, covered, template)
    return out


class _KindTrack:
    """What ``_add_sentence_kinds`` needs to know of the sections of one kind, kept as it sweeps
    the posting front to back so that each sentence costs O(1) amortised instead of a scan of
    every section so far (which made a long posting quadratic). It relies on the sweep's
    sentence starts (source offsets and lines) never decreasing.

    - *covered*: is a start inside a span recorded so far (the decoder's sections, as first
      made, and each sentence section as first made)? The decoder's spans sorted by start are
      taken in as the sweep passes their start; then the answer is whether the largest end
      taken in lies beyond the point.
    - *merge target*: the last section, in list order, whose lines touch the sentence's line or
      the line before. Only the newest sentence section can be one (it starts after every older
      one ends); failing it, a decoder section: those whose end line has fallen behind stay behind,
      as only a merge (which needs them in reach) moves an end, so they are dropped from a stack.
    """

    def __init__(self, sections: list[Section]) -> None:
        self.spans = sorted(((s.start, s.end) for s in sections), key=lambda span: span[0])
        self.taken = 0
        self.max_end = -1
        self.waiting = sections  # decoder sections in list order, whose lines are in order too
        self.next_waiting = 0
        self.in_reach: list[Section] = []
        self.newest: Section | None = None

    def covers(self, at: int) -> bool:
        while self.taken < len(self.spans) and self.spans[self.taken][0] <= at:
            self.max_end = max(self.max_end, self.spans[self.taken][1])
            self.taken += 1
        return self.max_end > at

    def merge_target(self, line: int) -> Section | None:
        if self.newest is not None and self.newest.line <= line and self.newest.end_line >= line - 1:
            return self.newest
        while self.next_waiting < len(self.waiting) and self.waiting[self.next_waiting].line <= line:
            self.in_reach.append(self.waiting[self.next_waiting])
            self.next_waiting += 1
        while self.in_reach and self.in_reach[-1].end_line < line - 1:
            self.in_reach.pop()  # behind for good
        return self.in_reach[-1] if self.in_reach else None

    def added(self, section: Section) -> None:
        self.max_end = max(self.max_end, section.end)
        self.newest = section


def _add_sentence_kinds(document: Document, out: list[Section], covered: dict[int, list[str]],
                        template: set[int]) -> None:
    """Sentence-level kinds everywhere (pay, how-to-apply, eeo ...), unless a section of that kind
    already covers the sentence or its heading names the kind; a sentence next to a section of
    its kind extends that section. Linear in the posting's length (see ``_KindTrack``)."""
    text = document.text
    index = document.source.index
    by_kind: dict[str, list[Section]] = {}
    for s in out:
        by_kind.setdefault(s.kind, []).append(s)
    tracks: dict[str, _KindTrack] = {}
    # a cell of a table's pay column ("120,000 - 150,000" under "Salary") is pay by its header (pay14)
    table_pay = table_pay_figure_starts(text)
    for i, b in enumerate(document.blocks):
        if i in template or b.kind == "heading":
            continue
        block_kinds = set(covered.get(i, ()))
        asked = False  # the sentence before, in this block, asked the reader whether they have questions
        spans = sentences_of(text, b.text_start, b.text_end)
        bare = None  # the block's bare calls embedded in it, read when a sentence of it is how-to-apply
        for n, (s, e) in enumerate(spans):
            found = _sentence_kinds(text[s:e])
            if asked and "how-to-apply" in found and _APPLY_WORDS.search(text, s, e) is None:
                # (sections36) the contact after "Any questions?", "Questions about the role?" is for questions
                # ("Any questions? Call Sam on 0113 496 0000"), not a way to apply
                found = found - {"how-to-apply"}
            if "how-to-apply" in found and bare is None:
                bare = embedded_bare_calls(text, spans, b.text_start, b.text_end)
            if "how-to-apply" in found and n in bare:
                # (sections39) a bare call to apply inside a paragraph about something else: no section
                found = found - {"how-to-apply"}
            asked = _ENQUIRY_QUESTION.match(text, s, e) is not None and _APPLY_WORDS.search(text, s, e) is None
            for kind in found | ({"pay"} if s in table_pay else set()):
                if kind in block_kinds:
                    continue
                track = tracks.get(kind)
                if track is None:
                    track = tracks[kind] = _KindTrack(by_kind.get(kind, []))
                src_s, src_e = document.to_source(s, e)
                if track.covers(src_s):
                    continue
                sec = Section(kind, None, index.position(src_s)[0],
                              index.position(max(src_e - 1, src_s))[0], "content", src_s, src_e)
                target = track.merge_target(sec.line)
                if target is not None and not target.heading:
                    target.end = max(target.end, src_e)
                    target.end_line = max(target.end_line, sec.end_line)
                    continue
                out.append(sec)
                track.added(sec)


def _section_end(document: Document, i: int, names: Callable[[str], tuple[list[str], str | None | bool]],
                 bare_lines: set[int] = frozenset()) -> int:
    """Index of the first block after heading ``i`` that starts another section.

    A Markdown heading's section ends at the next Markdown heading of the same or a higher
    level, or at a label line that names a section kind or is generic ("Job details:"); a
    label's section ends at the next heading of any sort, or at a bare heading line (``bare_lines``,
    see ``_with_bare_headings``) once it holds some text. ``names(heading)`` gives what a heading names: (kinds, generic
    default or False).
    """
    blocks = document.blocks
    level = blocks[i].level
    held = False  # whether the section holds text yet: a bare line right under a label is its subheading
    for j in range(i + 1, len(blocks)):
        b = blocks[j]
        if blocks[i].label and j in bare_lines:
            if held:
                return j
            continue
        if b.kind != "heading":
            held = True
            continue
        if blocks[i].label:
            return j
        if not b.label and b.level <= level:
            return j
        if b.label:
            kinds, generic = names(heading_text(document, b))
            if kinds or generic is not False:
                return j
    return len(blocks)


def to_json(sections: list[Section]) -> list[dict[str, Any]]:
    return [s.to_json() for s in sections]
