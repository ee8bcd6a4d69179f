"""Template leftovers: text meant to be replaced or removed before publishing (bracketed
instructions, fill-in fields, TODO markers, guidance addressed to the employer, job-board
promotion). The placeholder rules report them; section detection skips them, so a "[Call to
Action] Here is where ..." instruction never counts as the section it names."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document
from ..regex_screen import ScreenedGroup
from ..sentences import split_sentences
from ..regexes import LazyPattern, LowerCaseRegex, contains_any, guarded, required_literals, safe_lower
from ..spans import overlaps_any, span_index
from .pay import INDIAN_SCALE, MASK_CURRENCY_AFTER, MASK_CURRENCY_BEFORE, SIGNS
from .. import regex_programs

@dataclass
class Leftover:
    """A piece of template text left in the posting (prose-text offsets unless ``source``)."""

    kind: str  # instruction | field | marker | guidance | promotion
    start: int
    end: int
    label: str = ""
    source: bool = False  # offsets are source offsets (found in markup the prose text drops)
    blocks: tuple[int, ...] = ()  # indexes of whole blocks it covers


BRACKET_AT_START = regex_programs.compile(r"^\s*\[(?P<label>[^\[\]\n]{2,60})\](?!\()")
BRACKET = regex_programs.compile(r"\[(?P<label>[^\[\]\n]{2,60})\](?![(\[:])")
#: words that make a bracketed label a fill-in field ("[Company Name]", "[insert city]")
FIELD_WORDS = LazyPattern(
    r"\b(name|title|company|employer|organi[sz]ation|city|state|country|address|location|date|"
    r"insert|enter|add|your|salary|amount|number|rate|x+|email|e-mail|phone|url|link|website|"
    r"paragraph|intro|introduction|call to action|description|details|describe|list|here|"
    r"benefits|responsibilities|requirements|qualifications|duties)\b",
    re.I)
#: stock names that real people and firms bear too: a stand-in only beside another blank (coverage)
STOCK_PAIRED = regex_programs.compile(r"\b(?:Jane|John|Joe)\s+Smith\b|\b(?:ABC|Acme)\s+(?:Company|Corp(?:oration)?|Inc|Ltd|LLC|Co)\b")
#: a field named in lower case ("[email address]", "[recruiter name]", "[closing date]"): a few
#: words ending in what a field holds; "[sic]", "[1]", "[x]" and "[see Glassdoor]" do not (coverage)
FIELD_LOWER = regex_programs.compile(r"(?:[a-z]+[ _-]){0,3}(?:name|address|title|number|date|email|e-mail|phone|url|link|website|"
                         r"salary|amount|city|location|company|employer|deadline|range"
                         # (pay13) the pay named by its kind: "[hourly rate]", "[£ day rate]", "[weekly wage]"
                         r"|(?:hourly|daily|day|weekly|monthly|pay|shift|base|starting|annual|commission|overtime|piece)[ _-]rate"
                         r"|(?:hourly|daily|weekly|monthly|base|starting)[ _-]wage"
                         # a person or unit named by role (coverage3): "[contact person]", "[hiring manager]"
                         r"|(?:[a-z]+[ _-]){1,2}(?:person|manager|department|team)"
                         # (pay16) a time named by what it times: "[shift hours]", "[start time]", "[working hours]"
                         r"|(?:shift|working|work|start|starting|end|finish|opening|office|business|contract|interview|closing|reporting|core|duty|weekly|daily)[ _-](?:hours|timings?|time))")
GUIDANCE = LazyPattern(
    r"\b(this (job description )?(sample|template)|(use|revise|customi[sz]e|edit|adapt|modify) this (job description |job ad |job posting )?template"
    r"|feel free to (revise|edit|customi[sz]e|adapt|modify|add)|job description (template|sample|example)s?\b"
    # writing the ad, not the work: "whether you're writing a case manager job description" (not
    # "whether you're writing code or reviewing it")
    r"|whether you'?re writing (an?|the|your) ([\w-]+ ){0,5}(job|description|ad|posting|listing)"
    r"|when (you'?re )?writing (a|your) (job|the job)|this part of your"
    r"|(here|this) is where you (turn|want to|should|can|include|describe|list|add|tell|give)|potential applicants"
    r"|(make|set|show) your (facility|company|organi[sz]ation|business|service|practice)\b"
    # the employer's own ad called "your", unless a people noun follows: then the words name who
    # helps the applicant ("Your job posting team will help you prepare", "your listing agent")
    r"|employers (seeking|looking|who want)|your (job description|job ad|job posting|listing|posting)\b"
    r"(?!\s+(team|teams|staff|department|desk|unit|crew|group|agents?|specialists?|coordinators?|managers?|officers?"
    r"|advis[eo]rs?|assistants?|leads?|partners?)\b)"
    r"|(best|top)[- ]performing (listings|job descriptions|postings|ads)|(can|will) help you (hire|attract|find)"
    r"|take a look at our .{0,40}(listings|job descriptions|templates)|to find even more ideas"
    r"|you (can|should|may|might|want to) (also )?(include|describe|mention|list|add|highlight) .{0,60}(benefits|hours|responsibilities|requirements|details|salary|perks))",
    re.I)
#: What makes the text after a bracketed section label an instruction to the employer, not the
#: section itself written under a bracketed label ("[Benefits] We offer medical, dental ...",
#: "[Call to action] Send your CV to ...", precision8): a writing verb opening it ("List the
#: benefits you offer", "Describe the team"; not "include", "provide" or "tell", which applicants
#: are asked too), the employer's own organisation or ad called "your", applicants talked about in
#: the third person, or the template's own part named.
INSTRUCTION_VERB = regex_programs.compile(r"[\s\W]{0,5}(list|describe|insert|add|enter|explain|mention|highlight|summari[sz]e|"
                              r"outline|specify|replace|paste|detail|introduce)\b", re.I)
INSTRUCTION_CUE = regex_programs.compile(
    r"\byour (company|organi[sz]ation|business|facility|practice|firm|brand|job description|job ad|job posting|"
    r"posting|listing|vacancy|opening|ideal candidate|candidates|applicants|employees|new hire)s?\b"
    r"|\b(employers|job seekers|(candidates|applicants) (want|look|expect|seek|need|often|are looking))\b"
    r"|\b(this|the) (section|paragraph|part|space|field)\b",
    re.I)
PROMOTION = LazyPattern(
    # an account or a free offer for employers, not for applicants: "sign up for a free account on
    # our careers site to track your application", "no credit card needed to attend our open house"
    r"\b(post (your|a) (job|listing|vacancy|opening)s?( today| now| for free)?"
    r"|sign up for (a|an|your) .{0,30}(account|plan|trial)\b(?! (on|at|with) our| to (track|apply|attend|save|view|get|receive))"
    r"|no credit card (needed|required)\b(?! to (attend|apply|join|enter))|(reach|find) (top|qualified) (talent|candidates)|post a new listing"
    r"|put your .{0,40}job description to work|(we'?ll|we will) (match your listing|send you .{0,20}applicants)"
    r"|extensive (resume |candidate )?database|free (job )?posting|start hiring (today|now))",
    re.I)
MARKERS = regex_programs.compile(guarded(
    r"(?<![\w-])(?P<m>T\.B\.[DAC]\.?|TBD|TBA|TBC|TODO|FIXME|XXX+|lorem\s+ipsum\s+dolor(?: sit amet)?"
    # (pay41) the filler itself, not the thing named in a sentence ("You write real microcopy, never lorem ipsum", writer
    # AM; "we never ship Lorem ipsum"): pasted, it goes on "dolor" or opens its line, sentence or value
    r"|(?:^|(?<=\n)|(?<=[.:;!?(\[\-–—•]\s)|(?<=[(\[\-–—•]))lorem\s+ipsum)(?![\w-])"
    # an editor's note to self, in capitals ("NOTE TO SELF: delete this line"), and a run of question
    # marks standing alone before a note ("Shift allowance ??? (check with ops)", "Team size ??? - check"; not "for??? You!")
    # "TK", the editor's "to come" in capitals, before punctuation ("Day rate TK, confirm", "approx. TK% of the
    # time"); not a name (TK Maxx), taka before digits, nor America's transitional kindergarten ("(TK, K, 1st Grade)")
    r"|(?P<note>(?-i:\bNOTE TO SELF\b)|(?<=\s)\?{3,}(?=\s*(?:\(|[-–—]\s|$))"
    # (pay16) or glued to what is in doubt, before a note of what to do about it ("2/1 or 3/1??? check with site")
    r"|(?<=\w)\?{3,}(?=\s*[-–—(]?\s*(?-i:check|confirm|ask|verify|tbc|need\s+to|to\s+(?:check|confirm))\b)"
    # (pay16) and question marks as a label's whole value: the value is not known yet ("Shift timings: ???")
    r"|(?<=: )\?+(?=\s*$)"  # (pay18: one is as blank as three, "Salary: ?")
    # (pay18) or as its value before a note of what to do ("Hours: ??? ask Minh")
    r"|(?<=: )\?{2,}(?=\s*[-–—(,]?\s*(?-i:check|confirm|ask|verify|tbc|need\s+to|to\s+(?:check|confirm))\b)|(?-i:(?<![\w(-])TK(?=\s*(?:[,.;:%]|$)|\s[-–—]\s)(?!,\s*(?:K|TK|Pre|PK|\d)\b)))"
    # (pay41) not a sign closing the amount before it, times a count ("1.150€ x 14 meses", "€2,000 x 13 payments")
    r"|(?<![\d.,])(?<![\d.,]\s)(?P<money>[$£€]\s?X{1,3}(?:[,.]?X{3})*(?:\.XX)?[kK]?(?![\w]))(?!\s*\d)"
    # (or a range of letters: "X-Y years")
    r"|(?P<years>(?<![\w-])(?:X{1,2}|N|X\s?[-–]\s?Y)\+?\s+years?\b)"),
    re.I)


def placeholder_table() -> dict:
    """jdlint/data/placeholders.yaml: the placeholder grammar's field kinds, wrappers and masks."""
    return _placeholder_data()


