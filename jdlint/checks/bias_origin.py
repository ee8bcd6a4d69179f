"""bias.origin: national origin, race, citizenship and language (D501-D507).

Basis: Title VII 42 U.S.C. 2000e-3(b); INA 8 U.S.C. 1324b (citizenship status, with the exception for
citizenship required by law, regulation, executive order or government contract); EEOC Enforcement
Guidance on National Origin Discrimination (2016) and 29 CFR 1606.7; Ontario ESA (Canadian
experience, 2026); Equality Act 2010 (GB).
"""
from __future__ import annotations

import re

from .inclusive import Variant, bias_rule, in_text, window_has
from .. import regex_programs

_LANGS = (r"(?:english|spanish|french|german|italian|portuguese|dutch|japanese|mandarin|cantonese|chinese|korean|arabic"
          r"|russian|polish|hindi|urdu|tagalog|vietnamese|turkish|greek|hebrew|swedish|norwegian|danish|finnish)")

native_speaker = bias_rule(
    code="D501", name="native-speaker", category="bias.origin", severity="warning",
    summary='"Native speaker" or "mother tongue" instead of a proficiency level.',
    message="'{match}' ties the job to where someone grew up, not to how well they speak; ask for a proficiency level",
    suggestion="fluent written and spoken English (CEFR C1 or equivalent)",
    patterns=[
        # (nearmiss49: not "non-native speakers", who are not native speakers)
        r"(?<!\bnon-)(?<!\bnon\s)(?<!\bnon)\bnative[\s-]+(?:" + _LANGS + r"[\s-]+)?speak(?:er|ers|ing)\b"
        # (nearmiss48) "mother tongue level" is a level, as "native-level" is (the info variant below)
        r"|\b(?:mother|native)[\s-]+(?:tongue|language)\b(?![\s-]+(?:level|standard|proficiency|fluency))"
        r"|\bnative\s+" + _LANGS + r"\b(?![\s-]+(?:speakers?[\s-]+)?(?:level|like|proficiency|fluency))"
        r"|\b" + _LANGS + r"\s+(?:as\s+(?:a|your|their|the)\s+)?(?:first|native)\s+language\b"
        r"|\bfirst[\s-]language\s+" + _LANGS + r"\s+speakers?\b",
        Variant(r"\b(?:native|mother[\s-]+tongue)[\s-]+(?:level|like|standard)\b(?:\s+(?:fluency|proficiency|command))?", severity="info",
                message="'{match}' is framed around origin; a proficiency level (CEFR C1/C2, 'full professional "
                        "proficiency') is clearer"),
    ],
    exceptions=[r"\bnative\s+(?:american|hawaiian|alaskan|title|land|peoples?|plants?|species|nations?|communities)\b"
                # (nearmiss49) the mother tongue as what education is given in, a field of language policy ("the
                # Mother Tongue-Based Multilingual Education programme", "mother-tongue instruction in the early grades",
                # "International Mother Language Day"), not a language asked of the hire
                r"|\b(?:mother|native|home)[\s-]+(?:tongue|language)[\s-]+(?:based|education|instruction|teaching|literacy|day|classes|schools?|programmes?|programs?|policy|curriculum)\b"
                # (nearmiss48) native speakers as the learners taught, not the hire ("You'll teach Mandarin to native
                # English speakers", "tutoring native Spanish speakers for the DELE exam"); one regex with the above
                # (nearmiss49) ... the learners or people served named by the adjective ("teach Japanese to native
                # English-speaking undergraduates"), and the other verbs of serving them ("support native Welsh speakers")
                r"|\b(?:teach(?:es|ing)?|tutor(?:s|ing)?|coach(?:es|ing)?|train(?:s|ing)?|serv(?:e|es|ing)|support(?:s|ing)?"
                r"|assist(?:s|ing)?|help(?:s|ing)?)\s+(?:[\w-]+\s+){0,3}?(?:(?:to|for)\s+)?"
                r"native[\s-]+(?:" + _LANGS + r"[\s-]+)?speak(?:ers|ing\s+(?:[\w-]+\s+)?(?:students|learners|pupils|undergraduates|adults|children|customers|clients|patients|users|families|communities|people|staff|colleagues))\b"
                # ... the learners learning another language ("Teacher for native speakers of Arabic learning English"),
                # and the customers they are ("Native Spanish speakers are our main customers")
                r"|\bnative[\s-]+(?:" + _LANGS + r"[\s-]+)?speakers(?:\s+of\s+" + _LANGS + r")?\s+(?:(?:who\s+are\s+)?(?:learning|studying|preparing|sitting|taking)\b"
                r"|(?:are|make\s+up|form)\s+(?:most\s+of\s+|many\s+of\s+)?(?:our|the)\s+(?:[\w-]+\s+)?(?:customers|clients|patients|students|learners|users|audience|callers|guests|market|readers))"
                # (nearmiss51b) ... and the courses, classes or materials made for them ("Our English courses are for native
                # speakers of Japanese", "lessons designed for native Arabic speakers"): the learners, not the hire
                r"|\b(?:courses?|classes|lessons|programmes?|programs?|workshops?|materials?|textbooks?|curricul(?:um|a)|exams?|tests?)"
                r"\s+(?:(?:are|is)\s+)?(?:(?:designed|aimed|intended|written|made|built|tailored)\s+)?(?:for|at)\s+native[\s-]+(?:" + _LANGS + r"[\s-]+)?speak(?:ers|ing)\b"],
    what="'native English speaker', 'native speaker of German', 'mother tongue French', 'English as a first "
         "language'; 'native-level fluency' or 'mother tongue level' is reported as info. Other senses of 'native' ('native iOS apps', "
         "'Native American Heritage Month') are not flagged.",
    why="Being a native speaker depends on national origin, not ability. EEOC guidance (2016) allows fluency "
        "requirements only when the job needs them; the EHRC says unnecessary language requirements may be "
        "race discrimination; EU Regulation 492/2011 Art. 3(1) allows language conditions only where the post "
        "requires them.",
    bad=["Native English speaker required.", "Mother tongue: German."],
    good=["Fluent written and spoken English (CEFR C1 or equivalent).", "Experience building native iOS apps."],
    fix="State the level and the use: 'fluent written and spoken English (C1) for daily client calls'.",
    references=["Title VII 42 U.S.C. 2000e-3(b)", "EEOC Enforcement Guidance on National Origin Discrimination (2016)",
                "Regulation (EU) 492/2011 Art. 3(1)", "EHRC guidance on discriminatory adverts"],
)

