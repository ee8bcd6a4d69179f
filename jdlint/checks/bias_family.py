"""bias.family: marital, family and pregnancy status (D601-D603).

Basis: Title VII as interpreted in Phillips v. Martin Marietta Corp., 400 U.S. 542 (1971) ("sex-plus");
Pregnancy Discrimination Act 1978; state and local marital/familial/caregiver protections (e.g. CA, NY,
IL; DC family responsibilities; NYC caregiver status); Equality Act 2010 (marriage and civil
partnership, pregnancy and maternity, GB).
"""
from __future__ import annotations

from .inclusive import bias_rule

family_status = bias_rule(
    code="D601", name="family-status-requirement", category="bias.family", severity="error",
    summary="A marital or family-status requirement ('must be single', 'no kids').",
    message="'{match}' screens on marital or family status; state the schedule or travel the job needs instead",
    patterns=[
        r"\b(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+be\s+(?:single|married|unmarried|unattached)\b(?!\s+to\b)(?![\s-]+(?:point|source|minded|handed|threaded|sign|page|use|shift|location|site))"
        r"|\b(?:single|unmarried|married)\s+(?:candidates?|applicants?|persons?|people|individuals?|women|men|females?|males?|couples?)\s+(?:only|preferred|wanted)\b"
        r"|\bno\s+(?:small\s+|young\s+)?(?:kids|children)\b(?!'|\u2019|\s+(?:under|are\s+allowed|allowed|permitted|on\s+site|in\s+the))"
        r"|\b(?:must\s+)?not\s+have\s+(?:any\s+)?(?:small\s+|young\s+)?(?:kids|children|dependants|dependents)\b"
        r"|\bno\s+family\s+(?:commitments|obligations|responsibilities|ties|constraints)\b"
        r"|\b(?:without|free\s+(?:of|from))\s+(?:any\s+)?(?:family|childcare|caring|carer|parental)\s+(?:commitments|obligations|responsibilities|ties|constraints|duties)\b"
        r"|\bchildless\b|\b(?:no|without)\s+(?:childcare|caregiving|caring)\s+(?:issues|responsibilities|commitments)\b",
    ],
    skip=("eeo", "quoted"),
    exceptions=[r"\bregardless\s+of\s+(?:\w+\s+){0,6}(?:family|marital|parental)"],
    what="'must be single', 'married candidates preferred', 'no kids', 'no family commitments', 'without childcare "
         "responsibilities', 'childless'.",
    why="Refusing people with young children is sex-plus discrimination (Phillips v. Martin Marietta, 1971); "
        "marital, familial and caregiver status are protected in many states and cities (California, New York, "
        "Illinois, DC 'family responsibilities', NYC 'caregiver status') and in Great Britain (marriage and civil "
        "partnership).",
    bad=["Applicants must be single with no family commitments.", "No kids, as the role needs late evenings."],
    good=["The role includes two evening shifts a week and travel of up to 5 nights a month.",
          "Family health insurance covers your children and spouse."],
    fix="State the schedule, travel or availability facts and let applicants decide.",
    references=["Phillips v. Martin Marietta Corp., 400 U.S. 542 (1971)", "Title VII 42 U.S.C. 2000e-2(a)",
                "Equality Act 2010 s.8 (GB)", "NYC Human Rights Law (caregiver status)", "D.C. Code 2-1402.11 (family responsibilities)"],
)

pregnancy = bias_rule(
    code="D602", name="pregnancy-requirement", category="bias.family", severity="error",
    summary="A pregnancy or family-planning condition.",
    message="'{match}' screens on pregnancy or plans for a family, which is sex discrimination; remove it",
    patterns=[
        r"\b(?:must\s+)?not\s+(?:be\s+)?(?:currently\s+)?pregnant\b|\bno\s+pregnan(?:cy|cies|t\s+(?:women|applicants|candidates|people))\b"
        r"|\bpregnant\s+(?:women|applicants|candidates|people|employees)\s+(?:need\s+not|will\s+not|won't|cannot|may\s+not|are\s+not)\b"
        r"|\b(?:not\s+(?:be\s+)?planning|no\s+plans?)\s+(?:on\s+|to\s+|for\s+)?(?:a\s+|any\s+)?(?:family|pregnancy|pregnancies|maternity|children|kids|having\s+(?:children|kids)"
        r"|(?:have|start)(?:ing)?\s+(?:a\s+family|children|kids))\b"
        r"|\bpregnancy\s+test(?:s|ing)?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:required|mandatory)\b|\bmust\s+(?:take|pass)\s+a\s+pregnancy\s+test\b"
        r"|\bnot\s+(?:planning|intending)\s+(?:to\s+take\s+)?maternity\s+leave\b",
    ],
    skip=("eeo", "quoted"),
    what="'must not be pregnant', 'no plans to start a family', 'pregnancy test required'.",
    why="The Pregnancy Discrimination Act (1978) makes pregnancy discrimination sex discrimination under Title VII; "
        "the Pregnant Workers Fairness Act (2023) adds accommodation duties; pregnancy and maternity are protected "
        "in Great Britain.",
    bad=["Candidates must not be pregnant.", "Ideal for someone with no plans to start a family."],
    good=["We offer 16 weeks of paid parental leave.", "We provide pregnancy accommodations under the Pregnant Workers Fairness Act."],
    fix="Remove it.",
    references=["Pregnancy Discrimination Act of 1978, 42 U.S.C. 2000e(k)", "Pregnant Workers Fairness Act (2023)",
                "Equality Act 2010 s.18 (GB)"],
)

parent_audience = bias_rule(
    code="D603", name="parent-audience", category="bias.family", severity="info",
    summary='Addresses one sex of parent ("perfect for mums", "stay-at-home moms").',
    message="'{match}' targets mothers only; say 'parents and carers' or describe the flexible hours",
    suggestion="parents and carers",
    patterns=[
        # (not a denied fit, "not ideal for mothers of young kids": an exclusion, which D610 reports as a warning)
        r"(?<!\bnot\s)(?<!n't\s)(?<!\bnever\s)(?<!\bnot\sreally\s)(?<!\bnot\svery\s)"
        r"\b(?:ideal|perfect|great|suits?|suitable)\s+(?:job\s+|role\s+)?for\s+(?:busy\s+|working\s+|stay[\s-]at[\s-]home\s+|new\s+)?(?:mums|moms|mothers|mommies|mummies|housewives)\b"
        r"|\bstay[\s-]at[\s-]home\s+(?:moms?|mums?|mothers?|wives)\b|\bhousewi(?:fe|ves)\b|\bmums?'?\s+hours\b|\bmothers?'?\s+hours\b"
        r"|\b(?:working|busy)\s+(?:mums|moms|mothers)\s+(?:welcome|wanted|encouraged|needed)\b|\bmompreneurs?\b|\bmumpreneurs?\b",
    ],
    skip=("eeo", "quoted"),
    what="'perfect for mums', 'stay-at-home moms', 'housewives', 'mum's hours'.",
    why="Addressing only mothers treats caregiving as women's work and signals a sex preference; usually the "
        "intended message is 'flexible hours for parents and carers'. Style-level, so info.",
    bad=["Perfect for mums returning to work!", "Ideal for stay-at-home moms."],
    good=["School-hours shifts suit parents and carers.", "Our Moms Demand Action partner nonprofit runs the event."],
    fix="Say 'parents and carers', or describe the hours ('9:30-2:30, school terms only').",
    references=["Title VII 42 U.S.C. 2000e-3(b)", "EHRC guidance on discriminatory adverts"],
)

RULES = [family_status, pregnancy, parent_audience]