@lru_cache(maxsize=1)
def _placeholder_data() -> dict:
    from importlib.resources import files

    from ..yamlio import load_fast

    return load_fast((files("jdlint.data") / "placeholders.yaml").read_text("utf-8"))


#: the rest of the Lorem ipsum filler, pasted without its first words (vague2); apart from MARKERS
#: so that MARKERS keeps its first-character guard
#: (data/placeholders.yaml's ``lorem``: the passage's other sentences and its misspellings, pay13)
LOREM_REST = regex_programs.compile(r"(?<![\w-])(?:" + "|".join(
    w.replace(" ", r"\s+") for w in _placeholder_data()["lorem"]) + r")(?![\w-])", re.I)
MARKERS_CASE = regex_programs.compile(r"(?<![\w-])(TBD|TBA|TBC|TODO|FIXME)(?![\w-])")
_GUIDANCE, _PROMOTION = (LowerCaseRegex(r, literal_test=True, guard=True) for r in (GUIDANCE, PROMOTION))


def _field_words() -> list[str]:
    return sorted({w for words in placeholder_table()["field_kinds"].values() for w in words}, key=lambda w: (-len(w), w))


def grammar_pattern(pattern: str) -> str:
    """A wrapper's or mask's pattern of data/placeholders.yaml with its names filled in: {ident} an
    identifier, {field} a field word in any case, {FIELD} one in capitals, and the money grammar's
    currencies before and after a mask, and {pay_scale} the pay units that are a currency and a scale at
    once (India's "LPA", "lakh", "crore")."""
    words = _field_words()
    fills = {"{ident}": r"[A-Za-z_][\w.]{0,40}", "{field}": "|".join(words),
             "{FIELD}": "|".join(w.upper() for w in words), "{signs}": SIGNS,
             "{mask_currency_before}": MASK_CURRENCY_BEFORE, "{mask_currency_after}": MASK_CURRENCY_AFTER,
             "{pay_scale}": INDIAN_SCALE}
    for name, value in fills.items():
        pattern = pattern.replace(name, value)
    return pattern


