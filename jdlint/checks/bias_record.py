"""bias.record: criminal history, credit and unemployment status (D901-D903).

Basis: EEOC Enforcement Guidance on Arrest and Conviction Records No. 915.002 (2012); NYC Fair Chance Act
(2015); Washington Fair Chance Act RCW 49.94; California Gov. Code 12952 and 2 CCR 11017.1; New Jersey
Opportunity to Compete Act; NYC Stop Credit Discrimination in Employment Act (2015) and state credit-check
laws; New Jersey (2011), DC (2012) and NYC (2013) unemployment-status laws.
"""
from __future__ import annotations

from .inclusive import bias_rule

RECORD_BASIS = (r"\b(?:required|mandated|prohibited|barred|disqualified)\s+by\s+(?:federal\s+|state\s+)?(?:law|statute|regulation)"
                r"|(?:federal|state)\s+law\s+(?:prohibits|requires|bars)|disqualifying\s+(?:offen[cs]es|convictions)"
                r"|section\s+19\s+of\s+the\s+federal\s+deposit|\bfdic\b|\bfinra\b|42\s+cfr|vulnerable\s+(?:sector|adults?|persons?)"
                r"|child\s+care\s+licensing|licensing\s+(?:board|rules|requirements)|fingerprint[\s-]based|dbs\s+check|enhanced\s+dbs"
                r"|individuali[sz]ed\s+assessment|in\s+accordance\s+with\s+(?:the\s+)?(?:fair\s+chance|applicable)")

