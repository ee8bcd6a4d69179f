"""bias.age: age limits, "young", experience caps and graduation years (D302-D305).

D301 age-preference (youth proxies such as "digital native") is a word list in rules/age.yaml.
Basis: ADEA 29 U.S.C. 623(e) and 29 CFR 1625.4 (help-wanted notices); Equality Act 2010 (GB).
"""
from __future__ import annotations


from .inclusive import Variant, bias_rule, window_has

_NUM = r"(?:1[6-9]|[2-9]\d)"
_UNITS_NOT_AGE = (r"(?!\s*(?:%|percent|hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?\s+(?:of|in|at|with)"
                  r"|lbs?|pounds|kgs?|kilos?|employees|people|staff|members|miles|km|kilomet|dollars|k\b|stores|"
                  r"locations|countries|states|languages|clients|customers|patients|students|feet|ft))")

# A statute, regulation or licensing rule that sets a minimum age for this kind of work.
LEGAL_AGE_BASIS = (
    r"\b(law|laws|legal(ly)?\s+(?:required|requirement|minimum|age|drinking)|statute|statutory|regulations?|regulatory|cfr|u\.?s\.?c\.?"
    r"|(?:federal|state|provincial)\s+(?:law|regulation|requirement|licen[cs]ing|rules?)"
    r"|licen[cs]ing\s+(?:rules?|requirements?|board)|required by|requirement of|fmcsa|dot\b|department of transportation"
    r"|liquor|alcohol|serve (alcohol|beer|wine|liquor)|bartend|tobacco|firearms?|cdl|commercial driv|interstate"
    r"|hazardous|insurance carrier|(?:vehicle|motor|fleet|car|van|driver)\s+insur(?:ance|er)|insur(?:ance|er)(?:'s)?\s+(?:terms|requirements?|policy|conditions|rules)|insur(?:ance|er)s?\s+(?:\w+\s+)?(?:sets?|requires?|demands?|stipulates?|mandates?)\b|faa|airline pilot|14 cfr|gaming commission|casino)"
)


def _age_limit_basis(ctx, m) -> bool:
    """A stated legal basis for a *minimum* age (or a statutory maximum such as pilots' 65)."""
    return m.key in (2, 3) and window_has(ctx, LEGAL_AGE_BASIS, m.start, m.end)


_MIN_MESSAGE = ("'{match}' sets a minimum age; keep it only if a law requires it for this work, "
                "and name that law")

