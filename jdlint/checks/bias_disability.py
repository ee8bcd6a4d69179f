"""bias.disability: health screens, physical and sensory requirements, driving licences,
refusals to accommodate (D402-D406). D401 able-bodied and D407 ableist idioms are word lists in
rules/disability.yaml.

Basis: ADA 42 U.S.C. 12111(8) (essential functions, with or without reasonable accommodation),
12112(b)(6) (screening qualification standards), 12112(d) (pre-offer medical inquiries),
12113(c) (uncorrected vision); 29 CFR 1630.2(n); Equality Act 2010 ss.20-21, 60 (GB).
"""
from __future__ import annotations

import re

from ..context import ACCOMMODATION, REFUSAL_BEFORE  # one home for accommodation language: jdlint/data/context.yaml
from .inclusive import Variant, bias_rule, window_has
from .. import regex_programs
from ..sentences import ITEM_GLUE_POINT


def _accommodation_stated(ctx, m) -> bool:
    return ctx.analysis.memo("accommodation-stated", lambda: _offers_accommodation(ctx.text))


def _offers_accommodation(text: str) -> bool:
    return any(not REFUSAL_BEFORE.search(text[max(0, a.start() - 30):a.start()])
               for a in ACCOMMODATION.finditer(text))


def _accommodation_or_duty(ctx, m) -> bool:
    """D403's basis: the posting offers accommodation, or the demand is told as a duty of the job, not as a test of
    the applicant ("the job requires standing for long periods": ``FileAnalysis.duty_described``)."""
    return _accommodation_stated(ctx, m) or ctx.analysis.duty_described(m.start) is not None


def _accommodation_in_sentence(ctx, m) -> bool:
    """The requirement's own sentence offers reasonable accommodation ("Must have good eyesight and
    hearing, with or without reasonable accommodation"): the employer already says it will adapt,
    so the finding is info at most (issue 14: a physical requirement next to an accommodation offer)."""
    return ctx.analysis.accommodation_offered_in_sentence(m.start) is not None


_SENSORY_BASIS = regex_programs.compile(
    # stems take their endings ("commercial driver", "pilots", "firefighter": a bare stem before \b never matched them)
    r"\b(?:cdl|commercial\s+driv\w*|dot\s+(?:physical|medical)|fmcsa|49\s+cfr|faa|medical\s+certificate|pilots?"
    r"|firefight\w*|fire\s+service|police|law\s+enforcement|required\s+by\s+(?:law|regulation))\b", re.I)


def _sensory_basis(ctx, m) -> bool:
    return window_has(ctx, _SENSORY_BASIS, m.start, m.end) or _accommodation_in_sentence(ctx, m)


#: (lead48) The task a health or sensory standard serves, told after it in its sentence ("Good eyesight required;
#: you will inspect welds under a magnifier", "Must be physically fit: the role involves climbing 30 m ladders").
#: The rules ask to name the task; a standard that names it is info, asking to confirm it is essential.
_TASK_AFTER = regex_programs.compile(
    r"(?:[:;\u2013\u2014]|\s-|\b(?:as|because|since))\s*(?:(?:as|because|since)\s+)?"
    r"(?:the\s+(?:job|role|work|post|position)\s+(?:involves?|requires?|includes?|means)|(?:duties|tasks)\s+include"
    r"|you(?:\s+will|'ll|\u2019ll)\s+(?:(?:need|have)\s+to\s+)?(?:be\s+)?(?:\w+ly\s+)?(?:lift|carry|climb|walk|stand|run|swim|dive"
    r"|inspect|read|check|spot|drive|operate|load|unload|handle|work\s+(?:at\s+heights?|outdoors|underground|offshore)"
    r"|on\s+your\s+feet|spend))\w*"
    r"|\bto\s+(?:inspect|read|check|spot|identify|distinguish|match|sort|grade|drive|operate|monitor)\s+(?:the\s+|our\s+|a\s+)?[\w-]+"
    # (nearmiss48) the work it is required for, named before the word "work" ("Good colour vision is required for
    # electrical wiring work", "needed for offshore rope-access work"); "required for this role" names no task
    r"|\b(?:required|needed|necessary|essential)\s+for\s+(?:all\s+|the\s+|our\s+)?(?!(?:this|the|that|any|all|office|shift)\s)[\w-]+\s+(?:[\w-]+\s+)?(?:work|tasks|duties)\b",
    re.I)


def _task_stated(ctx, m) -> bool:
    sent = ctx.sentence(m.start)
    if sent is None:
        return False
    return _TASK_AFTER.search(ctx.text, m.end, sent.end_char) is not None


def _health_basis(ctx, m) -> bool:
    return _sensory_basis(ctx, m) or _task_stated(ctx, m)