criminal_record = bias_rule(
    code="D901", name="criminal-record-exclusion", category="bias.record", severity="warning",
    summary="A blanket exclusion of people with criminal records ('no felons', 'clean record').",
    message="'{match}' excludes everyone with a record; several laws bar this in ads, so remove it or name the legal "
            "bar that applies to this role",
    patterns=[
        r"\bno\s+(?:felons?|felon(?:y|ies)|convicts?|(?:criminal\s+)?convictions?|criminal\s+(?:records?|backgrounds?|histor(?:y|ies))|ex[\s-]?(?:cons|offenders|felons))\b"
        # (a police record too: "clean police record from every country you have lived in", writer Q; "clear" only
        # with criminal or police, since "keep clear records" is a duty; nor "clean record-keeping", the same duty, session 40)
        r"|\b(?:clean|spotless)\s+(?:criminal\s+|police\s+)?(?:records?|background)(?![\s-]?keep)(?:\s+(?:only|required|check))?\b"
        r"|\bclear\s+(?:criminal|police)\s+records?\b"
        # (recall35) the record coordinated with another ("\"Squeeky\" Clean criminal and driving record", "a clean
        # driving and criminal record") and the same praise in other words ("an unblemished criminal record")
        r"|\b(?:clean|spotless|clear|unblemished|immaculate|pristine|perfect|flawless|impeccable)\s+(?:(?:criminal|police)\s*(?:,|and|&|/|or|\+)\s*"
        r"(?:driving|motor\s+vehicle|mvr|dmv|traffic|credit|employment)|(?:driving|motor\s+vehicle|mvr|dmv|traffic|credit|employment)\s*"
        r"(?:,|and|&|/|or|\+)\s*(?:criminal|police))\s+(?:records?|histor(?:y|ies)|backgrounds?)\b"
        r"|\b(?:clean|spotless|unblemished|immaculate|pristine|perfect|flawless|impeccable)\s+(?:criminal|police)\s+(?:records?|histor(?:y|ies)|backgrounds?)\b"
        r"|\bmust\s+(?:have|pass)\s+(?:a\s+)?clean\s+(?:criminal\s+)?(?:record|background(?:\s+check)?)\b"
        r"|\b(?:never|not)\s+(?:have\s+)?(?:been\s+)?(?:arrested|convicted)\b"
        r"|\b(?:felons?|ex[\s-](?:felons?|offenders?|convicts?|cons|inmates?)|convicted\s+(?:felons?|criminals?)|former\s+(?:inmates?|prisoners?|offenders?))\s+"
        r"(?:need\s+not\s+apply|will\s+not\s+be\s+considered|are\s+not\s+eligible|not\s+(?:accepted|considered|eligible))\b"
        r"|\b(?:any|a)\s+(?:felony|criminal)\s+(?:conviction|record|history)\s+(?:will\s+)?(?:disqualif(?:y|ies)|is\s+disqualifying)\b"
        r"|\b(?:applicants?|candidates?|people|anyone|those)\s+with\s+(?:a\s+|any\s+)?(?:[\w-]+\s+){0,3}(?:convictions?|criminal\s+(?:records?|histor(?:y|ies)|backgrounds?)|records?)\s+"
        r"(?:cannot|can\s*not|will\s+not|won't|may\s+not|need\s+not|are\s+not)\s+(?:be\s+)?(?:hired|considered|apply|eligible|accepted)\b",
    ],
    # a record requirement denied is none ("You don't need a clean record", "a clean record is not required"); the
    # patterns that carry their own "no" or "never" hold it inside the match, where negation is not read
    skip=("eeo", "quoted", "negated"),
    exceptions=[r"\bclean\s+(?:driving|motor\s+vehicle|mvr|dmv)\s+(?:records?|history)\b",
                # a bare "clean record" that a driving licence or its points tell is the driving record: "current
                # driver's licence and a clean record", "licence with a clean record (max 3 points)"
                r"\blicen[cs]es?\b[^.;:\n]{0,30}?\b(?:and|with|plus|&)\s+(?:an?\s+)?(?:clean|spotless)\s+record"
                r"|\b(?:clean|spotless)\s+records?\s*(?:\(\s*)?(?:[\w-]+\s+){0,4}?(?:points?|endorsements?|demerits?|accidents?|(?:traffic|moving)\s+violations?|tickets?)\b",
                # the firm's own record: "we're proud of our clean record with the inspectors"
                r"\b(?:our|its)\s+(?:[\w-]+\s+)?(?:clean|spotless)\s+record",
                # (recall35) a record of something else ("a spotless record of customer satisfaction")
                r"\b(?:clean|spotless)\s+records?\s+(?:of|in|on)\s+(?!(?:convictions?|offen[cs]es|arrests?|crimes?)\b)",
                r"\bclean\s+(?:code|room|desk|energy|data)\b"],
    basis=RECORD_BASIS,
    basis_message="'{match}' is a record-based bar with a stated legal basis; confirm the law applies to this role, "
                  "name it, and assess applicants individually",
    jurisdictions={"US-WA": "error", "US-NY-NYC": "error", "US-CA": "error", "US-NJ": "error"},
    what="'no felons', 'clean record only', 'must have a clean background', 'never been arrested', 'ex-offenders "
         "need not apply', 'clean criminal and driving record', 'an unblemished criminal record'. With a stated legal bar (a licensing rule, FDIC Section 19) the finding drops to info; "
         "in a declared jurisdiction that bans such ads (WA, NYC, CA, NJ) it is an error.",
    why="EEOC guidance (2012) says blanket exclusions likely have a disparate impact by race and national origin; "
        "the NYC, Washington, California and New Jersey fair-chance laws bar ads that exclude people with "
        "records, and NYC names 'no felonies' and 'must have clean record' as examples.",
    bad=["No felons.", "Must have a clean criminal record."],
    good=["We welcome applicants with conviction records and assess each one individually.",
          "A clean driving record is required for this delivery role."],
    fix="Remove it. If a law bars people with specific convictions from this role, name the law and say that "
        "each applicant is assessed individually after a conditional offer.",
    references=["EEOC Enforcement Guidance No. 915.002 (2012)", "NYC Fair Chance Act (Local Law 63 of 2015)",
                "Washington Fair Chance Act RCW 49.94", "California Gov. Code 12952; 2 CCR 11017.1", "N.J.S.A. 34:6B-11 et seq."],
)