age_limit = bias_rule(
    code="D302", name="age-limit", category="bias.age", severity="error",
    summary="An age limit or age band for applicants.",
    message="'{match}' limits applicants by age; remove it, or state the law that requires it",
    patterns=[
        # 0: an age band: "aged 25-35", "between the ages of 21 and 35", "age: 25 to 35", hedged or not
        # ("aged roughly 22 to 28")
        r"\b(?:aged?|ages|between\s+the\s+ages\s+of|age\s*:)\s*(?:(?:roughly|about|around|approximately|ideally|circa)\s+)?(?:between\s+)?" + _NUM + r"\s*(?:-|to|and)\s*" + _NUM + r"\b"
        + r"(?:\s*(?:years?(?:\s+old)?|yrs?))?"
        r"|\b" + _NUM + r"\s*(?:-|to)\s*" + _NUM + r"\s*(?:years?\s*(?:old|of\s+age)|yrs?\s+old|y\.?o\.?)(?!\w)"
        # (nearmiss51b) the band in a classified's shorthand, "only" making the years an age: "Office junior wanted, 18-25
        # yrs only" (not years of experience, nor a term: "experience of 20-25 years only", "a contract of 16-18 months")
        r"|(?<!experience\s)(?<!experience\sof\s)(?<!exp\s)(?<!exp\.\s)\b" + _NUM + r"\s*(?:-|to)\s*" + _NUM
        + r"\s*(?:years?|yrs?)\s+only\b",
        # 1: an upper limit: "under 30", "no older than 35", "maximum age 40", "age limit"
        r"\b(?:(?:must\s+be|be|aged?|applicants?|candidates?|people|persons?|individuals?|you(?:'re|\s+are)?|who\s+are)\s+)"
        r"(?:aged\s+)?(?:under|below|younger\s+than|no\s+older\s+than|not\s+older\s+than|not\s+over|less\s+than)\s+"
        r"(?:the\s+age\s+of\s+)?" + _NUM + r"\b" + _UNITS_NOT_AGE + r"(?:\s*(?:years?\s*(?:old|of\s+age)|yrs?(?:\s+old)?|y\.?o\.?))?"
        r"|\b(?:under|below|younger\s+than|no\s+older\s+than)\s+(?:the\s+age\s+of\s+)?" + _NUM
        + r"\s*(?:years?\s*(?:old|of\s+age)|yrs?\s+old|y\.?o\.?)(?!\w)"
        r"|\b(?:under|below)\s+the\s+age\s+of\s+" + _NUM + r"\b"
        # "age should not exceed 35 years", "aged not more than 30" (Gulf and Indian notices)
        r"|\bage(?:\s+limit)?\s+(?:should|must|shall|will|may)\s*(?:not|n't)\s+(?:exceed|be\s+(?:more|over|above|greater|older)\s+than)\s+" + _NUM + r"\b"
        + r"(?:\s*(?:years?(?:\s*(?:old|of\s+age))?|yrs?))?"
        r"|\b(?:aged?|age\s*:?)\s+(?:not\s+(?:more|older)\s+than|not\s+exceeding|below|under)\s+" + _NUM + r"\b(?:\s*(?:years?|yrs?))?"
        # a bare "not older than 35" in a notice's list ("Housemaid needed, live-in, not older than 35", bias41 from writer AI):
        # only people are "older than" a bare figure of 16-99; a figure with a unit other than "years old" is a thing's
        # age or a size ("a car not older than 10 years")
        r"|\b(?:no|not)\s+older\s+than\s+" + _NUM + r"\b" + _UNITS_NOT_AGE + r"(?!\s*(?:years?|yrs?)\b(?!\s*old))"
        + r"(?:\s*(?:years?\s*old|yrs?\s+old|y\.?o\.?))?"
        r"|\b(?:maximum|max\.?|upper)\s+age(?:\s+limit)?(?:\s+(?:of\s+|is\s+)?" + _NUM + r")?\b|\bage\s+(?:limit|cap|ceiling)\b(?!\s*:?\s*(?:none|nil|n/?a|no\b|not\b|any\b))"
        # a bound on "years old", the words that make a figure an age: "Maximum 28 years old", "at most 30 yrs old"
        r"|\b(?:maximum|max\.?|at\s+most|up\s+to|not\s+more\s+than|no\s+more\s+than)\s+" + _NUM
        + r"\s*(?:years?\s*old|yrs?\s+old|y\.?o\.?)(?!\w)"
        # the age wanted, as a notice's field: "Preferred age: 25 yrs", "Ideal age 22-28", "Desired age group: 20s"
        r"|\b(?:preferred|preferable|ideal|desired|required|suitable)\s+age(?:\s+(?:group|range|bracket|band))?\s*:?\s*(?:of\s+|is\s+)?(?:" + _NUM + r"|(?:early|mid|late)?\s*[2-6]0s|(?:twenties|thirties|forties))\b",
        # 2: a lower limit: "must be over 21 years old", "18 or older", "21+"
        Variant(r"\b(?:(?:must\s+be|be|aged?|applicants?|candidates?|you(?:'re|\s+are)?|who\s+are)\s+)(?:at\s+least\s+|aged\s+|over\s+|above\s+|older\s+than\s+)?"
        r"(?:the\s+age\s+of\s+)?" + _NUM + r"\s*(?:\+|or\s+(?:older|over|above)|years?\s*(?:old|of\s+age)(?:\s+or\s+older)?|yrs?(?:\s+old)?"
        r"|and\s+(?:over|older|above))(?!\w)"
        r"|\b(?:over|above|at\s+least)\s+the\s+age\s+of\s+" + _NUM + r"\b"
        r"|\bminimum\s+age(?:\s+(?:of\s+|is\s+)?" + _NUM + r")?\b", severity="warning", message=_MIN_MESSAGE),
        # 3: "21+ only", "18+"
        Variant(r"\b(?:(?:must\s+be|be|aged?|applicants?|candidates?|you(?:'re|\s+are)?)\s+)(?:1[6-9]|2[01])\+(?!\w)"
                r"|(?<![\$\d.,])\b(?:1[6-9]|2[01])\+\s+only\b",
                severity="warning", message=_MIN_MESSAGE),
    ],
    exceptions=[
        # the company, a building or a product is over N years old
        r"\b(?:company|firm|business|brand|organi[sz]ation|institution|building|product|practice|school|hospital|"
        r"we(?:'re|\s+are)|it\s+is|history|vehicles?|cars?|vans?|trucks?|equipment|machines?|machinery|stock|products?|items?|premises)\b"
        r"\s+(?:\w+\s+){0,3}(?:over|more\s+than|nearly|almost|at\s+most|up\s+to|under|less\s+than|no\s+more\s+than|not\s+more\s+than)"
        r"\s+\d+\s+years?\s+old",
        r"\b(?:adults?|clients?|patients?|students?|children|youth|members?|customers?|guests?|participants?)\s*\(?\s*(?:ages?\s*)?\d{2}\s*\+",
        # rules for minors (work permits, parental consent) are child-labour law, not an age preference
        r"\b(?:if\s+you(?:'re|\s+are)|applicants?|candidates?|those|anyone|workers?|employees?)\s+(?:aged\s+)?(?:under|below|younger\s+than)\s+"
        r"(?:the\s+age\s+of\s+)?1[4-8]\b[^.;]{0,60}\b(?:must|need|needs|require|requires|parental|parent|guardian|permit|consent)",
        # "18+ months", "21+ days"
        r"\b\d{2}\+\s*(?:months?|days?|weeks?|hours?|years?\s+of)",
        # serving children or students of an age: "students aged 11-18", "children under 5"
        r"\b(?:students?|children|kids|youth|pupils?|learners?|patients?|clients?|participants?|residents?|members?|customers?|guests?"
        r"|users?|visitors?|audiences?|adults|seniors|patrons?|families|viewers|readers|shoppers|consumers|players)"
        # (nearmiss48: a place or a verb between, "Students at the sixth-form college are aged 16 to 18"; a modal or
        # "who"/"applying" there makes them applicants, "students applying must be aged 18-25")
        r"\s+(?:(?!(?:must|should|shall|need|needs|will|would|who|applying|apply|wishing)\b)[\w-]+\s+){0,7}(?:aged?|ages|between\s+the\s+ages\s+of|under|over|from)\s+\d",
        # the people a service acts on, named by their age ("We support people aged 65 and over to stay independent",
        # writer K; "we care for adults over 18 with learning disabilities")
        r"\b(?:support|supports|supporting|serve|serves|serving|care\s+for|cares\s+for|caring\s+for|help|helps|helping|visit"
        r"|visits|visiting|look\s+after|looks\s+after|looking\s+after|work\s+with|works\s+with|working\s+with|house|houses|housing)"
        r"\s+(?:\w+\s+){0,2}(?:people|persons|individuals|adults|men|women|those|residents|tenants)\s+(?:aged|over|under|between|from)\s+\d",
        # a part cast by the age it plays ("female, playing age 35 to 45"): the character's age, not the actor's
        r"\bplaying\s+ages?\b[^.;]{0,30}\d",
        r"\b(?:ages?|aged)\s+\d{1,2}\s*(?:-|to)\s*\d{1,2}\s+(?:students?|children|kids|youth|pupils?|learners?|patients?|clients?)",
        r"\b(?:students?|children|kids|youth|pupils?|learners?|toddlers|infants|patients?|clients?|participants?|campers|players)\s+"
        r"(?:\w+\s+){0,2}\d{1,2}\s*(?:-|to)\s*\d{1,2}\s+years?\s+(?:old|of\s+age)",
    ],
    basis=_age_limit_basis,
    basis_message="'{match}' is a minimum age stated with a legal basis; confirm the law applies to this role and name it",
    what="Age bands ('aged 25-35'), upper limits ('under 30', 'maximum age 40') and minimum ages "
         "('must be over 21 years old', '18+') stated as requirements for the applicant.",
    why="29 CFR 1625.4(a) names 'age 25 to 35' as a violating term and ADEA 29 U.S.C. 623(e) forbids ads "
        "indicating an age preference for people 40 and over; the Equality Act 2010 protects every age "
        "in Great Britain. A minimum age is lawful where a law sets it (49 CFR 391.11 for interstate "
        "drivers, alcohol-service ages, 29 CFR part 570 for hazardous work), so a stated legal reason "
        "drops the finding to info; without one a limit is reported.",
    bad=["Applicants must be aged 25-35.", "Must be over 21 years old.", "Candidates under 30 preferred."],
    good=["Students aged 11-18 attend our summer programme.", "The commute is under 30 minutes.",
          "We have over 25 years of experience in logistics."],
    fix="Remove the age. If a law sets a minimum age for the work, keep it and name the law "
        "('must be at least 21 to serve alcohol under state law').",
    references=["ADEA 29 U.S.C. 623(e), 623(f)(1)", "29 CFR 1625.4(a)", "49 CFR 391.11(b)(1)", "29 CFR part 570",
                "Equality Act 2010 ss.13, 39 (GB)", "EHRC guidance on discriminatory adverts (2024)"],
)