health_requirement = bias_rule(
    code="D402", name="health-requirement", category="bias.disability", severity="warning",
    summary="A general health or fitness requirement instead of the tasks.",
    message="'{match}' screens on health, not on the job's tasks; list the physical tasks instead",
    patterns=[
        r"\b(?:in\s+(?:good|excellent|perfect)\s+(?:health|physical\s+(?:condition|shape|health))|physically\s+fit"
        r"|fit\s+and\s+healthy|healthy\s+and\s+fit|(?:must|should)\s+(?:be\s+in|have|enjoy)\s+(?:good|excellent|perfect|sound)\s+(?:physical\s+|mental\s+)?health"
        r"|(?:good|excellent|perfect|sound)\s+(?:physical\s+|mental\s+)?health\s+(?:is\s+)?(?:required|essential|a\s+must|necessary|preferred)"
        r"|(?:healthy|able)\s+(?:individuals?|people|persons?|candidates?|applicants?)\s+(?:only|preferred|required|wanted)|must\s+be\s+healthy"
        r"|physically\s+(?:active|strong|robust)\s+(?:person|individual|candidate|applicant)"
        r"|(?:no|free\s+(?:of|from)\s+(?:any\s+)?)\s*(?:pre-?existing\s+)?(?:medical|health|physical|mental\s+health)\s+(?:conditions?|problems|issues|limitations|restrictions)"
        r"|no\s+(?:history\s+of\s+)?(?:mental\s+illness|back\s+(?:problems|injuries|issues)|disabilit(?:y|ies)|injuries)"
        r"|no\s+history\s+of\s+\w+(?:\s+\w+)?\s+(?:problems|issues|illness|injuries)"
        r"|mentally\s+(?:stable|sound|fit)|(?:sound|healthy)\s+(?:mind\s+and\s+body|body\s+and\s+mind))\b",
    ],
    skip=("eeo", "quoted"),
    # a regulated fitness standard (firefighters, police, pilots, DOT drivers), an accommodation offer in the sentence,
    # or the task it serves told after it (lead48)
    basis=_health_basis,
    basis_message="'{match}' is a health requirement stated with an offer of reasonable accommodation or a "
                  "regulated fitness standard; confirm it is an essential function and name the physical tasks",
    exceptions=[
        r"\b(?:good|excellent|mental|physical)\s+health\s+(?:insurance|benefits?|coverage|plans?|care|programs?|services|outcomes|"
        r"and\s+wellness|education|promotion|equity|records?|informatics|policy|sciences?|systems?|centers?|professionals?|clinic)",
        r"\b(?:support|promote|improve|maintain|protect)\w*\s+(?:\w+\s+){0,3}(?:good|excellent|sound)\s+(?:physical\s+|mental\s+)?health",
        r"\b(?:patients?|clients?|residents?|communit(?:y|ies)|members?|population|children|families|employees')\s+(?:\w+\s+){0,3}"
        r"(?:good|excellent|sound)\s+(?:physical\s+|mental\s+)?health",
    ],
    what="'physically fit', 'in good health', 'fit and healthy', 'no medical conditions', 'no history of back "
         "problems', 'mentally stable'. In a sentence that also offers reasonable accommodation, or that tells the task it "
         "serves ('Must be physically fit: the role involves climbing 30 m ladders'), it is info.",
    why="Health screens are disability-related qualification standards that must be job-related and consistent "
        "with business necessity (42 U.S.C. 12112(b)(6)), and medical inquiries before an offer are barred "
        "(12112(d)). The EHRC advises listing tasks instead of asking for a 'physically active person'.",
    bad=["Applicants must be physically fit and in good health.", "No history of back problems."],
    good=["The role involves moving boxes of up to 20 lb a few times a shift, with or without reasonable accommodation.",
          "We offer good health insurance and a wellness stipend."],
    fix="Name the physical tasks, how often they occur and that reasonable accommodation is available.",
    references=["ADA 42 U.S.C. 12112(b)(6), 12112(d)", "29 CFR 1630.2(n)", "Equality Act 2010 s.60 (GB)",
                "EHRC guidance on discriminatory adverts"],
)