#: the wrappers and masks of data/placeholders.yaml, one alternation each
GRAMMAR_WRAPPERS = "|".join(f"(?:{grammar_pattern(w['pattern'])})" for w in placeholder_table()["wrappers"])
#: (each mask a group named by its kind, "mask_money": P101 asks whether a money mask stands where the pay goes)
GRAMMAR_MASKS = "|".join(f"(?P<mask_{m['kind']}>{grammar_pattern(m['pattern'])})" for m in placeholder_table()["masks"])
#: template variables and source-level masks in the raw source ({{ var }}, <insert ...>, $__,___):
#: the placeholder grammar's wrappers, data/placeholders.yaml
SOURCE_FIELDS = LazyPattern(GRAMMAR_WRAPPERS, re.I)
#: words that make template syntax outside code markup a technical example, not a blank: the
#: sentence names a templating language or tool, or talks about the syntax itself ("Handlebars
#: templates ({{ variable }} syntax)", "Ansible playbooks using {{ item }} loops")
TECH_CONTEXT = LazyPattern(
    # not programming languages or frameworks: "Join {{ company }} as a Python developer" is a blank
    # (pay45: and the other template engines by name, "Experience with Blade (@{{ $var }})")
    r"\b(?:jinja2?|handlebars|mustache|liquid|twig|erb|helm|terraform|ansible|blade|razor|thymeleaf|freemarker|nunjucks|ejs|smarty|mako|"
    r"templat(?:e|es|ing)|syntax|variables?|interpolat\w*|f-strings?|placeholders?|loops?|filters?|macros?|"
    r"expressions?|playbooks?|s?printf|format\s+strings?|string\s+formatting"
    # (pay12) CI files and mail merges: "GitHub Actions using ${{ secrets.TOKEN }}", "merge tags like {{first_name}}"
    r"|github\s+actions|gitlab\s+ci|ci/cd|merge\s+(?:tags?|fields?)"
    # (pay41) configuration and the shell, where ${NAME} is the real syntax: "Set DB_URL=${DB_URL} in your .env file"
    # (searched up to the field: an assignment ending the text before it, "API_KEY=${API_KEY}")
    r"|dotenv|env(?:ironment)?\s+(?:vars?|variables?|files?)|shell\s+scripts?|dockerfiles?|config(?:uration)?\s+files?"
    # (pay46) data handled as the work, where a mask or an example value is the data's shape, not a blank: "Convert dates
    # from DD/MM/YYYY", "Store timestamps in YYYY-MM-DD HH:MM format", "Render prices as $X.XX in the checkout UI",
    # "Redact salaries as £XX,XXX in the anonymised reports", "dummy data like john.doe@example.com", "test fixtures"
    r"|formatt(?:ed|ing)|(?:date|time|number|currency|phone|iso)\s+formats?|timestamps?|iso\s*8601|fixtures?|unit\s+tests?"
    r"|(?:test|dummy|sample|mock|fake|synthetic|seed)\s+data|regex\w*|regular\s+expressions?|validat(?:e|es|ing|ion\s+of)\s+(?:\w+\s+)?(?:data|inputs?|fields?|forms?|numbers?|dates?|emails?|addresses|formats?|values?)"
    r"|pars(?:e|es|ed|ing|er)|redact\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|render(?:s|ed|ing)?|calculators?"
    r"|convert(?:s|ed|ing)?\s+(?:dates?|times?|timestamps?|formats?|files?|data|currenc\w+|units?|values?|strings?))\b"
    # (pay47) a database query, where a parameter stands in braces: "Our SQL query uses WHERE salary > {{min_salary}}"
    # (not a customer's: "Answer customer queries for {{company}}" is a blank)
    r"|(?:sql|database|db|graphql)\s+quer(?:y|ies)|quer(?:y|ies)\s+(?:like|such\s+as|uses?|using|with)\b"
    r"|(?<![\w.])\.env\b|(?-i:\b[A-Z][A-Z0-9_]*=$)"
    # (pay47) or a converting verb right before the field, the data's shape as its object: "Convert DD.MM.YYYY dates to ISO"
    r"|\bconvert(?:s|ed|ing)?\s+$", re.I)
#: code in the raw source, where template syntax is real (a Jinja example in a developer ad):
#: Markdown fences and backtick spans, HTML <code>, <pre> and <script>
CODE = {
    # a span opens at the start of a backtick run only: tried at every backtick of a long run, the
    # opener cost time quadratic in the run (20,000 backticks took 4 s)
    "markdown": re.compile(r"^ {0,3}(```|~~~)[^\n]*\n.*?^ {0,3}\1[^\n]*$|(?<!`)(`+)[^`\n].*?\2", re.M | re.S),
    "html": re.compile(r"<(code|pre|script|style)\b.*?</\1\s*>", re.I | re.S),
}
_HTML_CODE_TAG = regex_programs.compile(r"<(/?)(code|pre|script|style)\b", re.I)
_HTML_CODE_CLOSE = regex_programs.compile(r"\s*>")


def code_spans(src: str, kind: str) -> list[tuple[int, int]]:
    """The spans ``CODE[kind]`` finds in ``src``, in time linear in its length: for HTML, each
    opening tag is paired with the first closing tag of its name after it, found from one list of
    tags, where the regex searched the rest of the file from every unclosed opener (a file of
    "<script>" repeated took time quadratic in its length)."""
    if kind != "html":
        code = CODE.get(kind)
        return [m.span() for m in code.finditer(src)] if code is not None else []
    closers: dict[str, list[int]] = {}
    openers: list[tuple[int, int, str]] = []
    for m in _HTML_CODE_TAG.finditer(src):
        name = m.group(2).lower()
        if m.group(1):
            end = _HTML_CODE_CLOSE.match(src, m.end())
            if end is not None:
                closers.setdefault(name, []).append(m.start())
        else:
            openers.append((m.start(), m.end(), name))
    spans: list[tuple[int, int]] = []
    done = 0
    for start, name_end, name in openers:
        if start < done:
            continue  # inside the last span: the regex goes on after a match
        ends = closers.get(name, ())
        k = bisect.bisect_left(ends, name_end)
        if k == len(ends):
            continue
        done = _HTML_CODE_CLOSE.match(src, ends[k] + 2 + len(name)).end()
        spans.append((start, done))
    return spans


