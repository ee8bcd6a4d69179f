"""bias.gender: pronouns for the candidate and sex preferences (D102, D104).

Gendered titles, group nouns and "-man" words are word lists in rules/gender.yaml (D101, D103,
D105, D106). Basis: Title VII 42 U.S.C. 2000e-3(b) (ads may not indicate a sex preference except for a
BFOQ); Pittsburgh Press v. Pittsburgh Commission on Human Relations, 413 U.S. 376 (1973); Equality
Act 2010 Sch. 9 (occupational requirements, GB); EU Directive 2023/970 Art. 5(3).
"""
from __future__ import annotations

import re

from ..rules import FunctionRule, Pattern
from ..diagnostics import Severity
from .inclusive import bias_rule, sentence_window

# -- D102: pronouns ---------------------------------------------------------------------------
_PAIR = (r"\b(?:he\s+or\s+she|she\s+or\s+he|s/he|he/she|she/he|his\s+or\s+her|her\s+or\s+his|him\s+or\s+her|his/her|her/his"
         r"|him/her|himself\s+or\s+herself|himself/herself)\b|\(s\)he\b")
_PAIR_FIX = {"he or she": "they", "she or he": "they", "s/he": "they", "(s)he": "they", "he/she": "they", "she/he": "they",
             "his or her": "their", "her or his": "their", "his/her": "their", "her/his": "their",
             "him or her": "them", "him/her": "them", "himself or herself": "themselves", "himself/herself": "themselves"}
_SINGLE = (r"\b(?P<pron>he|she)\s+(?:will|must|should|shall|would|can|may|is\s+(?:expected|required|responsible|able)"
           r"|has\s+(?:to|a|an|the)|needs|has\s+(?:excellent|strong|good|proven)|possesses|understands|ensures|reports|manages)\b"
           r"|\b(?P<poss>his|her)\s+(?!or\b|and\b)[a-z][\w-]*")
_CANDIDATE_NOUN = re.compile(
    r"\b(?:candidate|applicant|hire|incumbent|successful|ideal|right\s+person|new\s+(?:team\s+)?member|employee|jobholder"
    r"|post[\s-]?holder|the\s+(?:person|individual)|this\s+(?:person|individual)|someone|somebody)s?\b", re.I)
_CANDIDATE = re.compile(
    r"\b(?:candidate|applicant|hire|incumbent|successful|ideal|right\s+person|new\s+(?:team\s+)?member|employee|jobholder"
    r"|post[\s-]?holder|the\s+(?:person|individual)|this\s+(?:person|role|position|individual)|you)\b", re.I)
_TESTIMONIAL = re.compile(r"\b(?:says|said|told|explains|recalls|joined\s+(?:us|the\s+team)\s+in|our\s+(?:ceo|founder|cto|director))\b|\"", re.I)
_SPAN_KEYS = ("responsibilities", "requirements", "preferred")


def _pronoun_check(ctx):
    for m in ctx.matches():
        if ctx.in_eeo(m.start, m.end) or ctx.is_quoted(m.start, m.end):
            continue
        if m.key == "pair":
            word = re.sub(r"\s+", " ", m.text.lower())
            fix = _PAIR_FIX.get(word)
            yield ctx.report(m.start, m.end, "'{match}' assumes a binary; address the reader ('you') or use '{suggestion}'",
                             severity="info", suggestions=[fix] if fix else ["you"], replacement=fix)
            continue
        window = sentence_window(ctx, m.start, m.end, after=0, before=1)
        if _TESTIMONIAL.search(window):
            continue
        in_job_section = any(s.kind in _SPAN_KEYS and s.start <= ctx.document.to_source(m.start, m.end)[0] < s.end
                             for s in ctx.document.sections)
        if m.text.lower().startswith(("his ", "her ")):
            # a possessive needs the hire named nearby: "each applicant should list his certifications"
            if not _CANDIDATE_NOUN.search(window):
                continue
        elif not (_CANDIDATE.search(window) or in_job_section):
            continue
        pron = m.text.split()[0].lower()
        fix = {"he": "you", "she": "you", "his": "your", "her": "your"}.get(pron, "you")
        yield ctx.report(m.start, m.start + len(m.text.split()[0]),
                         "'{match}' refers to the future hire as one sex; address the reader ('{suggestion}') or use 'they'",
                         suggestions=[fix, "they" if pron in ("he", "she") else "their"])