physical_requirement = bias_rule(
    code="D403", name="physical-requirement", category="bias.disability", severity="warning",
    summary="A physical requirement stated without accommodation language.",
    message="'{match}' is a physical requirement with no accommodation language; keep it only if essential, "
            "describe the outcome, and add 'with or without reasonable accommodation'",
    patterns=[
        r"\b(?:must|should|need\s+to|needs\s+to|required\s+to|requires?\s+(?:the\s+)?ability\s+to|(?:the\s+)?ability\s+to|able\s+to)\s+"
        r"(?:be\s+able\s+to\s+)?(?:(?:frequently|regularly|occasionally|constantly|safely|physically)\s+)?"
        r"(?:stand|walk|sit|climb|kneel|bend|stoop|crawl|crouch|run|lift|carry|push|pull|squat|twist)\b"
        r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:stand|walk|sit|climb|kneel|bend|stoop|crawl|crouch|run|lift|carry|push|pull|squat|twist)\b)*"
        r"(?:\s+(?:(?:for|up\s+to)\s+)?(?:up\s+to\s+)?(?:\d{1,3}|long|extended|several)\s*(?:\+\s*)?(?:hours?|hrs?|minutes?|periods?|lbs?|pounds|kgs?|kilos?)\b)?"
        r"|\b(?:lift|lifting|carry|carrying|push|pushing|pull|pulling)\s+(?:and\s+(?:carry|move)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+|weighing\s+)?"
        # (a unit glued to the next item of a flattened list ends there too: "up to 55 poundsStanding for ...")
        r"(?:up\s+to\s+|at\s+least\s+|a\s+minimum\s+of\s+|over\s+|more\s+than\s+)?\d{1,3}\s*\+?\s*(?:lbs?|pounds|kgs?|kilos|kilograms)(?!(?-i:[a-z]))"
        r"|(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?:stand|standing|sitting|walking)\s+for\s+(?:long|extended|prolonged)\s+periods\b"
        r"|\b(?:stand|standing|sit|sitting|walk|walking)\s+(?:for\s+)?(?:up\s+to\s+)?\d{1,2}\s*\+?\s*(?:hours?|hrs?)\b"
        # (recall35) the demand as a noun phrase, an item of a requirements list with no verb: an amount or a
        # frequency before a physical activity ("Heavy lifting", "Significant walking", "Frequent bending and
        # stooping"), and "long periods of standing". Not "the heavy lifting" (the hard part of any work), nor the
        # activity as a modifier ("standing desk", "lifting equipment", "walking distance": the exceptions)
        r"|(?<!\bthe\s)(?<!\bdo\s)(?<!\bany\s)(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?:heavy|frequent|constant|continuous|continual|extensive|significant|considerable|"
        r"substantial|prolonged|repetitive|repeated|regular|occasional|daily|routine|strenuous|excessive|lots\s+of|a\s+lot\s+of)"
        r"\s+(?:lifting|standing|walking|bending|stooping|kneeling|climbing|carrying|crouching|squatting|crawling|twisting|"
        r"reaching|pushing|pulling)(?!(?-i:[a-z]))(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)(?:lifting|standing|walking|"
        r"bending|stooping|kneeling|climbing|carrying|crouching|squatting|crawling|twisting|reaching|pushing|pulling)\b)*"
        r"(?:\s+(?:of\s+)?(?:up\s+to\s+|over\s+|at\s+least\s+)?\d{1,3}\s*\+?\s*(?:lbs?|pounds|kgs?|kilos|kilograms)(?!(?-i:[a-z])))?"
        # ... the activity the head of its phrase: the item ends, or a circumstance follows ("walking between the wards",
        # "standing at the counter"), not a noun it modifies ("walking trails", "lifting equipment")
        r"(?=\s*(?:[,.;:!?)\n–—-]|$|(?-i:[A-Z])|(?:and|or|of|for|up|over|is|are|required|throughout|during|on|between|in|"
        r"around|while|at|with|within|across|from|to|under|as|when|each|every|daily|several|most|all|may|will)\b))"
        r"|\b(?:long|extended|prolonged)\s+periods\s+(?:of\s+time\s+)?(?:of\s+)?(?:standing|walking|sitting|kneeling|bending)\b",
    ],
    skip=("negated", "quoted"),
    exceptions=[
        r"\bwalk\w*\s+(?:\w+\s+){0,3}through\b", r"\bstand\s+(?:out|up\s+(?:for|to)|by|behind|firm)\b",
        r"\bsit\s+(?:in\s+on|on\s+(?:a|the)\s+(?:board|committee|panel)|with\s+(?:ambiguity|uncertainty|discomfort|"
        r"not\s+knowing|the\s+(?:problem|question|feedback|data)))\b", r"\brun\s+(?:a|the|our|your|meetings?|reports?|tests?|queries|analys|experiments?|projects?|programs?|workshops?|sessions?)\b",
        r"\bpush\s+(?:back|the\s+boundaries|for|code|changes|updates)\b", r"\bpull\s+(?:requests?|data|reports?|together)\b",
        r"\bcarry\s+(?:\w+\s+){0,2}(?:out|on|forward|through)\b", r"\blift\s+(?:up\s+)?(?:others|team|morale|people)\b",
        r"\bable\s+to\s+sit\s+(?:for\s+)?(?:the|an?)\s+(?:exam|test|certification)",
        # (recall35) the activity denied ("heavy lifting is never required") or a modifier of a thing, not something the
        # hire does
        r"\b(?:lifting|standing|walking|bending|stooping|kneeling|climbing|carrying|reaching|pushing|pulling)\s+(?:is|are|will\s+be)\s+"
        r"(?:never|not|rarely|seldom|no\s+longer)\b",
        r"\b(?:lifting|standing|walking|climbing|reaching|pushing|pulling|carrying)\s+(?:equipment|gear|machinery|aids?|devices?|"
        r"desks?|meetings?|orders?|committees?|tours?|distance|routes?|frames?|tables?|capacity|cases?|poles?|boots|shoes|wall|"
        r"breaks?|trails?|paths?|groups?|clubs?|challenges?|aids?|techniques?)\b",
    ],
    basis=_accommodation_or_duty,
    basis_message="'{match}' is a physical requirement stated with accommodation language or told as a duty "
                  "of the job; confirm it is an essential function of this role",
    what="Physical requirements ('must be able to stand for 8 hours', 'lift 50 lbs', 'ability to climb ladders'), "
         "and the same as a noun phrase in a requirements list ('Heavy lifting', 'Significant walking', 'Frequent "
         "bending and stooping', 'Long periods of standing'; not 'do the heavy lifting' nor 'standing desks'), "
         "in a posting that never says they can be met with reasonable accommodation. With accommodation "
         "language ('with or without reasonable accommodation'), or told as what the job involves ('the job "
         "requires standing for long periods', 'duties include lifting stock', 'lift 50 lb sacks of cement on site', "
         "'part of the daily routine'), the finding drops to info.",
    why="The ADA protects a qualified person who can perform the essential functions 'with or without "
        "reasonable accommodation' (42 U.S.C. 12111(8)); standards that screen out disabled people must be "
        "job-related (12112(b)(6)). Stating a method ('stand', 'walk') instead of the outcome, with no "
        "accommodation language, deters applicants who could do the job another way.",
    bad=["Must be able to stand for 8 hours and lift 50 lbs."],
    good=["Move stock between shelves and the loading bay.",
          "You will walk new clients through the onboarding process."],
    fix="Keep only essential functions, phrase them by outcome ('move about the warehouse', 'remain in a "
        "stationary position'), give how often, and add 'with or without reasonable accommodation'.",
    references=["ADA 42 U.S.C. 12111(8), 12112(b)(6)", "29 CFR 1630.2(n)", "ADA-compliant job description guidance (outcome verbs)"],
)