young_applicant = bias_rule(
    code="D303", name="young-applicant", category="bias.age", severity="error",
    summary="Asks for a young person or describes the wanted team as young.",
    message="'{match}' states an age preference; describe the work or the pace instead",
    patterns=[
        r"\byoung(?:er)?(?:[\s,]+(?:and\s+)?(?:dynamic|energetic|vibrant|hungry|fresh|enthusiastic|fun|ambitious|motivated|talented|bright))*"
        r"[\s,]+(?:person|candidates?|applicants?|professionals?|talent|team|individuals?|graduates?|blood|"
        r"energy|man|men|woman|women|lad|lads|guys?|gals?|workforce|staff|crew|employees?|hires?|minds?\s+(?:who|to\s+join)|"
        r"salesman|salesmen|salesperson|salespeople|developers?|engineers?|designers?|recruits?|associates?|assistants?|workers?|"
        r"digital\s+natives?|go-getters?|self-starters?)\b"
        r"|\b(?:want|wanted|seek|seeking|looking\s+for|hiring|need|needs|prefer|preferably)\s+(?:a\s+|an\s+|someone\s+)?young(?:er)?\b"
        r"|\byoung(?:er)?\s+(?:people|persons)\s+(?:wanted|only|preferred|needed|to\s+join|who\s+(?:want|are\s+looking)\s+to\s+(?:join|work))\b"
        r"|\b(?:team|crew|staff|group)\s+(?:\w+\s+)?of\s+young\s+(?:people|professionals|talent)\b"
        r"|\byoung(?:er)?\s+and\s+(?:dynamic|energetic|hungry|enthusiastic|vibrant|ambitious)\b"
        r"(?!\s+(?:company|startup|start-up|firm|business|organi[sz]ation|brand|agency|industry|market|city|enterprise|scale-?up))"
        r"|\byoung\s+at\s+heart\b|\byouthful\b|\byoung[\s-]+thinking\b|\byoung(?:er)?\s+(?:in\s+)?age\b",
    ],
    exceptions=[
        # people the employer serves: "working with young people", "mentor young professionals"
        r"\b(?:with|for|serving|serve|support(?:ing)?|teach(?:ing)?|mentor(?:ing)?|help(?:ing)?|inspire|inspiring|"
        r"educat(?:e|ing)|engag(?:e|ing)|empower(?:ing)?|among|of|to|reach(?:ing)?|develop(?:ing)?|coach(?:ing)?|"
        r"assist(?:ing)?|accompan(?:y|ying)|befriend(?:ing)?|look(?:ing)?\s+after)\s+"
        # (one person served too: "support a young man with cerebral palsy to attend college", writer S)
        r"(?:\w+\s+){0,2}young(?:er)?\s+(?:people|persons?|adults?|learners?|children|minds|wom[ae]n|m[ae]n|boys?|girls?|"
        r"lads?|professionals|talent|workforce)",
        r"\byoung\s+(?:adults?|children|learners|carers|offenders|patients)\b",
        # the people the hire will lead, named by their age: "lead and mentor a team of young developers", "manage our
        # young engineers" (the hire's reports, not the hire; session 33, from a judge's reason on real ads). Not "a
        # young team": a team described as young is still the team the applicant is asked to fit
        r"\b(?:lead|leads|leading|manage|manages|managing|supervise|supervises|supervising|mentor|mentors|mentoring|coach"
        r"|coaches|coaching|train|trains|training|oversee|oversees|overseeing|line[\s-]manage|line[\s-]managing)"
        r"(?:\s+(?:and|&)\s+\w+)?\s+(?:(?:a|the|our|your|their)\s+)?(?:(?:small|growing|\d+)\s+)?(?:(?:team|group|squad|cohort|crew)\s+of\s+)?"
        # (any two words before "young", but not the hiring of them: "manage the recruitment of young developers" asks)
        r"(?:(?!(?:recruit|hiring|hire|intake|selection|search)\w*\b)[\w-]+\s+){0,2}?(?:of\s+)?young(?:er)?\s+(?:developers?|engineers?|designers?|analysts?|workers?|employees|associates|recruits|hires"
        r"|colleagues|apprentices|trainees|interns|professionals|talent|people|staff\s+members)\b",
        r"\byouthful\s+(?:offenders?|audience|brand)\b",
    ],
    # inside the name of an employee network, programme or award ("our Young Professionals Network")
    skip=("eeo", "negated", "quoted", "name"),
    what="'young', 'youthful', 'young and dynamic', 'young team', 'younger candidates' about the hire or the team.",
    why="'Young' is the regulation's own example of a violating term (29 CFR 1625.4(a)); the EEOC case "
        "study calls 'applicant must be young and energetic' a violation and says the ad is fine with "
        "'young' removed. The EHRC lists 'young and dynamic' as likely unlawful in Great Britain. "
        "Other senses ('a young company', 'working with young people') are not flagged.",
    bad=["We are looking for a young and dynamic salesperson.", "Join our young team!"],
    good=["Join our fast-growing team of 12.", "You will run workshops for young people aged 14-18.",
          "We are a young company founded in 2021."],
    fix="Delete 'young' and describe the pace or the work ('a fast-growing team of 12').",
    references=["29 CFR 1625.4(a)", "ADEA 29 U.S.C. 623(e)", "EEOC age-ad case studies", "EHRC guidance on discriminatory adverts (2024)"],
)