#: a currency before a money mask, from the money grammar (data/currencies.yaml): a sign, a code,
#: a country's letters before "$" or letters before the digits ("R____", "₹__,___", "AUD ___",
#: "CHF XX'XXX"); one home for FILL_INS and P101's test for a money mask
MONEY_MASK_CURRENCY = rf"(?:{MASK_CURRENCY_BEFORE})\s?"
#: fill-in blanks and stock examples left from a template, in the prose text: money and date
#: masks ("$__,___", "MM/DD/YYYY"), letter or 555 phone masks, blanks ("Reports to: ____"),
#: example e-mail addresses, stock names and dummy street addresses
FILL_INS = LazyPattern(
    r"(?P<money>[$£€]\s?(?:_{1,3}(?:[,.]?_{2,3})*|#{1,3}(?:[,.]?#{2,3})*)(?:[kK](?![\w#]))?(?![\w#])"
    # the same blank after any other currency sign, a currency code or the rand's R (coverage3):
    # "R____ per day", "₹__,__,___", "AUD ___ per day", "INR __,___", "$__k" (a letter mask, "R XX XXX",
    # "AUD XX", "₹X,XX,XXX", "CHF XX'XXX", is the grammar's money mask: data/placeholders.yaml)
    rf"|(?:{MONEY_MASK_CURRENCY})_{{2,3}}(?:[,.]?_{{2,3}})*(?:[kK](?![\w#]))?(?![\w#])"
    # a letter mask in brackets where the amount goes: "$[X] per hour" (coverage), or any name in
    # brackets there (pay8: "$[rate] per hour", "$[SALARY_MIN]"; not a link; where the bracket is a
    # field by itself, "$[amount]", that field is the one finding)
    r"|[$£€]\s?\[(?:[Xx#_]{1,6}(?:[,.][Xx#_]{2,3})*|[A-Za-z][A-Za-z_ ]{1,30})\](?!\())"
    # a bare currency sign before a period: "Salary: $ per year" (coverage)
    r"|(?:(?<=:)|(?<=:\s))[$£€](?=\s+(?:per|an?)\s+(?:hour|hr|year|yr|month|week|annum|day)\b)"
    # (either case: "apply before mm/dd/yyyy" is as blank as "MM/DD/YYYY")
    # (pay45) not a format the reader is told to write in, as the grammar's day-month mask reads it: "Enter dates in the
    # format DD/MM/YYYY", "rejects dates not in YYYY-MM-DD format"
    r"|(?<!\()(?<!format )(?<!format: )(?<!as )(?P<date>\b(?i:(?:mm|dd)[/.-](?:dd|mm)[/.-](?:yyyy|yy))\b|\b(?i:yyyy(?P<ysep>[/.-])mm(?P=ysep)dd)\b"
    # an underscore date mask, spaced or not, with any one separator: "__/__/____", "__ / __ / 20__",
    # "__.__.20__" (coverage)
    r"|(?<!\w)_{2,4}\s?(?P<sep>[/.-])\s?_{2,4}\s?(?P=sep)\s?(?:_{2,8}|(?:19|20)_{2})(?!\w)"
    # letter masks for a date or a figure ("XX/XX/XXXX", "Month DD, YYYY", "Salary: XX,XXX") (vague2)
    r"|\[(?:Month|MONTH)\s+(?:Day|DD),?\s+(?:Year|YYYY)\]"
    r"|\b[Xx]{2}[/.-][Xx]{2}[/.-](?:[Xx]{4}|[Xx]{2})\b|(?<![/.-])\bMM[/.-]YYYY\b|\b(?:Month|MONTH)\s+(?:DD|XX),?\s+(?:YYYY|XXXX)\b"
    # the day first, the month as a word's stand-in (pay12): "DD Month YYYY", "DD MMM YYYY", "XX Month 20XX"
    r"|\b(?:DD|XX)\s+(?:Month|MONTH|MMM|MMMM|Mon)\s+(?:YYYY|XXXX|20XX)\b)(?!\))(?!\s+format)"
    rf"|(?P<figure>(?<![\w{SIGNS},.-])X{{1,3}}(?:,X{{3}})+(?:\.XX)?(?![\w,])|(?<![\w{SIGNS},.-])X{{1,3}}(?:\.X{{1,2}})?\s?%)"
    # zero and 123-456-7890 stand-ins as well (vague2)
    r"|(?P<phone>(?<![\w-])\(?(?:XXX|xxx|555|000)\)?[\s.-]?(?:XXX|xxx|555|000)[\s.-](?:XXXX|xxxx|5555|0000)(?![\w-])"
    r"|(?<![\w-])\(?123\)?[\s.-]?456[\s.-]7890(?![\w-])"
    # North America's fiction numbers (pay8): area code 555 is assigned to no one ("+1 (555) 123-4567",
    # "555-867-5309"), and 555-0100 to 555-0199 are reserved for examples: alone ("Call 555-0142") or after an
    # area code in brackets ("(956) 555-0147"). After another group of digits the same digits are read as a real
    # number, as before for "319-555-0134" (a labelled real phone); so are "011 555 0172" (Johannesburg) and
    # "021 555 0192" (a New Zealand mobile), which the space let through (strangers' ads, session 30)
    r"|(?<![\w-])(?:\+?1[\s.-]?)?(?:\(555\)\s?|555[\s.-])\d{3}[\s.-]\d{4}(?![\w-])"
    r"|(?:(?<=\([2-9]\d\d\) )|(?<=\([2-9]\d\d\))|(?<![\w-])(?<!\d[\s.])(?<!\d\) )(?<!\d\)))555[\s.-]01\d\d(?![\w-]))"
    # a zero amount where the pay goes: "$0.00 per hour" (a "$0 copay" is a real benefit)
    r"|(?P<zero>[$£€]\s?0\.00\s+(?:per|an?|/)\s*(?:hour|hr|year|yr|week|month|annum)\b)"
    r"|(?P<blank>(?<=[:\w] )_{2,}(?![\w_]))"
    # any address at a documentation domain (RFC 2606 reserves example.com/.org/.net, so no real
    # posting has one: "careers@example.org"), a stock person at a stand-in domain, or any address
    # at a stand-in domain ("jobs@yourcompany.com")
    r"|(?P<email>\b[\w.+-]+@example\.(?:com|org|net)\b|(?<![\w.+-])[Xx]{2,}@[Xx]{2,}\.(?:com|org|net)\b"
    r"|\b(?:jane|john|jdoe|janedoe|johndoe|(?:jane|john)[._-]doe|name|yourname|your\.name|firstname|first\.last|firstname\.lastname|"
    r"email|you|username|user|someone)@(?:domain|email|yourcompany|company|companyname)\.(?:com|org|net)\b"
    r"|\b[\w.+-]+@(?:domain|email|yourcompany|companyname|yourdomain|test)\.(?:com|org|net)\b"
    r"|\b(?:your|first|firstname|yourname|name|email)(?:[._]?(?:name|last|lastname))?@[\w-]+\.[\w.]+\b)"
    r"|(?P<name>\b(?:John|Jane)\s+Doe\b|\bJohn\s+Q\.?\s+Public\b|\bFirstname\s+Lastname\b|\b(?:Joe|Fred)\s+Bloggs\b"
    r"|\b(?:Max|Erika)\s+Mustermann\b|\bFirst\s+Last\b"
    # a stand-in company ("Company XYZ", "XYZ Corp"): no real employer is called that (coverage)
    r"|\bCompany\s+(?:XYZ|ABC|X|123)\b|\bXYZ\s+(?:Company|Corp(?:oration)?|Inc|Ltd|LLC|Group|Co)\b"
    # ("Company Name" as a label, before a colon or alone on its line, is a real form's label)
    r"|(?<![\[<{(])\b(?:Company|Employer|Business|Organi[sz]ation)\s+Name\b(?![\]>})])(?!\s*:)(?!\s*$))"
    r"|(?P<url>(?<![\w@.-])(?<!\]\()(?<!\]\(https://)(?<!\]\(http://)(?:https?://)?(?:www\.)?(?:example|yourcompany|yourcompanyname|companyname|company|domain|yourdomain|yourwebsite|yoursite)\.(?:com|org|net|co\.uk)(?:/[\w./-]*)?(?![\w@]))"
    r"|(?P<paren>\((?:[Ii]nsert|[Ee]nter|[Aa]dd)\s[^()\n]{2,60}\)"
    # a field named in lower case in parentheses, by whose it is (coverage3): "(hiring manager name)",
    # "(recruiter email)"; not "(first and last name)", a real form's instruction
    r"|\((?:[a-z]+\s+){0,2}(?:hiring\s+manager|recruiter|manager|contact|company|employer|office|team|department|venue|store|branch|site)(?:'s)?"
    r"\s+(?:name|email|e-mail|phone(?:\s+number)?|address|title|number)\)|\((?:Company|Employer|Organi[sz]ation|Business|Hiring\s+Manager|Recruiter|Job|Position|City|State|Location)\s+(?:Name|Title|Here)\))"
    r"|(?P<insert>^\s*(?i:insert|enter)\s[^.\n]{1,60}?\b(?i:here)\b(?=\s*(?:[.:;!)\]]|$)))"
    r"|(?P<address>\b(?:123|1234|12345)\s+(?:Main|Any|Anywhere|Fake|Sample|Example|Elm|Oak)\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr)\b\.?"
    # any house number on a street named as a stand-in (coverage3): "1 Example Road", "42 Sample
    # Street", "10 Any Road"; and the stock towns ("Anyville", "Sampletown"; not "Anyplace", a
    # word: "Location: anyplace with an internet connection", dev 0508)
    r"|\b\d{1,5}\s+(?:Any|Anywhere|Fake|Sample|Example|Somewhere|Your|Test)\s+(?:Street|Road|Avenue|Lane|Drive|Way|Place|Close|Crescent|Boulevard|(?:St|Rd|Ave|Ln|Dr|Blvd)\b\.?)(?!\w)"
    r"|\b(?:Anytown|Anyville|Anycity|Sampletown|Sampleville|Exampletown|Exampleville|Somewhereville|Yourtown)\b"
    # the template's own stand-ins for an address: "1234 Street Name, City, State"
    r"|\b\d{1,5}\s+Street\s+Name\b|(?<!\[)\bCity,\s*State(?:\s+(?:ZIP|Zip)(?:\s+[Cc]ode)?)?\b"
    # the same with the number after, as Europe writes it (pay12): "Street Name 1, 12345 City"
    r"|\bStreet\s+Name\s+\d{1,4}\b|\b(?:12345|1234|00000)\s+City\b)"
    # the placeholder grammar's masks by field kind (data/placeholders.yaml)
    + "|" + GRAMMAR_MASKS)