sensory_standard = bias_rule(
    code="D404", name="vision-hearing-standard", category="bias.disability", severity="warning",
    summary="A vision or hearing standard such as '20/20 vision'.",
    message="'{match}' is a sensory standard; keep it only if the job needs it and state the task instead",
    patterns=[
        r"\b(?:perfect|20\s*/\s*20|excellent|good|normal|uncorrected|corrected|full)\s+(?:vision|eyesight|hearing|colou?r\s+vision)\b"
        r"|\bno\s+colou?r[\s-]?blind(?:ness)?\b|\b(?:not|cannot\s+be)\s+colou?r[\s-]?blind\b"
        r"|\bmust\s+(?:be\s+able\s+to\s+)?(?:see|hear)\s+(?:well|clearly|without)\b",
    ],
    skip=("eeo", "negated", "quoted"),
    exceptions=[r"\b(?:good|excellent|full|clear)\s+vision\s+(?:for|of|and|to|that|statement|into)\b",
                r"\b(?:product|company|strategic|creative|design|technical|business)\s+vision\b",
                r"\b(?:vision|hearing)\s+(?:insurance|benefits?|coverage|plans?|care)\b",
                r"\bvision\s*(?:,|and|&)\s*(?:dental|medical|life)\b|\b(?:dental|medical|health)\s*(?:,|and|&)\s*vision\b"],
    basis=_health_basis,
    basis_message="'{match}' is a sensory standard stated with a regulatory basis or an offer of reasonable "
                  "accommodation; confirm it applies to this role",
    what="'perfect vision', '20/20 vision', 'good eyesight', 'normal hearing', 'no colour blindness'. With a "
         "regulatory basis (CDL, FAA, police), in a sentence that offers reasonable accommodation, or told with "
         "the task it serves ('Good eyesight required; you will inspect welds'), it is info.",
    why="Uncorrected-vision standards are allowed only if job-related and consistent with business necessity "
        "(42 U.S.C. 12113(c)); most roles have no such need.",
    bad=["20/20 vision required.", "Must have perfect hearing."],
    good=["Distinguish colour-coded wiring, with or without reasonable accommodation.",
          "Medical, dental and vision insurance."],
    fix="Remove it, or state the task ('read gauges at a distance of 3 m') and the regulation if one applies.",
    references=["ADA 42 U.S.C. 12113(c)", "ADA 42 U.S.C. 12112(b)(6)"],
)