#: A stated legal basis for a citizenship requirement.
CITIZENSHIP_BASIS = (
    r"\b(?:security\s+clearance|clearance|secret|top\s+secret|ts/sci|public\s+trust|federal(?:\s+government)?|government\s+(?:contract|position|employment|job)"
    r"|required\s+by\s+(?:law|statute|regulation|the)|by\s+law|statut|regulation|executive\s+order|itar|\bear\b|export[\s-]control"
    r"|u\.?s\.?\s+persons?|public\s+service\s+employment\s+act|psea|suitability|background\s+investigation|opm|competitive\s+service"
    r"|excepted\s+service|department\s+of\s+(?:defense|state|energy|homeland)|dod|dhs|usajobs|reliability\s+status"
    r"|government\s+of\s+canada|federal\s+public\s+service)\b"
)

#: Postings that are themselves government employment or cleared work, wherever in the text.
GOVERNMENT_POSTING = regex_programs.compile(
    r"\b(?:security\s+clearance|national\s+security\s+position|declaration\s+for\s+federal\s+employment|suitable\s+for\s+federal\s+employment"
    r"|competitive\s+service|excepted\s+service|senior\s+executive\s+service|usajobs|public\s+service\s+employment\s+act"
    r"|government\s+of\s+canada|federal\s+public\s+service|itar|export[\s-]control)\b", re.I)


def _citizenship_basis(ctx, m) -> bool:
    return window_has(ctx, CITIZENSHIP_BASIS, m.start, m.end) or in_text(ctx, GOVERNMENT_POSTING)