pronoun = FunctionRule(
    _pronoun_check,
    patterns=[Pattern("regex", _PAIR, "pair"), Pattern("regex", _SINGLE, "single")],
    code="D102", name="gendered-pronoun", category="bias.gender", severity=Severity.warning,
    summary="A gendered pronoun for the future hire ('he will', 'his/her').",
    what="'he' or 'she' (and 'his', 'her') referring to the candidate: 'The ideal candidate... He will report to "
         "the CTO'. Pairs such as 'he or she', 'his/her', 's/he' are info with an unsafe fix to 'they'/'their'. "
         "Pronouns in testimonials or quotes about a named person, and in equal-opportunity text, are not flagged.",
    why="A single gendered pronoun for the hire signals a sex preference (Title VII 42 U.S.C. 2000e-3(b); "
        "Joblint 'Use of gendered pronoun'); binary pairs are clumsy and exclude non-binary readers. Ads that "
        "address the reader as 'you' read better and avoid both.",
    bad=["The successful candidate will lead the team. He will report to the CTO.", "He or she will manage the budget."],
    good=["You will report to the CTO.", "\"I joined in 2019,\" says Maria. \"She will show you the ropes,\" she adds."],
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

sex_preference = bias_rule(
    code="D104", name="sex-preference", category="bias.gender", severity="error",
    summary="A stated preference for one sex ('male candidates', 'females only').",
    message="'{match}' states a sex preference; remove it, or state the genuine occupational requirement and why",
    patterns=[
        r"\b" + _SEX + r"\s+(?:only|preferred|wanted|needed|required)\b"
        r"|\b(?:only|preferably)\s+(?:males?|females?|m[ae]n|wom[ae]n)\b(?!\s*(?:'s|owned|founded|led|in\s+(?:tech|stem|business)))"
        r"|\b(?:male|female)\s+(?:candidates?|applicants?|individuals?|persons?|staff|workers?|employees?|nurses?|drivers?|"
        r"attendants?|assistants?|models?|servers?|bartenders?|receptionists?|guards?|cleaners?|carers?|caregivers?|engineers?|sales\w*)\b"
        r"|\bmust\s+be\s+(?:an?\s+)?(?:male|female|man|woman|lady|gentleman)\b"
        r"|\b(?:only\s+(?:hire|hires|hiring|employ|employs|accept|accepts|consider|considers|recruit|recruits)|(?:hire|hiring|employ|recruit)(?:s|ing)?\s+only)\s+"
        r"(?:men|women|males|females|ladies|girls|boys|guys|gentlemen)\b"
        r"|\b(?:seeking|looking\s+for|hiring|need|want|prefer)\s+(?:an?\s+)?(?:\w+\s+)?(?:male|female|man|woman|lady|gentleman|guy|girl)\b"
        r"(?![\s-]*(?:owned|founded|led|founder|entrepreneur|-)\b)(?!'s)"
        r"|\bstrong\s+(?:men|guys|lads)\b|\bbiological(?:ly)?\s+(?:males?|females?|m[ae]n|wom[ae]n)\b",
    ],
    exceptions=[
        r"\b(?:wom[ae]n|female|men|male|girls?|boys?)(?:'s)?[\s-]+(?:in\s+(?:tech|stem|engineering|business|leadership)|founded|owned|led"
        r"|health|clinic|shelter|hospital|sports?|soccer|basketball|football|team|league|studies|history)\b",
        r"\b(?:office|shop|shot|promo|promotion|counter|delivery|paper|errand|stock|pool|tea)\s+(?:girl|boy)s?\b",
        r"\bboys?\s+(?:&|and)\s+girls?\s+clubs?\b|\bgirls?\s+who\s+code\b|\bsociety\s+of\s+women\s+engineers\b",
        r"\b(?:wom[ae]n|female)\s+(?:\w+\s+)?(?:candidates?|applicants?)\s+(?:are|is)\s+(?:\w+\s+)?encouraged\b",
        r"\bmale\s+(?:applicants|candidates|citizens|persons)\s+born\s+(?:after|on\s+or\s+after)\b|\bselective\s+service\b",
        r"\bmen\s+and\s+women\b|\bwomen\s+and\s+men\b|\bmale\s+(?:and|or)\s+female\b|\bfemale\s+(?:and|or)\s+male\b",
    ],
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

RULES = [pronoun, sex_preference]