credit = bias_rule(
    code="D902", name="credit-requirement", category="bias.record", severity="warning",
    summary="A good-credit or credit-check requirement.",
    message="'{match}' screens on credit history, which NYC bans and about ten states limit; keep it only for roles "
            "a credit-check law allows, and say why",
    patterns=[
        r"\b(?:good|excellent|clean|satisfactory|strong|acceptable)\s+credit(?:\s+(?:history|score|rating|record|standing))?\s+(?:is\s+)?(?:required|a\s+must|necessary|essential)\b"
        r"|\bmust\s+have\s+(?:a\s+)?(?:good|excellent|clean|satisfactory|strong)\s+credit(?:\s+(?:history|score|rating|record))?\b"
        r"|\bcredit\s+(?:check|history\s+check|report|score)s?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:required|mandatory)\b"
        r"|\bmust\s+pass\s+(?:a\s+)?credit\s+(?:and\s+background\s+)?check\b|\bno\s+(?:bad\s+credit|bankruptc(?:y|ies))\b",
    ],
    skip=("eeo", "quoted"),
    exceptions=[r"\b(?:build|improve|establish|repair|rebuild)\w*\s+(?:\w+\s+){0,3}(?:good|excellent|strong)\s+credit\b"],
    basis=r"\b(?:bank(?:ing)?|fiduciary|bonded|bonding|treasury|cash\s+handling|trust\s+account|finra|security\s+clearance|fair\s+credit\s+reporting\s+act|fcra"
          r"|financial\s+(?:institution|control|services\s+regulation)|access\s+to\s+(?:funds|trade\s+secrets)|required\s+by\s+(?:law|regulation))\b",
    basis_message="'{match}': a credit check with a stated reason (financial control, bonding, clearance); confirm a "
                  "credit-check law exception covers this role",
    jurisdictions={"US-NY-NYC": "error"},
    what="'good credit required', 'credit check required', 'must pass a credit check', 'no bankruptcies'.",
    why="NYC's Stop Credit Discrimination in Employment Act bars using credit history for most jobs; California, "
        "Colorado, Connecticut, Hawaii, Illinois, Maryland, Nevada, Oregon, Vermont, Washington, Chicago and DC "
        "limit employer credit checks. Credit history also tracks race and unemployment.",
    bad=["Good credit required.", "Applicants must pass a credit check."],
    good=["Help customers build good credit.", "Experience with credit risk analysis."],
    fix="Drop it unless the role is in a statutory exception (e.g. bonded or financial-control positions), and say which.",
    references=["NYC Stop Credit Discrimination in Employment Act (Local Law 37 of 2015)", "State employer credit-check laws (e.g. Cal. Lab. Code 1024.5)"],
)

currently_employed = bias_rule(
    code="D903", name="currently-employed-only", category="bias.record", severity="warning",
    summary="Excludes unemployed applicants.",
    message="'{match}' excludes unemployed applicants, which New Jersey, DC and NYC prohibit; remove it",
    patterns=[
        r"\b(?:must|should)\s+(?:be\s+)?currently\s+(?:be\s+)?(?:employed|working)\b"
        r"(?!\s+(?:by|with|at|for)\b|\s+in\s+(?:the|our)\s+(?:city|county|state|department|agency|company|organi[sz]ation|district|university))"
        r"|\bcurrently\s+employed\s+(?:candidates?|applicants?|individuals?|people)\s+(?:only|preferred)\b"
        r"|\bno\s+(?:unemployed|(?:candidates|applicants)\s+who\s+are\s+unemployed)\b|\bno\s+(?:employment\s+)?gaps?\s+(?:in\s+(?:employment|your\s+(?:cv|resume)))?\b"
        r"|\bunemployed\s+(?:candidates?\s+|applicants?\s+|people\s+)?(?:need\s+not\s+apply|will\s+not\s+be\s+considered|won't\s+be\s+considered)\b",
    ],
    skip=("eeo", "quoted"),
    # a gap year is a year out between school and university ("No gap years" in a graduate notice), not unemployment
    exceptions=[r"currently\s+employed\s+(?:by|with|at)\s+", r"\bno\s+gaps?\s+in\s+(?:coverage|service|care|the\s+schedule)",
                r"\bno\s+gap[\s-]years?\b"],
    what="'must be currently employed', 'currently employed candidates only', 'the unemployed need not apply', "
         "'no employment gaps'. Internal postings ('must be currently employed by the City') are not flagged.",
    why="New Jersey (2011) bars ads saying the unemployed will not be considered; DC (2012) and NYC (2013) protect "
        "unemployment status. Long-term unemployment falls hardest on older workers and caregivers.",
    bad=["Must be currently employed.", "Unemployed candidates will not be considered."],
    good=["Applicants must be currently employed by the City of Springfield (internal posting).",
          "We welcome applicants returning to work after a break."],
    fix="Remove it; judge applicants on skills and experience.",
    references=["N.J.S.A. 34:8B-1 (2011)", "D.C. Code 32-1362 (2012)", "NYC Local Law 37 of 2013 (unemployment status)"],
)

RULES = [criminal_record, credit, currently_employed]