citizenship = bias_rule(
    code="D502", name="citizenship-requirement", category="bias.origin", severity="warning",
    summary="A citizenship or green-card requirement without its legal basis.",
    message="'{match}' restricts applicants by citizenship; lawful only where law, regulation, executive order or "
            "government contract requires it, so state that basis or ask for work authorization instead",
    suggestion="must be authorized to work in the US",
    patterns=[
        r"\b(?:u\.?s\.?a?\.?|us|american|united\s+states|uk|british|canadian|eu|australian)\s+citizens?\s+only\b"
        r"|\b(?:open|available)\s+(?:only\s+)?to\s+(?:u\.?s\.?|us|american|united\s+states|uk|british|canadian|eu)\s+citizens(?:\s+only)?\b"
        r"|\bonly\s+(?:u\.?s\.?|us|american|uk|british|canadian|eu)\s+citizens\b"
        r"|\bmust\s+be\s+(?:an?\s+)?(?:u\.?s\.?|us|american|united\s+states|uk|british|canadian|australian)\s+citizens?\b"
        r"|\b(?:u\.?s\.?|us|united\s+states|uk|british|canadian)?\s*citizenship\s+(?:is\s+)?(?:required|mandatory|a\s+requirement|a\s+must)\b"
        r"|\brequires?\s+(?:u\.?s\.?|us|united\s+states|canadian|uk|british)\s+citizenship\b"
        r"|\bcitizens?\s+(?:and|or|&)\s+(?:green\s+card\s+holders|permanent\s+residents)\s+only\b"
        r"|\bgreen\s+card\s+(?:holders?\s+)?only\b|\bmust\s+(?:have|hold)\s+a\s+green\s+card\b",
        Variant(r"\bpreference\s+(?:will\s+be\s+|is\s+|may\s+be\s+)?given\s+to\s+(?:canadian|u\.?s\.?|american|british)\s+citizens\b",
                severity="info", message="'{match}': a citizenship preference; confirm the legal basis and name it"),
    ],
    # citizenship as one of the statuses listed as ways to meet a right-to-work demand: "You must be an Australian
    # citizen, permanent resident or hold a valid work visa" admits every lawful worker
    exceptions=["{sense:right-to-work-statuses}"],
    basis=_citizenship_basis,
    basis_message="'{match}' is a citizenship requirement with a stated legal basis (law, clearance or government "
                  "employment); confirm it applies and keep the reason next to it",
    what="'US citizens only', 'must be a U.S. citizen', 'citizenship required', 'citizens or green card holders "
         "only'. With a stated basis nearby (security clearance, federal employment, export-control law), or in a "
         "posting for government employment or cleared work, the finding is info and asks you to confirm it. Not "
         "citizenship as one of the statuses listed as ways to work lawfully, a work visa or permit among them ('must "
         "be an Australian citizen, permanent resident or hold a valid work visa').",
    why="8 U.S.C. 1324b bars citizenship-status discrimination against protected individuals (citizens, many "
        "permanent residents, refugees, asylees) unless law, regulation, executive order or government "
        "contract requires citizenship; DOJ's IER settled with 20 employers in 2022 over 'U.S. citizens only' "
        "ads. 'Citizens and green card holders only' also excludes protected refugees and asylees.",
    bad=["US citizens only.", "Must be a U.S. citizen."],
    good=["Must be authorized to work in the United States.",
          "We are unable to sponsor work visas for this role."],
    fix="Ask for work authorization. If a clearance, contract or law truly requires citizenship, say which.",
    references=["INA 8 U.S.C. 1324b(a)(1), (a)(2)(C)", "DOJ Immigrant and Employee Rights Section settlements (2022, 2023)",
                "Public Service Employment Act (Canada) s.39 (citizenship preference)"],
)