experience_cap = bias_rule(
    code="D304", name="experience-cap", category="bias.age", severity="warning",
    summary="A maximum number of years of experience.",
    message="'{match}' caps experience, which screens out older applicants; ask for a minimum or describe the level",
    patterns=[
        r"\b(?:no|not)\s+more\s+than\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?(?:'s?)?\)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b"
        r"|\bexperience\s*\(?\s*(?:of\s+)?(?:no|not)\s+more\s+than\s+\d{1,2}\s+years?\b"
        r"|\(\s*(?:no|not)\s+more\s+than\s+\d{1,2}\s+years?\s*\)"
        r"|\b(?:maximum|max\.?|at\s+most|up\s+to\s+a\s+maximum\s+of)\s+(?:of\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?\s+years?(?:'s?)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b"
        r"|\b(?:must|should)\s+(?:have|not\s+have)\s+(?:less|fewer)\s+than\s+\d{1,2}\s+years?(?:'s?)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\b"
        r"|\b(?:less|fewer)\s+than\s+\d{1,2}\s+years?(?:'s?)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}experience\s+(?:preferred|only|required)\b"
        r"|\bexperience\s+(?:must\s+not|should\s+not|cannot|can\s*not)\s+exceed\s+\d{1,2}\s+years?\b"
        r"|\bover[\s-]?experienced\s+(?:candidates?|applicants?)\s+(?:need\s+not|will\s+not|won't)\b",
    ],
    skip=("eeo", "quoted"),
    what="Upper bounds on experience: 'no more than 5 years of experience', 'maximum 3 years' experience', "
         "'experience must not exceed 4 years'.",
    why="Experience caps were at the centre of Kleber v. CareFusion (7th Cir. 2019, '3 to 7 years (no more "
        "than 7 years)'); the en banc ruling closed only the disparate-impact route for outside "
        "applicants, and the EEOC case study reads 'no more than four years' experience' as an age signal.",
    bad=["Candidates should have no more than 5 years of experience.", "Maximum 3 years' relevant experience."],
    good=["At least 3 years of experience with payroll systems.", "3-5 years of experience in customer service."],
    fix="Ask for a minimum ('at least 3 years') or describe the level ('mid-level role'), and let pay "
        "and scope set expectations.",
    references=["Kleber v. CareFusion Corp., 914 F.3d 480 (7th Cir. 2019)", "EEOC age-ad case studies",
                "ADEA 29 U.S.C. 623(e)"],
)


