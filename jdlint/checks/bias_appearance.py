"""bias.appearance: attractiveness, height and weight, hair and grooming, skin colour (D801-D804).

Basis: Title VII (sex stereotyping, race, religion); CROWN Act state laws (California SB 188, 2019,
and successors); Michigan Elliott-Larsen Civil Rights Act and NYC Local Law 61 of 2023 (height and
weight); Dothard v. Rawlinson, 433 U.S. 321 (1977); EEOC Compliance Manual s.12 (religious grooming).
"""
from __future__ import annotations

from .inclusive import bias_rule

_PEOPLE = r"(?:person|people|persons|candidates?|applicants?|individuals?|females?|males?|women|men|girls?|ladies|lady|guys?|staff|hostess(?:es)?|servers?|models?|faces?)"

attractiveness = bias_rule(
    code="D801", name="appearance-requirement", category="bias.appearance", severity="warning",
    summary="An attractiveness or looks requirement.",
    message="'{match}' asks for looks, which invites sex and race stereotyping; describe the dress code instead",
    suggestion="follows our dress code",
    patterns=[
        r"\b(?:attractive|good[\s-]looking|pretty|handsome|beautiful|hot|sexy|cute)\s+(?:and\s+\w+\s+)?" + _PEOPLE + r"\b"
        r"|\b(?:pleasant|good|nice|attractive|pleasing)\s+(?:physical\s+)?(?:appearance|figure|physique)\b"
        r"|\bgood\s+looks\s+(?:are\s+|is\s+)?(?:required|essential|a\s+must|preferred|important|necessary)\b"
        r"|\bmust\s+(?:wear|be\s+wearing)\s+(?:make[\s-]?up|heels|high\s+heels|skirts?|dresses)\b"
        r"|\b(?:must\s+be|should\s+be)\s+(?:attractive|good[\s-]looking|pretty|handsome|beautiful|photogenic)\b",
    ],
    exceptions=[r"\battractive\s+(?:salary|salaries|pay|package|benefits?|compensation|offer|rates?|bonus|location|office|product|prices?|design|website)\b",
                # "staff" naming what is the staff's, not people: "a hot staff meal every shift", "attractive staff
                # discount": the adjective is the meal's or the discount's
                r"\bstaff\s+(?:meals?|food|lunch(?:es)?|dinners?|breakfasts?|suppers?|drinks?|discounts?|rates?|prices?|canteen"
                r"|rooms?|quarters|accommodation|housing|parking|car\s+park|uniforms?|part(?:y|ies)|nights?\s+out|events?|perks?"
                r"|benefits?|packages?|bonus(?:es)?|incentives?|areas?|kitchen|facilities|lounges?|breaks?)\b"],
    what="'attractive female staff', 'good-looking candidates', 'pleasant appearance', 'must wear makeup/heels'.",
    why="Looks and sex-specific dress requirements invite sex stereotyping (Title VII) and screen on race and "
        "disability; a dress code that applies to everyone is lawful.",
    bad=["We are looking for attractive female staff.", "Pleasant appearance required."],
    good=["Staff follow our business-casual dress code.", "We offer an attractive salary and benefits."],
    fix="Describe the dress code that applies to everyone ('business casual; uniform provided').",
    references=["Title VII 42 U.S.C. 2000e-2(a)", "Price Waterhouse v. Hopkins, 490 U.S. 228 (1989)", "Jespersen v. Harrah's, 444 F.3d 1104 (9th Cir. 2006)"],
)