#: Evidence that driving is part of the job itself.
DRIVING_DUTY = regex_programs.compile(
    r"\b(?:driv(?:e|es|ing)\s+(?:a\s+|the\s+|our\s+|company\s+|personal\s+|your\s+own\s+)?(?:[\w-]+\s+){0,2}?(?:vehicles?|cars?|trucks?|vans?|(?:mini)?bus(?:es)?|forklifts?|"
    r"coach(?:es)?|lorr(?:y|ies)|hgvs?|tractors?|taxis?|cabs?|ambulances?|tankers?|tippers?|utes?|pick-?ups?|"
    r"routes?|to\s+(?:client|customer|job|work|patient|student)s?|between|clients?|patients?|students?|residents?|passengers?)"
    r"|delivery\s+(?:drivers?|routes?|vehicles?|rounds?|runs?|roles?|jobs?|positions?|posts?|work|shifts?)|deliver(?:ing|ies|y)?\s+(?:to\s+customers|orders|products|goods|packages)"
    # (nearmiss49: "because job is delivery of furniture": the delivery of a thing, not of training or a service)
    r"|deliver(?:ing|y|ies)\s+of\s+(?:the\s+|our\s+|your\s+)?(?!(?:the|our|your|training|services?|projects?|programmes?|programs?|courses?|care|lessons|the\s+curriculum|results|strategy|strategies|change|solutions|outcomes|value|support|teaching|learning|high|quality|excellent|workshops?|sessions?|events?|advice)\b)[\w-]+"
    # (or the hire named "driver" as the subject of the demand: "Driver must have a clean driving licence", bias41 from
    # writer AI; a licence asked of a driver is the job's)
    r"|\bdrivers?\s+(?:must|should|shall|will\s+need|needs?\s+to|needed|wanted|required)\b"
    r"|driver\s+(?:position|role|job)|\bcdl\b|commercial\s+driv|fleet\s+vehicle|company\s+(?:car|vehicle|van|truck)"
    r"|(?:truck|bus|van|delivery|route|shuttle|courier|multi[\s-]drop|hgv|lgv|tipper|minibus)\s+drivers?|chauffeur|courier"
    # the role itself is on the road (bias8): deliveries, field or area sales covering a patch, visits to clients
    r"|deliveries|(?:field|area|regional|territory|external|mobile|van)\s+(?:sales|based|engineers?|technicians?|representatives?|reps?|workers?|managers?)"
    # a round on the road named as the job's ("The van route covers three counties", "a milk round"): a vehicle's or
    # a round's route is driven
    r"|(?:van|truck|lorry|bus|delivery|milk|paper|postal|mail|collection|driving)\s+(?:routes?|rounds?)"
    # the hire is asked to drive (session 35: "Must be willing & comfortable driving anywhere days & nights"): a
    # willingness or ability to drive stated as part of the job; "able to drive growth" drives no vehicle
    r"|\b(?:willing|comfortable|happy|prepared|able|expected|required|confident)\s+(?:to\s+)?(?:[\w&'-]+\s+){0,3}?"
    r"driv(?:e|ing)\b(?!\s+(?:\w+\s+)?(?:growth|change|results|sales|innovation|success|improvements?|engagement|revenue|value"
    r"|adoption|performance|outcomes|impact|strategy|efficienc\w*|transformation|excellence|decisions?|projects?|initiatives?))"
    r"|sales\s+(?:rep|reps|representatives?|executives?)\s+(?:covering|across|for\s+the|based\s+in\s+the\s+field)"
    # (nearmiss48: the hire's verb too, "you'll visit clients across Yorkshire"; and the employer's motor insurance as the
    # licence's condition, "no more than 6 points, a condition of our fleet insurance": the job drives its vehicles)
    r"|(?:fleet|our\s+(?:motor|vehicle|van|car)|company\s+(?:motor|vehicle|van|car))\s+insur(?:ance|ers?)"
    r"|(?:visiting|visits\s+to|call(?:ing)?\s+on|(?:you(?:'ll|\u2019ll|\s+will)?|to)\s+visit)\s+(?:(?:our|your)\s+)?(?:clients|customers|sites|stores|shops|schools|farms|properties|accounts|patients|members)"
    r"|travel(?:ling)?\s+(?:between|to|around)\s+(?:our\s+|client\s+|customer\s+)?(?:sites|clients|customers|stores|branches|farms|schools|properties|jobs|depots)"
    r"|transport(?:ing)?\s+(?:clients|patients|students|residents|passengers|goods|materials|equipment)"
    r"|travel\s+(?:to|between)\s+(?:client|customer|job|work|patient|school|store)\s*(?:sites|locations|homes|offices)"
    # (nearmiss49: the visits as a compound of the places or people visited, "school visits across Kent", "client visits
    # twice a week"; and a round or patch told by what it covers, "the round covers 12 rural villages")
    r"|(?:home|site|school|client|customer|store|farm|patient|field|sales|branch|property)\s+visits"
    r"|(?:the|your|our|a)\s+(?:round|patch|route|beat)\s+(?:covers|takes\s+in|spans|stretches)"
    r"|field\s+(?:service|work|technician|engineer|rep)|(?:sales\s+)?territory"
    r"|in-home|mileage\s+(?:reimbursement|allowance)|(?:local|regional)\s+travel\s+(?:is\s+)?required"
    r"|travel\s+(?:throughout|across)\s+(?:the\s+)?(?:region|county|state|territory|area)"
    # the job's travel told with words between (mend35, dev 0439, judged wrong at warning: "This position requires
    # traveling to work assignments throughout the county for which the employee must provide own adequate means
    # of transportation"): travel to the work's places, or over an area the job covers
    r"|travel(?:l?ing|s)?\s+to\s+(?:(?:work|job|client|customer|field|partner)\s+)?(?:assignments|sites|locations|job\s+sites|worksites)"
    r"|travel(?:l?ing|s)?\s+(?:[\w-]+\s+){1,4}?(?:throughout|across|around)\s+(?:the\s+)?(?:region|county|state|territory|area"
    r"|district|borough|patch))\b",
    re.I,
)