graduation_year = bias_rule(
    code="D305", name="graduation-year", category="bias.age", severity="warning",
    summary="A graduation-year window, which is a birth-year proxy.",
    message="'{match}' limits applicants by graduation year, a proxy for age; state the skills or level instead",
    patterns=[
        r"\bclass(?:es)?\s+of\s+(?:19|20)\d{2}(?:\s*(?:or|and|-|/)\s*(?:19|20)?\d{2})?\b"
        r"|\bgraduat(?:ed|ing|ion|es?)\s+(?:date\s+|year\s+)?(?:in|after|since|between|before|from|no\s+earlier\s+than|no\s+later\s+than|of)\s+(?:19|20)\d{2}\b"
        r"|\b(?:graduation|grad)\s+(?:year|date)s?\s*(?::|of|between|after|before|in)?\s*(?:19|20)\d{2}\b"
        r"|\b(?:19|20)\d{2}(?:\s*(?:or|and|/)\s*(?:19|20)\d{2})?\s+(?:(?:college|university)\s+)?(?:grads?|graduates)\b"
        r"(?:\s+(?:only|preferred|wanted|welcome))?",
    ],
    exceptions=[r"\bgraduat\w*\s+(?:\w+\s+){0,3}(?:program(?:me)?|scheme|cohort)\s+(?:starting|begins|starts)"],
    what="'Class of 2024', 'graduated after 2019', '2023 or 2024 graduates', 'graduation year 2022'.",
    why="A graduation-year window selects a birth cohort; Facebook settled a claim over 'Class of 2007 or "
        "2008 preferred', and 29 CFR 1625.4(a) lists 'recent college graduate' as a violating term.",
    bad=["Class of 2024 graduates preferred.", "Only candidates who graduated after 2019 will be considered."],
    good=["A degree in statistics or equivalent experience.", "Founded in 2019, we have grown to 40 people."],
    fix="Describe the level ('entry-level') and the knowledge needed, not when it was acquired.",
    references=["29 CFR 1625.4(a)", "EEOC, prohibited practices: job advertisements", "AARP (2019), age bias in job listings"],
)


RULES = [age_limit, young_applicant, experience_cap, graduation_year]