height_weight = bias_rule(
    code="D802", name="height-weight-requirement", category="bias.appearance", severity="warning",
    summary="A height, weight or body-shape requirement.",
    message="'{match}' is a height, weight or body-shape standard; state the actual task instead",
    patterns=[
        r"\b(?:minimum|min\.?|maximum|max\.?)\s+(?:height|weight)\s+(?:requirement|of|is|:)\b|\b(?:height|weight)\s+(?:requirement|restriction|limit)s?\b"
        r"|\b(?:height|weight)\s+(?:of\s+)?(?:at\s+least|minimum|no\s+(?:less|more)\s+than|under|over|below|above|between)\s+\d"
        r"|\bmust\s+(?:weigh|be\s+(?:at\s+least\s+|over\s+|under\s+)?\d\s*(?:'|ft|feet|foot)|be\s+(?:at\s+least\s+)?\d{3}\s*cm)"
        r"|\b(?:slim|slender|petite|thin|trim|skinny|tall|athletic)\s+(?:build|figure|body|candidates?|applicants?|women|men|girls?|person|people|staff)\b"
        # a big body asked for as a slim one is (bias41 from writer AI: "Door staff for Friday and Saturday nights: big build,
        # imposing presence"): words only a body takes, or "big/large/heavy build" told as a spec after a colon, a comma or
        # "of" ("must be of big build"; not a construction project, "we are delivering a big build in Leeds")
        r"|\b(?:stocky|muscular|burly|brawny|beefy|heavyset|heavy[\s-]set|sturdy|stout|well[\s-]built)\s+(?:build|figure|physique|frame)\b"
        r"|(?:(?<=\bof\s)|(?<=\bof\sa\s)|(?<=[:,]\s))(?:big|large|heavy|strong|solid)\s+(?:build|physique)\b"
        r"|\b(?:must|should)\s+be\s+(?:slim|slender|petite|thin|skinny|tall|not\s+overweight)\b|\bno\s+(?:overweight|obese)\b"
        r"|\bbmi\s+(?:of\s+|under\s+|below\s+|less\s+than\s+)?\d",
    ],
    exceptions=[r"\b(?:lift|carry|move|push|pull|handle|transport)\w*\s+(?:\w+\s+){0,4}(?:weights?|weighing)\b",
                r"\b(?:weight|height)\s+(?:\w+\s+){0,2}(?:of\s+)?(?:packages?|boxes|loads?|items?|objects?|materials?|equipment|shelves?|ceilings?)\b",
                r"\bweight\s+(?:loss|management|watchers)\b|\bline\s+height\b|\btall\s+(?:ships?|buildings?|grass)\b",
                # (nearmiss49) a limit that applies to the people served, which the hire checks ("Height restrictions apply
                # to guests on our rides", "weight limits for riders"): the customers' limit, not the hire's
                r"\b(?:height|weight)\s+(?:restrictions?|limits?|requirements?)\s+(?:apply\s+to|applies\s+to|for|on)\s+(?:our\s+|the\s+|all\s+|young\s+)?"
                r"(?:guests|riders|visitors|customers|passengers|children|kids|patients|users|members|climbers|jumpers|participants|rides?)\b"],
    # (nearmiss51b) the equipment or task the limit is set by, in its sentence (context.yaml safety-reason: a harness, a
    # cockpit or cab's controls, a rated load, the maker's limit): info asking to confirm, as D810's frame does
    basis=lambda ctx, m: bool(ctx.analysis.safety_reason(m.start)),
    basis_message="'{match}' is a height or weight limit given its safety or equipment reason; confirm it is necessary "
                  "and say that adjustments are considered",
    jurisdictions={"US-MI": "error", "US-NY-NYC": "error"},
    what="'minimum height 5\\'8\"', 'must weigh under 200 lbs', 'slim build', 'tall candidates', 'BMI under 30'. "
         "Load weights ('lift boxes weighing up to 20 kg') are not flagged here; a limit with its safety or equipment "
         "reason in the sentence (a harness's rating, a cab's controls) is info.",
    why="Height and weight are protected in Michigan, New York City (since November 2023) and several cities; "
        "elsewhere such standards can have a disparate impact by sex and national origin (Dothard v. Rawlinson, "
        "1977).",
    bad=["Minimum height requirement of 5'8\".", "Slim build preferred."],
    good=["Reach shelves up to 2 m using the step stools provided.", "Lift boxes weighing up to 20 kg occasionally."],
    fix="State the task ('reach shelves up to 2 m with a step stool'), not the body.",
    references=["Michigan Elliott-Larsen Civil Rights Act, MCL 37.2202", "NYC Local Law 61 of 2023",
                "Dothard v. Rawlinson, 433 U.S. 321 (1977)"],
)