#: Before own or reliable transport, the frames that ask the hire for it ("must have", "with access to").
#: A modal or a word of requirement before the verb, or the verb opening an item ("Must have", "you will need", ", have
#: access to"): "staff with their own vehicle can claim mileage" and "parking for staff who bring their own car" ask nothing.
_TRANSPORT_ASKED_BEFORE = regex_programs.compile(
    r"(?:\b(?:must|should|shall|need\s+to|needs\s+to|required\s+to|expected\s+to|will\s+need(?:\s+to)?|you\s+(?:need|require|must)|"
    r"requires?|requirement\s+(?:of|for|is)|essential\s+to)\s+(?:(?:have|has|possess|own|hold|provide|bring|use)\s+)?"
    r"|(?:^|[-\u2022\u00b7*:;,]\s*)(?:have|has|possess(?:es)?|own)\s+)"
    r"(?:[\w-]+\s+)?(?:access\s+to\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.I)
#: What may stand beside a requirement that fills its list item: marks, "required", "a must".
_ITEM_RESIDUE = regex_programs.compile(
    r"^[\s\W\d]*(?:(?:is\s+)?(?:required|essential|a\s+must|necessary|mandatory|needed|preferred|desired|(?:a\s+)?plus)[\s\W]*)?$", re.I)


#: Own or reliable transport (``what``) asked with no verb of requiring, read by ``_transport_asked``: its two frames.
_BARE_TRANSPORT = (r"(?:\b|(?<=(?-i:[a-z]))(?=(?-i:[A-Z])))(?:(?:reliable|dependable|own|personal|private|your\s+own)\s+"
                   r"(?:and\s+(?:reliable|insured)\s+)?(?:means\s+of\s+)?{what}{access})(?!(?-i:[a-z]))(?:\s+(?:to\s+and\s+from|to|for)\s+"
                   r"(?:work|the\s+office|(?:job|work|client)\s+sites?|the\s+(?:site|job|workplace)|shifts?|all\s+shifts)\b)?")
_TRANSPORT_MESSAGE = ("'{match}' asks for transport, not for driving; if the job does not drive, say how the workplace "
                      "or sites can be reached (public transport, shift times), so people who cannot drive are not put off")


def _transport_asked(ctx, m) -> bool:
    """Own or reliable transport is asked of the hire: it fills its sentence or list item (a bare requirement,
    "Reliable Transportation"), or a verb of having stands before it ("must have reliable transport")."""
    sent = ctx.sentence(m.start)
    s0, s1 = (sent.start_char, sent.end_char) if sent is not None else (max(0, m.start - 80), m.end + 80)
    # a flattened list's items glued together ("preferredReliable TransportationCommitted to safety"): the item ends
    # at its glue points (searched in the whole text, whose letters either side of a glue point they read)
    # (within 200 characters either side: a posting that is one long sentence stays linear)
    lo, hi = max(s0, m.start - 200), min(s1, m.end + 200)
    before, after = ctx.text[lo:m.start], ctx.text[m.end:hi]
    glue = [g.start() for g in ITEM_GLUE_POINT.finditer(ctx.text, lo, min(hi, m.start + 2)) if g.start() <= m.start]
    if glue:
        before = ctx.text[glue[-1]:m.start]
    end = ITEM_GLUE_POINT.search(ctx.text, m.end, hi)
    if end is not None:
        after = ctx.text[m.end:end.start()]
    if _TRANSPORT_ASKED_BEFORE.search(before.strip(" \t")[-60:] + " "):
        return True
    return bool(_ITEM_RESIDUE.match(before.strip(" \t\u2022\u00b7*-:")) and _ITEM_RESIDUE.match(after))


def _driving_is_a_duty(ctx, m) -> bool:
    sent = ctx.sentence(m.start)
    s0, s1 = (sent.start_char, sent.end_char) if sent is not None else (m.start, m.end)
    # Outside the licence sentence: the posting's duty mentions are found once per file (searching
    # the rest of the text again at every match made a long posting's cost grow with its square).
    spans = ctx.analysis.memo("driving-duty-spans", lambda: [x.span() for x in DRIVING_DUTY.finditer(ctx.text)])
    if spans and (spans[0][1] <= s0 or spans[-1][0] >= s1):
        return True
    # the licence sentence itself says the job drives: "valid licence to drive the company van"
    return ctx.analysis.memo(("driving-duty-in-sentence", s0, s1, m.text),
                             lambda: bool(DRIVING_DUTY.search(ctx.text[s0:s1].replace(m.text, " "))))


driving_licence = bias_rule(
    code="D405", name="driving-licence", category="bias.disability", severity="warning",
    summary="A driving licence or own car required when driving is not part of the job.",
    message="'{match}' screens out people who cannot drive (e.g. because of epilepsy or sight); require it "
            "only if driving is essential, or say how travel can be done",
    patterns=[
        r"\b(?:(?:valid|clean|full|current|unrestricted)\s+)*(?:(?:u\.?s\.?|state|uk|eu|ontario)\s+)?(?:driver'?s?|drivers'|driving)\s+licen[cs]es?\b"
        r"(?:\s+(?:is\s+|are\s+)?(?:required|essential|a\s+must|necessary|mandatory))?"
        r"|\b(?:own|reliable|personal|access\s+to\s+(?:a|your\s+own))\s+(?:car|vehicle|automobile)\s+"
        r"(?:is\s+)?(?:required|essential|a\s+must|necessary|mandatory)\b"
        r"|\bmust\s+(?:have|own|possess)\s+(?:a\s+|your\s+own\s+|an?\s+reliable\s+|reliable\s+|own\s+)?(?:car|vehicle|automobile)\b",
        # (recall35) own or reliable transport as a requirement with no verb: a list item of its own ("Reliable
        # Transportation", "Own car", "Reliable transport to and from work"), or what the hire must have ("have
        # reliable transportation", "with access to a reliable vehicle"). ``_transport_asked`` keeps only those
        # two frames: "we provide reliable transportation for residents" is a service, not a requirement
        # (keys 1 and 3: a car or vehicle, a warning; transport, info)
        _BARE_TRANSPORT.format(what=r"(?:(?:auto|car|motor)\s+)?(?:vehicle|car|automobile)", access=r"|access\s+to\s+(?:a\s+)?(?:reliable\s+)?"
                               r"(?:car|vehicle|automobile)"),
        # (bias36, D405) transport asked for is not a car asked for: "Reliable transportation" or "own transport is
        # essential" is met by a bus, a lift or a bike, so it screens out no one who cannot drive unless the job
        # drives. Session 35's judges called the warning on a bare "Reliable Transportation" heavy (dev 0153) and
        # wrong beside a driving duty (dev 0171, 0245): info, which still asks to say how the job is reached. A
        # licence or a car stays a warning
        Variant(r"\b(?:own|reliable|personal)\s+(?:(?:auto|car|motor)\s+)?transport(?:ation)?\s+"
                r"(?:is\s+)?(?:required|essential|a\s+must|necessary|mandatory)\b", severity="info", message=_TRANSPORT_MESSAGE),
        Variant(_BARE_TRANSPORT.format(what=r"(?:(?:auto|car|motor)\s+)?(?:transportation|transport)", access=""),
                severity="info", message=_TRANSPORT_MESSAGE),
    ],
    skip=("eeo", "negated", "quoted"),
    keep=lambda ctx, m: m.key not in (1, 3) or _transport_asked(ctx, m),
    exceptions=[r"licen[cs]e\s+or\s+(?:a\s+)?(?:state|government|photo|other)[\s-]+(?:issued\s+)?(?:id|identification|photo)",
                r"\b(?:such\s+as|e\.g\.|like)\s+(?:a\s+)?(?:valid\s+)?driver'?s\s+licen[cs]e",
                # (nearmiss49: every spelling of the licence, "Photo ID (passport or driving licence) is needed for your
                # right-to-work check"; the licence as one proof of identity, not a demand to drive)
                r"(?:passport|photo\s+id|identification|i-9|identity)[^.]{0,60}(?:driver'?s|driving)\s+licen[cs]e",
                r"(?:driver'?s|driving)\s+licen[cs]e[^.]{0,40}(?:passport|for\s+identification|as\s+(?:proof\s+of\s+)?id"
                r"|(?:proof|evidence)\s+of\s+(?:identity|address|id)|right[\s-]to[\s-]work\s+checks?|id\s+checks?)",
                # a licence the posting already makes conditional on driving (lead9): "If driving is required
                # for the role, a valid driver's license ...", "... only for positions that drive to client
                # sites", "Valid driver's license (if the role requires travel between branches)", "For roles
                # that include deliveries, candidates must hold ...", "Should the job require use of a pool car"
                r"\b(?:if|where|when|whenever|should|for\s+(?:roles|positions|jobs|posts)\s+(?:that|which))\s[^.;!?]{0,80}?"
                r"\b(?:driv(?!er['\u2019]?s?\s+licen|ers['\u2019]\s+licen|ing\s+licen)\w*|deliver\w*|vehicles?|pool\s+cars?|company\s+cars?"
                r"|vans?|travel\w*)\b[^.;!?]{0,80}?(?:licen[cs]es?|(?:own|reliable|personal)\s+(?:car|vehicle|transport(?:ation)?)\b)",
                r"(?:licen[cs]es?|(?:own|reliable|personal)\s+(?:car|vehicle|transport(?:ation)?)\b)[^.;!?]{0,60}?\b(?:if|where|when|only\s+for|for\s+"
                r"(?:roles|positions|jobs|posts))\s[^.;!?]{0,60}?\b(?:driv\w*|deliver\w*|vehicles?|pool\s+cars?|travel\w*)",
                # "needed only if you choose to work in our mobile clinic": a condition whatever it names
                r"licen[cs]es?[^.;!?]{0,40}?\bonly\s+(?:if|when|where)\b",
                # a licence the ad says is not required ("A driving licence would be helpful but is not essential",
                # writer P 9519; "... is optional"): it screens nobody out. Not "not negotiable", "essential, not
                # optional"
                r"licen[cs]es?\b[^.;!?]{0,50}?(?:\bnot|n['\u2019]t)\s+(?:essential|required|necessary|needed|mandatory"
                r"|compulsory|a\s+must|a\s+requirement)\b",
                r"licen[cs]es?\b[^.;!?]{0,20}?(?<!\bnot\s)\boptional\b",
                # (nearmiss49) the licence the people taught are working towards ("You'll teach learners who are working
                # towards their full driving licence", "help pupils pass their driving test"): theirs, not the hire's
                # (the people taught named: "Candidates should be working towards their licence" still asks it of them)
                r"\b(?:learners?|pupils?|students?|trainees?|clients?|young\s+people|new\s+drivers)\b[^.;!?]{0,50}?"
                r"\b(?:towards?|for|pass(?:ing)?|gain(?:ing)?|get(?:ting)?)\s+their\s+(?:full\s+|first\s+|provisional\s+)?(?:driv(?:ing|er'?s)\s+)(?:licen[cs]es?|tests?)\b",
                # (recall35) own transport with another way named beside it ("own reliable transport or be able to
                # reach the site by bus", "a car or good public transport links")
                r"\b(?:transport(?:ation)?|car|vehicle)\s+or\s+(?:be\s+able\s+to\s+)?(?:reach|get\s+to|travel|commute|access|use|"
                r"take|rely\s+on|(?:good\s+|reliable\s+)?public\s+transport)"],
    basis=_driving_is_a_duty,
    basis_message="'{match}': driving appears to be part of this role; confirm it is essential and say so "
                  "('you will drive between client sites')",
    what="'valid driver's licence required', 'clean driving licence', 'own car essential', 'must have a reliable "
         "vehicle', or 'Own car' as a list item of its own, in a posting whose duties do not involve driving. Transport "
         "asked for ('must have reliable transportation', 'Reliable transportation' as a list item, 'own transport "
         "essential') is info: a bus or a lift meets it, so it screens out people who cannot drive only if the job "
         "drives (not transport the employer provides: 'we provide reliable transportation for residents'). When the posting describes "
         "driving duties (routes, deliveries, site visits, a company vehicle, travel to work assignments throughout the "
         "county) the finding drops to info. A licence "
         "the posting already makes conditional on driving ('if driving is required for the role', 'only for "
         "positions that drive') is not reported, nor is one the posting says is not required ('would be helpful but is "
         "not essential', 'optional').",
    why="A licence requirement screens out people who cannot drive because of a disability such as epilepsy "
        "or a sight condition; it is a qualification standard that must be job-related (42 U.S.C. "
        "12112(b)(6)). The EHRC says requirements such as a driving licence must be justified.",
    bad=["A valid driver's license is required.", "Own car essential."],
    good=["Regular travel to client sites; we will discuss transport options.",
          "Bring a passport or a driver's license as proof of identity."],
    fix="Drop it if the job does not drive, or say 'regular travel to client sites (we'll discuss transport "
        "options)'. If driving is essential, say what is driven and why.",
    references=["ADA 42 U.S.C. 12112(b)(6)", "EHRC guidance on discriminatory adverts", "Equality Act 2010 s.19 (GB)"],
)


refusal_to_accommodate = bias_rule(
    code="D406", name="refusal-to-accommodate", category="bias.disability", severity="warning",
    summary="States that accommodations are not available.",
    message="'{match}' conflicts with the duty to consider reasonable accommodation; remove it and add an "
            "accommodation statement",
    patterns=[
        r"(?<!with\sor\s)\b(?:no|cannot\s+(?:provide|offer|make)|can't\s+(?:provide|offer|make)|unable\s+to\s+(?:provide|offer|make)"
        r"|will\s+not\s+(?:provide|offer|make)|won't\s+(?:provide|offer|make)|do(?:es)?\s+not\s+(?:provide|offer|make))\s+"
        r"(?:any\s+)?(?:reasonable\s+)?(?:accommodations?|adjustments)\s*(?:(?:are|is|will\s+be|can\s+be)\s+)?(?:available|made|possible|provided)?"
        r"|\bnot\s+suitable\s+for\s+(?:wheelchair\s+users|(?:the\s+)?disabled(?:\s+(?:people|persons|applicants))?|people\s+with\s+disabilities)\b",
    ],
    skip=("quoted",),
    exceptions=[r"(?:relocation|housing|lodging|travel|hotel|meals?|living)\s+(?:\w+\s+){0,3}accommodation",
                r"accommodation\s+(?:is\s+|will\s+be\s+)?(?:provided|included)\s+(?:on[\s-]site|for)|accommodation\s+(?:allowance|costs?|expenses)",
                r"no\s+accommodation\s+(?:or|and)\s+(?:travel|relocation|meals)"],
    what="'No accommodations available', 'we cannot make adjustments', 'not suitable for wheelchair users'.",
    why="Employers must consider reasonable accommodation (ADA 42 U.S.C. 12112(b)(5)) / reasonable "
        "adjustments (Equality Act 2010 ss.20-21); the EHRC recommends 'we welcome applications from disabled "
        "people and will make reasonable adjustments'.",
    bad=["No accommodations are available for this role.", "Not suitable for wheelchair users."],
    good=["We provide reasonable accommodations; contact us to request one.",
          "No relocation or accommodation is provided for this contract."],
    fix="Delete it and say how to request an accommodation at any stage.",
    references=["ADA 42 U.S.C. 12112(b)(5)", "Equality Act 2010 ss.20-21 (GB)", "EHRC guidance on discriminatory adverts"],
)


RULES = [health_requirement, physical_requirement, sensory_standard, driving_licence, refusal_to_accommodate]