accent = bias_rule(
    code="D503", name="accent-requirement", category="bias.origin", severity="warning",
    summary="An accent requirement ('no accent', 'neutral accent').",
    message="'{match}' screens on accent, a national-origin trait; describe the communication the job needs",
    suggestion="clear spoken English for daily customer calls",
    patterns=[
        r"\bno\s+(?:foreign\s+|strong\s+|heavy\s+|thick\s+|noticeable\s+)?accents?\b|\baccent[\s-]?free\b|\bneutral\s+accents?\b|\bunaccented\b"
        r"|\bwithout\s+(?:an?\s+)?(?:foreign\s+|strong\s+|heavy\s+|thick\s+|noticeable\s+)?accent\b"
        r"|\b(?:american|british|standard|native|local|canadian|australian|mid-?western)\s+accent\b"
        r"|\b(?:minimal|slight)\s+accent\s+(?:required|preferred)\b"
        # the other words for a region's accent, with the region's or the stranger's adjective ("without a regional or overseas
        # twang", "no broad Scouse brogue"; a guitar's twang has none)
        r"|\b(?:without|no)\s+(?:an?\s+|any\s+)?(?:(?:foreign|strong|heavy|thick|noticeable|regional|overseas|broad|local|"
        r"country|northern|southern|or|and)\s+){1,3}(?:twangs?|brogues?|drawls?)\b",
    ],
    skip=("eeo", "quoted"),
    exceptions=[r"\baccent\s+(?:colou?r|wall|lighting|pieces?|marks?|chairs?)\b"],
    what="'no accent', 'accent-free', 'neutral accent', 'American accent required', 'without a foreign accent', "
         "'without a regional twang'.",
    why="EEOC guidance (2016): accent may be considered only if it materially interferes with job performance "
        "and effective spoken English is actually required; accent is tied to national origin.",
    bad=["Neutral accent preferred.", "Must speak English without a foreign accent."],
    good=["Clear spoken English for daily customer calls.", "Paint the accent wall in the lobby."],
    fix="Describe what communication the job needs ('explain billing questions clearly by phone').",
    references=["EEOC Enforcement Guidance on National Origin Discrimination (2016)", "Title VII 42 U.S.C. 2000e-2(a)"],
)

nationality = bias_rule(
    code="D504", name="nationality-requirement", category="bias.origin", severity="error",
    summary="A nationality, birthplace or ethnic-origin requirement.",
    message="'{match}' is a national-origin requirement; remove it and state the work authorization needed, if any",
    patterns=[
        r"\b(?:[a-z]+\s+)?nationals?\s+only\b|\bonly\s+(?:[a-z]+\s+)?nationals\b|\bnationality\s*:\s*(?!(?:any|all|open|none|n/?a|no\s+(?:bar|preference|restriction)|not\s+(?:required|a\s+requirement|relevant|applicable)|irrelevant|unrestricted|all\s+welcome)\b)[a-z]+\b"
        r"|\b(?:american|u\.?s\.?|canadian|british|uk|native)[\s-]born\s+(?:candidates?|applicants?|only|citizens?|preferred|required)\b"
        r"|\bmust\s+(?:have\s+been\s+)?born\s+in\b|\bborn\s+in\s+the\s+(?:u\.?s\.?a?|united\s+states|uk|united\s+kingdom)\s+(?:only|required|preferred)\b"
        r"|\b(?:must\s+be|candidates?\s+(?:must\s+be|should\s+be)|applicants?\s+of)\s+(?:\w+\s+)?(?:origin|descent|ethnicity|heritage)\b"
        r"|\bof\s+\w+\s+(?:origin|descent|ethnicity|heritage|nationality)\s+(?:only|preferred|required|wanted)\b"
        r"|\b(?:locals?|local\s+(?:candidates?|applicants?|residents?))\s+only\b(?!\s+(?:within|in)\s+commut)"
        # the exclusion that restates it is the same screen, one finding: "Locals only please, no foreigners"
        r"(?:\s+please)?(?:\s*[,;-]\s*(?:and\s+)?no\s+(?:foreigners|outsiders|immigrants|migrants|expats|(?:\w+\s+)?nationals))?",
    ],
    exceptions=[r"\bnational\s+(?:accounts?|sales|team|office|level|guard|park|health)\b"],
    what="'Indian nationals only', 'US-born candidates', 'must be born in', 'nationality: German', "
         "'applicants of European descent'.",
    why="Title VII forbids ads indicating a national-origin preference (42 U.S.C. 2000e-3(b)); there is no "
        "business reason that turns birthplace into a job skill. The Equality Act 2010 treats nationality and "
        "national origin as race.",
    bad=["Indian nationals only.", "US-born candidates preferred."],
    good=["Must be authorized to work in the United States.", "You will manage our national accounts."],
    fix="Remove it; ask for the work authorization or language skill the job really needs.",
    references=["Title VII 42 U.S.C. 2000e-3(b)", "INA 8 U.S.C. 1324b", "Equality Act 2010 s.9 (GB)"],
)