hair_grooming = bias_rule(
    code="D803", name="hair-grooming-requirement", category="bias.appearance", severity="warning",
    summary="A ban on natural hairstyles or beards.",
    message="'{match}' restricts hair or beards, which conflicts with race (CROWN Act) and religious practice; keep "
            "only genuine safety rules",
    patterns=[
        r"\bno\s+(?:dreadlocks|dreads|locs|braids|cornrows|afros?|twists|bantu\s+knots|natural\s+hair(?:styles)?|beards?|facial\s+hair|moustaches?|mustaches?)\b"
        r"|\b(?:dreadlocks|dreads|braids|locs|cornrows|afros?|beards?|facial\s+hair)\s+(?:are\s+|is\s+)?(?:not\s+(?:allowed|permitted|acceptable)|prohibited|banned)\b"
        r"|\b(?:must\s+be\s+)?clean[\s-]+shaven\b|\b(?:professional|neat|conservative)\s+hair\s*(?:styles?|cuts?)\s+(?:only|required)\b",
    ],
    skip=("eeo", "quoted"),
    exceptions=[r"\bbraided\s+(?:cable|wire|hose)\b", r"\bclean[\s-]+shaven\s+or\s+(?:bearded|not)\b"],
    basis=r"\b(?:respirators?|mask\s+fit|(?:face[\s-])?fit[\s-]test(?:s|ing)?|scba|breathing\s+apparatus|seals?|ffp\d|n95|"
          r"(?:tight[\s-]fitting|face|dust|gas)\s+masks?|powered\s+hoods?|osha|29\s+cfr\s+1910\.134|food\s+safety|hygiene)\b",
    basis_message="'{match}' is a grooming rule given a safety reason (e.g. respirator fit); confirm it is necessary "
                  "and say that religious and medical accommodations are considered",
    what="'no dreadlocks', 'no braids', 'must be clean-shaven', 'no facial hair'. With a stated safety reason "
         "(respirator fit testing) the finding drops to info.",
    why="CROWN Act laws in about two dozen US states ban discrimination based on hair texture and protective "
        "styles; beard bans conflict with Sikh, Muslim and Jewish practice and with pseudofolliculitis barbae, "
        "common in Black men (EEOC Compliance Manual s.12; Title VII).",
    bad=["No dreadlocks or braids.", "Must be clean-shaven."],
    good=["Long hair must be tied back near machinery.", "Braided cable assembly experience."],
    fix="State only the genuine safety rule ('hair must be secured near machinery') and mention accommodation.",
    references=["California SB 188 (CROWN Act, 2019) and successor state laws", "Title VII 42 U.S.C. 2000e-2(a)",
                "EEOC Compliance Manual s.12 (religious grooming)", "OSHA 29 CFR 1910.134 (respirator fit)"],
)

skin_colour = bias_rule(
    code="D804", name="skin-colour-requirement", category="bias.appearance", severity="error",
    summary="A skin-colour or complexion requirement.",
    message="'{match}' is a colour requirement, which no exception allows; remove it",
    patterns=[r"\b(?:fair|light|wheatish|pale|dark|white|clear)[\s-](?:skin(?:ned)?|complexion(?:ed)?)\b(?!\s+(?:care|products?|treatment|conditions?|health|cancer|types?))"
              r"|\b(?:good|fair|light)\s+complexion\b"],
    skip=("eeo", "quoted"),
    exceptions=[r"\b(?:all|any|every)\s+skin\s+(?:tones?|colou?rs?|types?)\b",
                r"\b(?:treat|care|products?|patients?|clients?|dermatolog)\w*\s+(?:\w+\s+){0,4}(?:skin|complexion)"],
    what="'fair-skinned', 'light complexion', 'wheatish complexion'.",
    why="Colour discrimination is unlawful and Title VII has no occupational exception for colour "
        "(42 U.S.C. 2000e-2(e)); the Equality Act 2010 treats colour as race.",
    bad=["Fair-skinned candidates preferred.", "Light complexion required."],
    good=["Experience with skin care products for all skin tones.", "We are an equal opportunity employer."],
    fix="Remove it.",
    references=["Title VII 42 U.S.C. 2000e-2(a), 2000e-2(e)", "Equality Act 2010 s.9 (GB)"],
)

RULES = [attractiveness, height_weight, hair_grooming, skin_colour]