#: a phone number with letters where the digits go (coverage2): "0XXXX XXXXXX", "07XXX XXXXXX",
#: "(212) XXX-XXXX", "555-XXXX", "+44 (0)XX XXXX XXXX"; groups of digits and X of one case, at
#: least four X in all (FILL_INS has the all-letter and 555 masks; MARKERS would read the X's as
#: an editing marker)
PHONE_MASK = LazyPattern(r"(?<![\w-])(?:\+\d{1,3}\s?)?(?:\(0\))?\(?[\dXx]{1,5}\)?(?:[\s.-]?[\dXx]{2,6}){1,3}(?![\w-])")


def _phone_masks(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in PHONE_MASK.finditer(text):
        mask = m.group()
        letters = sum(c in "Xx" for c in mask)
        digits = sum(c.isdigit() for c in mask)
        if letters >= 4 and not ("X" in mask and "x" in mask) and 7 <= letters + digits <= 15 \
                and (digits or re.search(r"[\s.()-]", mask)):
            spans.append(m.span())
    return spans


#: the patterns looked for in every block, screened together: one RE2 pass over a block says
#: which of them can match it at all (``regex_screen``), and Python's ``re`` runs only those.
#: Fill-ins are a finding anywhere, so every block needs the answer, and FILL_INS, a long
#: alternation most of whose branches open with a lookbehind, cost more than the rest of
#: the leftovers pass; nearly every block holds none. SOURCE_FIELDS is asked about the whole
#: source instead (one more pass of the same set): searched plainly it cost more than the rest of
#: the pass together (opening lookbehinds again), and no dev-corpus posting holds one.
_BLOCK_SCREEN = ScreenedGroup((FILL_INS, MARKERS, LOREM_REST, _GUIDANCE, _PROMOTION, SOURCE_FIELDS))


@lru_cache(maxsize=1)  # worked out on first use, like LowerCaseRegex's needles
def _marker_literals() -> tuple[str, ...]:
    """Literals one of which any MARKERS match contains (lower-cased). MARKERS names capitals,
    so it has no lower-case twin, but most blocks (seven in ten) lack all of these."""
    literals = required_literals(MARKERS.pattern, min_length=1) or ()
    return tuple(n for n in literals if not any(o != n and o in n for o in literals))


def leftovers(document: Document) -> list[Leftover]:
    """Template text left in the posting, in source order.

    Found once per document and kept on it: section detection and the placeholder rules both ask.
    """
    found = document.__dict__.get("_jdlint_leftovers")
    if found is None:
        found = document.__dict__["_jdlint_leftovers"] = _find_leftovers(document)
    return list(found)


def _find_leftovers(document: Document) -> list[Leftover]:
    text = document.text
    blocks = document.blocks
    found: list[Leftover] = []
    whole: set[int] = set()
    # bracketed instructions: "[Intro paragraph] Employers seeking ..." -> the bracket and its text
    for i, b in enumerate(blocks):
        bt = text[b.text_start:b.text_end]
        m = BRACKET_AT_START.match(bt)
        if not m:
            continue
        labelled = b.kind != "heading" and _instruction_label(m.group("label")) and len(bt) - m.end() > 40
        if GUIDANCE.search(bt) or (labelled and (INSTRUCTION_VERB.match(bt, m.end())
                                                 or INSTRUCTION_CUE.search(bt, m.end()))):
            found.append(Leftover("instruction", b.text_start, b.text_end, m.group("label").strip(), blocks=(i,)))
            whole.add(i)
        elif labelled and not (_SENTENCE_GOES_ON.match(bt, m.end()) and not _SECTION_WORDS.search(m.group("label"))):
            # the section itself under a bracketed label ("[Benefits] We offer medical ..."): written,
            # not left to fill in, so its label is no field either. (pay41) Unless the sentence goes on from the
            # bracket in lower case: then the bracket is the sentence's subject, a field left blank ("[Company Name]
            # is a leading provider of staffing solutions across [City].", writer AM), not a section's heading
            whole.add(i)
    # template guidance addressed to the employer, and job-board promotion: whole blocks
    lowered = [safe_lower(text[b.text_start:b.text_end]) for b in blocks]
    texts = [text[b.text_start:b.text_end] for b in blocks]
    with _BLOCK_SCREEN.batch(texts):  # screened set by set (``ScreenedGroup.batch``: the same answers)
        may = [_BLOCK_SCREEN.may_match(block_text) for block_text in texts]
    for kind, regex in (("promotion", _PROMOTION), ("guidance", _GUIDANCE)):
        run: list[int] = []
        for i, b in enumerate(blocks + [None]):
            hit = b is not None and i not in whole and regex in may[i] and regex.found(text[b.text_start:b.text_end], lowered[i])
            if hit:
                run.append(i)
                continue
            # a promotion run also takes a promotional heading right before it
            if run:
                first, last = blocks[run[0]], blocks[run[-1]]
                found.append(Leftover(kind, first.text_start, last.text_end, blocks=tuple(run)))
                whole.update(run)
                run = []
    # fill-in fields: "[Company Name]" (not "[Remote]"), markers (TBD, TODO, $XX,XXX, X+ years)
    for i, b in enumerate(blocks):
        if i in whole:
            continue
        bt = text[b.text_start:b.text_end]
        bracketed: list[tuple[int, int]] = []
        for m in BRACKET.finditer(bt):
            if MARKERS_CASE.match(m.group("label").strip()):
                continue  # "[TODO: add duties]": the marker inside is the one finding (T103)
            if _note_label(m.group("label")):
                # an instruction to the writer, not a field's name: an editing note (T103)
                found.append(Leftover("marker", b.text_start + m.start(), b.text_start + m.end(), m.group("label")))
                bracketed.append(m.span())
                continue
            if (((_field_label(m.group("label")) and not _UI_KEY_BEFORE.search(bt, max(0, m.start() - 12), m.start()))
                 or _FIELD_FRAME_BEFORE.search(bt, max(0, m.start() - 8), m.start()) or _ADDRESS_AROUND.match(bt, m.end()))
                    and not _named_example(bt, m.start(), m.end())
                    and not _APPLICANT_WRITES.search(bt, max(0, m.start() - 80), m.start())):
                found.append(Leftover("field", b.text_start + m.start(), b.text_start + m.end(), m.group("label")))
                bracketed.append(m.span())
        markers = MARKERS in may[i] and (lowered[i] is None or not _marker_literals()
                                          or contains_any(lowered[i], _marker_literals()))
        # (a postcode mask is the X's after its label: the label tells it from an XXX marker)
        fills = [m.span("postmask") if m.group("postmask") else m.span() for m in FILL_INS.finditer(bt)] if FILL_INS in may[i] else []
        if "XX" in bt or "xx" in bt:
            # overlap tests from an index, not a scan of every fill-in: a posting flattened into one
            # block with a mask every few words would cost the square of its length
            taken = span_index(fills)
            fills += [span for span in _phone_masks(bt) if not overlaps_any(taken, span[0], span[1])]
            fills.sort()
        filled = span_index(fills) if fills else None
        for m in MARKERS.finditer(bt) if markers else ():
            word = m.group("m")
            if filled is not None and overlaps_any(filled, m.start(), m.start() + 1):
                continue  # the XXX of a phone mask: the mask is one finding (T102), not a marker too
            if word and word.upper() in ("TODO", "FIXME") and not MARKERS_CASE.fullmatch(word):
                continue  # "todo" in lower case is a word, not a marker
            if word and word.upper() in ("TBD", "TBA", "TBC") and word not in ("TBD", "TBA", "TBC", "tbd", "tba", "tbc"):
                continue  # (pay14) "tbc" in lower case is no word either ("Location: tbc, maybe Galway"); "Tbc" is a name
            if word and word.upper().startswith("XXX") and word != word.upper():
                continue
            kind = "marker" if word or m.group("note") else "field"
            found.append(Leftover(kind, b.text_start + m.start(), b.text_start + m.end(), m.group()))
        for m in LOREM_REST.finditer(bt) if LOREM_REST in may[i] else ():
            if found and found[-1].kind == "marker" and b.text_start + m.start() - found[-1].end <= 2:
                continue  # the rest of a paste whose "Lorem ipsum dolor sit amet" is already reported
            found.append(Leftover("marker", b.text_start + m.start(), b.text_start + m.end(), m.group()))
        fields = span_index(bracketed) if bracketed and fills else None
        for a, b_end in fills:
            if fields is not None and overlaps_any(fields, a, b_end):
                continue  # "$[amount]": the bracketed field is the one finding
            if _technical_example(bt, a, b_end, sentence=True):
                continue  # (pay46) the data's shape in a duty that handles it ("Convert dates from DD/MM/YYYY")
            if _APPLICANT_WRITES.search(bt, max(0, a - 80), a):
                continue  # 'with the subject "Barista - Your Name"': the applicant's to fill
            found.append(Leftover("field", b.text_start + a, b.text_start + b_end, bt[a:b_end]))
    # stock names that real people and firms also bear ("Jane Smith", "Acme Corp", "ABC Company")
    # are stand-ins only beside another blank of the template ("Contact Jane Smith at Company XYZ")
    if any(l.kind == "field" for l in found):
        for b in blocks:
            for m in STOCK_PAIRED.finditer(text, b.text_start, b.text_end):
                found.append(Leftover("field", m.start(), m.end(), m.group()))
    # fields in the raw source ({{ var }}, <insert ...>: Markdown drops some), not inside code
    src = document.source.text
    in_code = code_spans(src, document.source.kind) if ("`" in src or "~~~" in src or "<" in src) else []
    in_prose = sorted(document.to_source(l.start, l.end) for l in found)
    for m in SOURCE_FIELDS.finditer(src) if SOURCE_FIELDS in _BLOCK_SCREEN.may_match(src) else ():
        if _overlaps(in_code, m.start(), m.start() + 1) or _overlaps(in_prose, m.start(), m.end()):
            continue  # real template syntax in code, or a field already found in the prose text
        if _technical_example(src, m.start(), m.end()) or _APPLICANT_WRITES.search(src, max(0, m.start() - 80), m.start()):
            continue
        found.append(Leftover("field", m.start(), m.end(), m.group(), source=True))
    # the same syntax written with escaped brackets, as an HTML posting must ("&lt;Company Name&gt;"):
    # the source holds the entity, the prose text the bracket it stands for, so read the prose text
    # (which holds no code) for the angle-bracket wrappers the source scan could not see
    if "&lt;" in src:
        taken = sorted(document.to_source(l.start, l.end) if not l.source else (l.start, l.end) for l in found)
        for b in blocks:
            for m in SOURCE_FIELDS.finditer(text, b.text_start, b.text_end) if "<" in text[b.text_start:b.text_end] else ():
                s, e = document.to_source(m.start(), m.end())
                if "&lt;" not in src[s:e] or _overlaps(taken, s, e) or _technical_example(text, m.start(), m.end()):
                    continue
                found.append(Leftover("field", m.start(), m.end(), m.group()))
    found.sort(key=lambda l: (document.to_source(l.start, l.end)[0] if not l.source else l.start))
    return found


def _technical_example(src: str, start: int, end: int, sentence: bool = False) -> bool:
    """Template syntax in a sentence about templates or code, outside code markup (a developer ad
    that did not use backticks). Reads at most 150 characters either side, within the line; with
    ``sentence``, within the sentence too (a mask's own duty: "Validated experience preferred. Salary: £XX,XXX"
    keeps its blank)."""
    lo = max(src.rfind("\n", max(0, start - 150), start) + 1, start - 150, 0)
    hi = src.find("\n", end, end + 150)
    hi = end + 150 if hi < 0 else hi
    if sentence:
        # the sentence as jdlint's one splitter bounds it (jdlint/sentences.py), within the window
        spans = split_sentences(src, lo, hi)
        lo = max([lo] + [a for a, _ in spans if a <= start])
        hi = min([hi] + [b for _, b in spans if b >= end])
    return bool(TECH_CONTEXT.search(src, lo, start) or TECH_CONTEXT.search(src, end, min(hi, len(src))))



#: a field named as a field ("the [Company Name] field in the CRM"), or given as an example after
#: "like" / "such as" in a sentence about templates ("placeholders like [Customer Name]") (pay12)
_FIELD_NOUN_AFTER = regex_programs.compile(r"\s*(?:field|tag|token|placeholder|variable|merge\s+field|macro)s?\b", re.I)
_EXAMPLE_LEAD = regex_programs.compile(r"\b(?:like|such\s+as|e\.g\.,?|for\s+example)\s*$", re.I)


#: a field in what the applicant is told to write: the subject line of their email or the name of their file
#: ('email your resume ... with the subject "CSR – Healthcare – [Your Name]"', writer P 9510; 'name your file
#: [Your Full Name]_CV.pdf'): the applicant fills it in, the poster left nothing blank. Read up to the field
#: within its sentence; a signature's '[Your Name]' after 'Kind regards,' is the poster's own blank.
_APPLICANT_WRITES = regex_programs.compile(
    r"\b(?:subject(?:\s+line)?|file\s*name|filename|name\s+(?:your|the)\s+(?:files?|documents?|attachments?|cv|resume)"
    r")\b[^.!?\n]{0,60}$", re.I)


def _named_example(text: str, start: int, end: int) -> bool:
    """Whether the bracketed field at ``text[start:end]`` is named as one, not left as a blank."""
    before = text[max(0, start - 60):start]
    return bool(_FIELD_NOUN_AFTER.match(text, end) or (_EXAMPLE_LEAD.search(before) and TECH_CONTEXT.search(before)))


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (sorted by start, not nested): a binary
    search, so a posting with many fields and code spans stays linear-logarithmic."""
    k = bisect.bisect_left(spans, (end, -1)) - 1  # the last span starting before ``end``
    return any(spans[j][1] > start for j in range(max(0, k - 1), k + 1) if j >= 0)


#: a currency sign or code opening a bracketed field ("[$ amount]", "[£ salary]", "[USD salary range]", pay13)
_CURRENCY_OPENING = regex_programs.compile(rf"\s*(?:[{SIGNS}]|(?-i:[A-Z]{{3}})(?=\s))\s*(?=[a-z])")


#: a range's ends named as fields (pay14): "Salary: [Min] - [Max]", "[MINIMUM]-[MAXIMUM] per hour"
#: (pay41) and by their height: "Salary: [LOW] to [HIGH] a year", "[Lower] - [Upper] per hour"
_RANGE_END_FIELDS = frozenset({"min", "max", "minimum", "maximum", "low", "high", "lower", "upper", "low end", "high end"})


def _field_label(label: str) -> bool:
    if label.strip().lower() in _RANGE_END_FIELDS and label.strip()[0].isupper():
        return True  # (in capitals, as a field is named: "[max]" in prose is a setting)
    currency = _CURRENCY_OPENING.match(label)
    if currency and FIELD_LOWER.fullmatch(label[currency.end():].strip()) is not None:
        return True  # "[$ amount]": the money field with its currency written in
    words = label.split()
    if not words or len(words) > 6 or label.startswith("http") or label.strip().lower() in ("x", "xx", "xxx"):
        return False  # "[x]" / "[ ]" are task-list boxes, not fields
    if label.strip().isupper() and len(words) == 1 and not FIELD_WORDS.search(label):
        return False
    # an instruction of three words or more ("[list 3-4 benefits]"; not "[list view]")
    instruction = len(words) >= 3 and words[0].lower() in ("list", "describe", "specify", "include")
    return (bool(FIELD_WORDS.search(label)) and (label[0].isupper() or instruction
                                                  or label.lower().startswith(("insert", "enter", "your", "add")))
            or FIELD_LOWER.fullmatch(label.strip()) is not None)


#: (pay16) a bracketed note to the writer rather than a field's name. A field names the value that goes there
#: ("[insert date]", "[insert salary here]", "[Hiring Manager Name]"); a note tells someone what to write or do:
#: an instruction verb whose object is text to compose or comes with a condition or a source ("[insert a line about
#: the team here]", "[insert benefits from the Manila template here]", "[insert shift pattern here once Dave
#: confirms]"), or a person named as who will do it ("[Jane to add pension details]", "[HR to confirm]")
_NOTE_LABEL = regex_programs.compile(
    r"^\s*(?:(?i:insert|add|enter|write|paste|put|include)\s+(?:[\w'’&/-]+\s+){0,8}?"
    r"(?:(?i:paragraph|section|blurb|bits?|lines?|sentences?|text|copy|summary|overview|something|structure|more)\b"
    r"|(?:[\w'’&/-]+\s+)?(?i:about|from|once|when|if|unless|re|regarding|per)\s+\w)"
    # (pay18) or a topic's details to write up, named by the topic ("[insert visa sponsorship info here]"; not "[insert details]")
    r"|(?i:insert|add|enter|write|paste|put|include)\s+(?:[\w'’&/-]+\s+){1,8}?(?i:info|information|details|wording|stuff)\b"
    # (pay18) a question to the writer about what to write, never a field's name ("[add gym discount here?]", "[mention
    # parking?]"; not a heading asking the reader, "[Why join us?]")
    r"|(?i:insert|add|enter|write|paste|put|include|mention|list|keep|remove|delete|drop|cut|check|confirm|use|change)\s[^?]*\?\s*$"
    r"|(?-i:[A-Z][a-z]+|HR|Ops|ops|we|I)\s+(?i:to|will|must|should|needs?\s+to)\s+(?i:add|confirm|check|update|write|fill|decide|send|finali[sz]e|sort|provide|insert|chase|review)\b)")


def _note_label(label: str) -> bool:
    return len(label.split()) <= 12 and _NOTE_LABEL.match(label) is not None


#: (pay41) where a bracket of any words can only be a blank: a greeting's name ("Dear [Candidate],") or a part of an
#: address ("hr@[yourcompany].com", "www.[company].com")
_FIELD_FRAME_BEFORE = regex_programs.compile(r"(?:\b(?-i:Dear|Hi|Hello)\s+|@|\bwww\.)$")
_ADDRESS_AROUND = regex_programs.compile(r"\.(?:com|org|net|co|io)\b|@[\w\[]")
#: a key or a button pressed ("Press [Enter] on the till", "Click [Add] to ..."): a name on the screen, not a blank
_UI_KEY_BEFORE = regex_programs.compile(r"\b(?:press|hit|click|tap|select|choose|key)\s+(?:the\s+)?$", re.I)
#: (pay41) the sentence going on from a bracket: a possessive or a word in lower case ("[Company Name] is ...",
#: "[Company]'s mission ..."); a section's own text starts anew ("[Benefits] We offer ...")
_SENTENCE_GOES_ON = regex_programs.compile(r"(?:['’]s\b|\s+[a-z])")
#: the words that name a section of the ad, not a value to fill in ("[Benefits]", "[Intro paragraph]")
_SECTION_WORDS = regex_programs.compile(r"\b(?:paragraph|intro|introduction|call to action|description|details|describe|list|here|"
                                         r"benefits|responsibilities|requirements|qualifications|duties|insert|enter|add)\b", re.I)


def _instruction_label(label: str) -> bool:
    return bool(FIELD_WORDS.search(label)) and len(label.split()) <= 6


def template_blocks(document: Document, found: list[Leftover] | None = None) -> set[int]:
    """Blocks that are entirely template text (instructions, guidance, promotion)."""
    found = leftovers(document) if found is None else found
    out: set[int] = set()
    for l in found:
        out.update(l.blocks)
    return out