race = bias_rule(
    code="D505", name="race-preference", category="bias.origin", severity="error",
    summary="A race or colour preference.",
    message="'{match}' is a race preference, which no exception allows; remove it",
    patterns=[
        r"\b(?:white|black|asian|hispanic|latin[oax]s?|caucasian|african[\s-]american|arab|indian|chinese|european)\s+"
        r"(?:candidates?|applicants?|people|persons?|males?|females?|men|women|girls?|guys?|individuals?|staff|workers?)\s+"
        r"(?:only|preferred|wanted|needed|required)\b"
        r"|\b(?:whites|blacks|asians|hispanics|caucasians)\s+only\b|\bmust\s+be\s+(?:white|caucasian|asian|black|hispanic)\b",
    ],
    what="'White applicants only', 'Asian candidates preferred', 'must be Caucasian'.",
    why="Title VII has no bona fide occupational qualification for race or colour; an ad preference is "
        "unlawful (42 U.S.C. 2000e-3(b)).",
    bad=["Asian candidates preferred.", "White applicants only."],
    good=["We print in black and white only.", "Black and Hispanic applicants are encouraged to apply; we are an equal opportunity employer."],
    fix="Remove it.",
    references=["Title VII 42 U.S.C. 2000e-2(e), 2000e-3(b)", "Equality Act 2010 s.9 (GB)"],
)

local_experience = bias_rule(
    code="D506", name="local-experience", category="bias.origin", severity="warning",
    summary='A "Canadian experience" (or other country) experience requirement.',
    message="'{match}' asks for experience in one country, which screens out newcomers; name the specific knowledge",
    patterns=[
        r"\b(?:canadian|u\.?s\.?|american|uk|british|local)\s+(?:work\s+)?experience\s+(?:is\s+)?(?:required|preferred|a\s+must|an\s+asset|essential|necessary)\b"
        r"|\b(?:\d+\+?\s+years?\s+(?:of\s+)?)(?:canadian|u\.?s\.?|uk|british)\s+(?:work\s+)?experience\b"
        r"|\b(?:must|should)\s+have\s+(?:\w+\s+){0,2}(?:canadian|u\.?s\.?|uk|british)\s+(?:work\s+)?experience\b",
    ],
    jurisdictions={"CA-ON": "error"},
    what="'Canadian experience required', '2 years of Canadian work experience', 'must have UK experience'.",
    why="Ontario prohibits Canadian-experience requirements in publicly advertised postings from 1 January 2026 "
        "(Employment Standards Act, Working for Workers Act 2024); the Ontario Human Rights Commission treats "
        "strict requirements as prima facie discrimination.",
    bad=["Canadian experience required.", "Must have 2 years of Canadian work experience."],
    good=["Familiarity with the Ontario Building Code.", "Experience with Canadian tax law is an asset."],
    fix="Name the knowledge ('familiar with Ontario building codes') rather than where it was gained.",
    references=["Ontario Employment Standards Act 2000, as amended by Bill 149 (in force 2026-01-01)",
                "Ontario Human Rights Commission, Policy on removing the 'Canadian experience' barrier (2013)"],
)

visa = bias_rule(
    code="D507", name="visa-preference", category="bias.origin", severity="warning",
    summary="A preference for temporary-visa holders.",
    message="'{match}' prefers temporary-visa holders, which discriminates against US workers by citizenship status",
    patterns=[
        r"\b(?:h-?1b|opt|cpt|f-?1|l-?1|tn|stem\s+opt|visa\s+holders?)\s+(?:candidates?\s+|applicants?\s+|holders?\s+)?(?:only|preferred)\b"
        r"|\bonly\s+(?:h-?1b|opt|cpt|f-?1)\s+(?:candidates?|applicants?|holders?)?\b",
    ],
    what="'H1B candidates preferred', 'OPT only', 'only F-1 applicants'.",
    why="DOJ settlements treat ads preferring F-1/H-1B holders as citizenship-status discrimination against US "
        "workers (8 U.S.C. 1324b).",
    bad=["H1B candidates preferred.", "OPT only."],
    good=["We can sponsor H-1B visas for this role.", "All work-authorized applicants are considered."],
    fix="Remove it and consider every work-authorized applicant.",
    references=["INA 8 U.S.C. 1324b", "DOJ Immigrant and Employee Rights Section settlements"],
)

RULES = [native_speaker, citizenship, accent, nationality, race, local_experience, visa]
