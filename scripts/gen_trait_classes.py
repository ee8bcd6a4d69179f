#!/usr/bin/env python3
"""Write jdlint/data/trait_classes.yaml: open word classes that fill the trait slots of the frame rules
(``{class:NAME}`` in a rule's terms, see jdlint/frames.py), derived offline from a principle instead of
listed by hand one sentence at a time.

    .venv/bin/python scripts/gen_trait_classes.py           # rewrite jdlint/data/trait_classes.yaml
    .venv/bin/python scripts/gen_trait_classes.py --check   # exit 1 if it is out of date

Sources: spacy-lookups-data's en_lexeme_cluster (Brown clusters over 1M words: words of one cluster are
distributionally alike) and en_lexeme_prob (log frequency), read here only, never at run time.

- demonym: capitalised words with a demonym ending (-an, -ian, -ese, -ish, -i, -ic, ...) in every cluster
  that holds two or more of the seed demonyms below (the nationality clusters), frequent enough to be real
  words; then hand-pruned (REJECT: other words of those clusters, and faiths, which go to ``faith``).
  Demonyms too rare to share a nationality cluster (cluster 0: "Moldovan", "Montenegrin", "Tajik") are derived from the
  country names of the ISO 3166 table that ships with tzdata (iso3166.tab) by the regular derivations (-a + n,
  final vowel -> -an/-ian/-ese/-in, + -ian/-ese/-i, -us/-os -> -ian, -istan dropped), kept when the lexicon has the
  word, frequent enough, in demonym shape, and not rejected by hand (REJECT_COUNTRY_FORM: other words, names,
  currencies and misspellings the derivations also reach).
  ``demonym-plural`` adds the plural people noun ("Kenyans", "Omanis"; not for -ese, -ish, -ch: "the Dutch").
- faith: the denominations and traditions those same clusters hold (reviewed by hand from the candidates)
  plus reviewed seeds the clusters miss (cluster ids of ``Shia`` and the like are shared with unrelated words).
- condition: health conditions by medical suffix (-itis, -osis, -aemia, -pathy, -algia, -plegia, -phobia,
  -lexia, -praxia, -phrenia, -oma, ...) over the frequent lower-case vocabulary, hand-pruned (REJECT: empathy,
  diagnosis, diploma, aroma, Oklahoma, ...), plus reviewed common conditions no suffix marks (asthma, eczema).
  ``condition-person`` (session 51) adds the person or adjective form of each condition by the regular
  derivations (-ia -> -ic: dyslexic, anorexic, claustrophobic; -sy -> -tic: epileptic; -es -> -ic: diabetic; -ma ->
  -matic: asthmatic; -itis -> -itic: arthritic; -osis -> -otic: psychotic), kept when the lexicon has the word and it
  is frequent enough, with its plural ("no diabetics or epileptics", "asthmatics need not apply": a training writer's
  case the condition names alone missed); REJECT_CONDITION_PERSON drops forms used mostly in another sense.
- kin-role: family-role nouns for a person by kinship morphology (grand-, step-, -mother, -father, widow...)
  over the person-noun vocabulary, hand-pruned to the roles an ad uses to picture the hire's life stage or
  household ("would suit a grandmother", "a housewife looking for a few hours"); not siblings or in-laws.
- body: body-shape, build and hair words, reviewed by hand among the members of the adjective clusters of
  "fat", "skinny", "stocky", "burly" and "plump" (which mix them with every other trait of people), plus a few the clusters miss.
- worker-plural: plural people nouns of agentive shape (-ers, -ors, -ists, -ians, -men) in the people subtree of the
  Brown hierarchy (cluster paths ending in the bits 101101, under which "workers", "drivers", "nurses", "scientists",
  "owners" and "customers" all lie, while "computers", "printers", "floors" and "burgers" lie elsewhere), frequent
  enough to be real words; then hand-pruned (REJECT_WORKER: who the work serves or deals with, work bound to a
  language or cuisine, relatives, life stages and other traits, and things that share the subtree), plus reviewed
  worker plurals the subtree misses (cleaners: dry cleaners are shops). The origin rule reads it after a demonym:
  "Turkish barbers", "Ghanaian security guards".
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "jdlint" / "data" / "trait_classes.yaml"

SEED_DEMONYMS = ("British French Spanish Indian Irish Greek Italian Mexican Nigerian Kenyan Ugandan Ghanaian Polish "
                 "Romanian Filipino Pakistani Somali Sudanese Vietnamese Kurdish Bolivian Peruvian Russian Ukrainian "
                 "Chinese Japanese Korean Turkish Iranian Iraqi Syrian Lebanese Egyptian Moroccan Algerian Ethiopian "
                 "Eritrean Zimbabwean Tanzanian Albanian Jamaican").split()
#: Reviewed demonyms too rare in the clustered text to have a cluster (id 0); added as they are.
UNCLUSTERED_DEMONYMS = ("Congolese Nepali Nepalese Senegalese Cameroonian Rwandan Malawian Gambian Bangladeshi "
                        "Emirati Qatari Saudi Yemeni Bengali Tamil Malayali Punjabi Gujarati Kazakh "
                        # irregular derivations the country names do not reach (reviewed, session 30)
                        "Slovak Serb Croat Kosovar Macedonian Cypriot Laotian Malagasy Togolese Beninese Gabonese "
                        "Burkinabe Ivorian Trinidadian Timorese Filipina").split()
DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ese|ish|i|ic|ch|ss|ai|ek)$")
#: Forms the country-name derivations reach that are no demonym in use (other words, names, currencies, misspellings,
#: a country's own name), reviewed by hand.
REJECT_COUNTRY_FORM = set("""
Afghani Alban Alger Antarctican Armen Austral Canadaian Chili Congi Cyprian Dominici Eston Georg Germani Ghani Ghanan
Ind Israelian Jerseyan Jerseyian Jordanien Kenyi Liber Malays Malin Malan Maltin Namib Niger Paki Pak Perin Peri Perian
Perun Perish Romanii Roman Russ Samoin Spainish Syr Togi Tunis Ukrainan Ukrainean Paraguai Uruguai Argentinan
Palestinean Palestinan Tajiki Uzbeki Moldovian Luxembourgian Yemenese Ecuadoran Botswanan
""".split())
#: Words of the nationality clusters that are not demonyms (or name a faith: see FAITH_FROM_CLUSTERS), by hand.
REJECT_DEMONYM = set("""
Islamic Ottoman Anglican Babylonian Athenian Rhodesian Cystic Atheistic Nomadic Tragic Hellenic Washingtonian Acadian
Landless Victorian Trojan Romantic Mayan Faceless Demonic Yiddish Obese Nameless Venetian Amazonian Heartless Godless
Toothless Narcissistic Headless Fiendish Diabetic Mariachi Elizabethan Faithless Pierrot Prehistoric Selfless Szechuan
Jeffersonian Fendi Spastic Acrobatic Meatless Formless Anarchic Greenish Hedonistic Huguenot Technocratic Wagnerian
Fatherless Longish Cartoonish Autocratic Polyglot Monochromatic Rakish Jacobean Hapless Lilliputian Rattan Despotic
Operatic Rootless Bookish Chivalric Nonpartisan Oxymoronic Cherubic Motherless Christian Republican Democratic Olympic
Libertarian Bohemian Mardi Napoleonic Authentic Partisan Bypass Bipartisan Ascot Waitangi Bialetti Agri Diocesan
Democractic Goodwrench Guarneri Maginot Stateless Hubei Vatican Arctic Homeless Antarctic Politician Forensic Restless
Gobi Kalahari Cagliari Uffizi Neapolitan Prussian Jewish Catholic Lutheran Episcopalian Hasidic Sephardic Sunni Amish
Ismaili Hopi Siamese Tuscan Gallic Akali Manchurian Tasmanian Indochinese Czechoslovakian Silesian Bavarian Elizabethan
Argentinean Javanese Autistic Netherlandish Transylvanian Viennese Turkic Anatolian Iban Pathan Nubian Venetian Tahitian Polynesian Melanesian Sicilian
""".split())
#: Faiths and traditions found among the candidates of the nationality clusters (reviewed by hand) ...
FAITH_FROM_CLUSTERS = "Anglican Lutheran Episcopalian Hasidic Sephardic Sunni Amish Ismaili Huguenot".split()
#: ... and reviewed seeds they miss (jdlint's religion rule lists the large faiths itself).
#: (not "Orthodox" or "Evangelical": "an orthodox approach", "evangelical about testing")
#: (session 40: the plain-church traditions a farm or household ad names, "someone from a good Mennonite family")
FAITH_SEEDS = ("Shia Shiite Coptic Zoroastrian Bahai Adventist Haredi Unitarian Calvinist Wiccan Druze Salafi"
               " Mennonite Hutterite Moravian Congregationalist").split()

CONDITION_SHAPE = re.compile(r"^[a-z]+(?:itis|osis|aemia|emia|pathy|algia|plegia|phobia|lexia|praxia|phrenia|mentia|"
                             r"orexia|ulimia|sclerosis|oma)$")
#: Suffix matches that are no health condition of a person (or are prejudice, or slang), by hand.
REJECT_CONDITION = set("""
sympathy empathy nostalgia diagnosis coma homophobia academia apathy diploma aroma hypertrophy homeopathy xenophobia
hypnosis transphobia telepathy osmosis prognosis atrophy phimosis chroma oneitis oklahoma metamorphosis soma roma
skooma artosis symbiosis toma antipathy mitosis islamophobia idioma apoptosis solosis tacoma gnosis stoma meiosis
boneitis acidosis apotheosis broma tastosis biphobia fuckarounditis bohemia moma senioritis naturopathy homoeopathy
froma trichinosis doma catastrophy sequelitis heterophobia cortosis hydrophobia fatphobia necrosis ketosis dosis
narcosis teratoma sociopathy psychopathy trypophobia fluorosis ischemia hyponatremia toxoplasmosis lordosis kyphosis
vaginosis hematoma keratosis misdiagnosis
""".split())
#: Common conditions no suffix marks (reviewed).
CONDITION_SEEDS = ("asthma eczema migraine migraines diabetes epilepsy cancer lupus allergies obesity insomnia "
                   "incontinence tinnitus vertigo hepatitis").split()

#: The regular derivations of a condition's person or adjective form (``condition-person``): (ending, replacement).
CONDITION_PERSON_DERIVATIONS = (("ia", "ic"), ("sy", "tic"), ("es", "ic"), ("ma", "matic"), ("itis", "itic"),
                                ("osis", "otic"))
#: Derived forms that are mostly another sense in ads (a style, an attitude, an organisation), by hand.
REJECT_CONDITION_PERSON = set("""
sclerotic hypnotic osmotic symbiotic neurotic narcotic chromatic dramatic aromatic
""".split())

KIN_SHAPE = re.compile(r"^(?:grand|step|great-grand)?(?:mother|father|parent|ma|pa|mum|mom|dad|nan|nana|gran|granny|"
                       r"grandma|grandpa|grandad|granddad|wife|husband|widow|widower|housewife|househusband|newlywed)s?$")
#: Kinship-shaped words that do not picture the hire's household (relatives of others, clipped forms), by hand.
REJECT_KIN = set("pa pas ma mas mother father mothers fathers parent parents mum mom dad mums moms dads wife wives "
                 "husband husbands wifes nan stepbrother".split())
#: Reviewed roles the vocabulary holds in other spellings.
KIN_SEEDS = "housewives grandmas grandpas grandads grannies widowers newlyweds househusbands nans".split()

#: The adjective clusters that hold "fat", "skinny", "stocky", "burly", "plump" (Brown clusters of people's traits) ...
BODY_SEEDS = ("fat", "skinny", "stocky", "burly", "plump")
#: ... and the body-shape, build and hair words among their members, reviewed by hand (the clusters mix them with
#: every other trait: "poor", "gay", "talented", "sandy"); plus reviewed ones the clusters miss.
BODY_ACCEPT = set("""
fat tall skinny overweight obese bald hairy chubby muscular petite chunky slender balding scrawny fleshy bony stocky
tubby pudgy emaciated voluptuous lanky beefy burly diminutive stumpy redheaded plump flabby homely stout buxom brawny
wiry leggy heavyset portly blond blonde bearded
""".split())
BODY_EXTRA = "busty curvy shapely svelte gangly brunette".split()

#: Agentive plurals; the people subtree of the Brown hierarchy: cluster ids are bit paths read from the low bit, so a
#: path ending in these bits lies under one node (workers, drivers, scientists, owners, customers, tourists...).
WORKER_SHAPE = re.compile(r"^[a-z]{3,}(?:ers|ors|ists|ians|men)$")
PEOPLE_SUBTREE_BITS, PEOPLE_SUBTREE_DEPTH = 0b101101, 6
#: Words of the subtree that are no hired worker, by hand: who the work serves or deals with (customers, suppliers),
#: work bound to a language or cuisine (teachers, translators, writers), relatives, life stages and other traits
#: (read by their own rules), demonyms (their own class) and things that share the subtree (rivers, trailers).
REJECT_WORKER = set("""
abductors abusers accusers achievers admirers adulterers adventurers advertisers ancestors anglers apologists arsonists
attackers australians austrians automakers backbenchers backers backpackers baptists batters believers belgians
benefactors betters bettors bloopers boaters bondholders boomers boosters bootleggers borrowers brazilians brothers
buddhists businessmen bystanders cadavers callers campers capitalists caucasians censors centrists challengers chambers
characters chargers chasers christians churchgoers civilians clergymen colonialists colonists commuters competitors
complainers congressmen conquerors conservationists consumers contenders contrarians contributors coolers corporatists
counterfeiters courtiers creationists creditors critters crusaders cultists customers daughters dealers debaters
debtors defectors defenders demonstrators depositors deserters detectors detonators detractors dictators dieters
diners dissenters doomsayers doubters dreamers drifters drinkers dusters dwellers eaters egyptians elders electors
elevators elitists emperors employers enforcers environmentalists erasers evolutionists exporters extremists fascists
fathers feminists fevers fiddlers filibusters fingers followers forefathers foreigners freshmen fundamentalists funders
futurists gamblers gangsters gatherers gators gentlemen glaciers golfers gophers grandfathers grandmothers growers
gunmen gunslingers hamsters hangovers hardliners haters hecklers henchmen hijackers historians hobbyists holders
homeowners humanists icebreakers idealists imitators impersonators importers indians individualists industrialists
infielders infiltrators insiders interpreters invaders investors iranians islanders issuers italians jobbers joggers
juniors kidnappers kissers lakers landowners lawbreakers lawmakers laymen leaders leakers leftists legislators lenders
lesbians linebackers linguists listeners lobsters loners looters lovers loyalists madmen mailers mainlanders
manufacturers marauders marchers martians marxists materialists mayors medalists minimalists minors misdemeanors
mobsters monsters moralists mothers motorists mourners moviegoers murderers narcissists nationalists naysayers
neighbors newcomers newspapers niners noblemen nonbelievers nonsmokers northerners norwegians novelists objectors
observers occupiers offenders olympians onlookers oppressors optimists owners pacifists painkillers panhandlers
parishioners parliamentarians partners passengers pedestrians pensioners perfectionists persians peruvians pessimists
petitioners philanthropists pioneers plotters plungers poachers policymakers politicians pollsters populists
pragmatists predecessors preschoolers prisoners processors producers profiteers protagonists protesters protestors
pursuers pushers racers racists raiders raptors rapists readers realists reformers reformists renters repeaters
resellers reservists retailers revisionists revolvers rioters rivers robbers rockers romanians rooters roosters
ruffians rulers sadists samplers savers scalpers scammers screenwriters secessionists seekers senators seniors
separatists settlers shakers shareholders shooters shoplifters shoppers showers siders sinners sisters skaters skiers
skimmers slithers smashers smokers smugglers sniffers snipers socialists southerners speakers spectators speculators
spenders spiders sponsors sportsmen statesmen statists steppers stockholders stragglers strangers stretchers strikers
strongmen successors suckers sufferers superchargers superiors supermen superpowers supers suppliers supporters
supremacists survivalists suspenders swindlers swingers switchers sympathizers syrians taxpayers teachers teenagers
televangelists terriers terrorists theologians tigers timers toddlers torturers tourists traditionalists traffickers
trailers traitors transducers translators travelers tribesmen tutors unbelievers unionists vacationers vegetarians
victors viewers villagers visitors voters warriors watchers whiners wholesalers winters worshipers worshippers writers
youngsters lyricists novelists authors satirists columnists
others outsiders beginners overachievers finalists communists anarchists agitators propagandists purists sabers
sweeteners dampers choppers flippers carriers donors jurors collectors regulators commissioners governors makers
insurers distributors vendors publishers shippers traders brokers coworkers founders creators proprietors pastors
soliders players cricketers bowlers pitchers catchers sprinters swimmers surfers snowboarders wrestlers boxers climbers
fencers rowers filmmakers composers comedians cartoonists rappers singers musicians dancers pianists violinists tenors
guitarists drummers soloists instrumentalists jugglers magicians entertainers militiamen infantrymen paratroopers
peacekeepers gunners tankers guardsmen troopers flyers bikers motorcyclists squatters hustlers scavengers peddlers
""".split())
#: (performers are cast, where an origin may be the part itself: left to the reviewer, not this class)
#: Reviewed worker plurals outside the subtree or of no agentive shape (the origin rule lists guards, maids, cooks).
WORKER_SEEDS = "cleaners labourers caregivers housemaids".split()

MIN_LOG_PROB = {"demonym": -19.5, "condition": -17.5, "condition-person": -18.5, "kin-role": -16.5, "worker-plural": -17.0}


def country_names() -> list[str]:
    """The one-word country names of the ISO 3166 table tzdata ships ("Moldova"; "Samoa (western)" -> "Samoa")."""
    from importlib.resources import files

    try:
        text = (files("tzdata.zoneinfo") / "iso3166.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        text = Path("/usr/share/zoneinfo/iso3166.tab").read_text(encoding="utf-8")
    names = {re.sub(r"\s*\(.*\)", "", line.split("\t")[1]).strip()
             for line in text.splitlines() if line and not line.startswith("#")}
    return sorted(n for n in names if re.fullmatch(r"[A-Z][a-z]+", n))


def country_forms(name: str) -> set[str]:
    """The regular demonym derivations of a country's name ("Moldova" -> "Moldovan", "Montenegro" ->
    "Montenegrin", "Bhutan" -> "Bhutanese", "Tajikistan" -> "Tajik")."""
    forms = {name + suffix for suffix in ("n", "an", "ian", "ese", "i", "ish", "ien")}
    if name[-1] in "aeiouy":
        forms |= {name[:-1] + suffix for suffix in ("an", "ian", "ese", "i", "in", "ish")}
    if name.endswith(("us", "os")):
        forms.add(name[:-2] + "ian")
    if name.endswith("ius"):
        forms.add(name[:-3] + "ian")
    for ending in ("istan", "stan"):
        if name.endswith(ending):
            forms.add(name[:-len(ending)])
    forms.discard(name)
    return forms


def load_tables():
    from lookup_tables import english_table

    return english_table("lexeme_cluster"), english_table("lexeme_prob")


def derive(clusters: dict, probs: dict) -> dict[str, list[str]]:
    def frequent(word: str, kind: str) -> bool:
        return probs.get(word, -99.0) > MIN_LOG_PROB[kind]

    counts = Counter(clusters.get(s) for s in SEED_DEMONYMS if clusters.get(s))
    national = {c for c, n in counts.items() if n >= 2}
    from_countries = {form for name in country_names() for form in country_forms(name)
                      if form in probs and frequent(form, "demonym") and form not in REJECT_COUNTRY_FORM
                      and (DEMONYM_SHAPE.match(form) or form.endswith("in") or name.endswith("stan"))}
    demonyms = sorted({w for w, c in clusters.items() if c in national and DEMONYM_SHAPE.match(w)
                       and frequent(w, "demonym") and w not in REJECT_DEMONYM}
                      | from_countries | set(SEED_DEMONYMS) | set(UNCLUSTERED_DEMONYMS))
    plural = sorted(w + "s" for w in demonyms if w.endswith(("an", "i", "ek")))
    faith = sorted(set(FAITH_FROM_CLUSTERS) | set(FAITH_SEEDS))
    condition = sorted({w for w in clusters if CONDITION_SHAPE.match(w) and frequent(w, "condition")
                        and w not in REJECT_CONDITION} | set(CONDITION_SEEDS))
    persons = {word[:-len(end)] + form for word in condition for end, form in CONDITION_PERSON_DERIVATIONS
               if word.endswith(end)}
    condition_person = sorted(w for w in persons if w in probs and frequent(w, "condition-person")
                              and w not in REJECT_CONDITION_PERSON)
    condition_person = sorted(set(condition_person) | {w + "s" for w in condition_person})
    kin = sorted({w for w in clusters if KIN_SHAPE.match(w) and frequent(w, "kin-role") and w not in REJECT_KIN}
                 | set(KIN_SEEDS))
    trait_clusters = {clusters[w] for w in BODY_SEEDS}
    body = sorted({w for w, c in clusters.items() if c in trait_clusters and w in BODY_ACCEPT} | set(BODY_EXTRA))
    mask = (1 << PEOPLE_SUBTREE_DEPTH) - 1
    workers = sorted({w for w, c in clusters.items() if c and c & mask == PEOPLE_SUBTREE_BITS and WORKER_SHAPE.match(w)
                      and frequent(w, "worker-plural") and w not in REJECT_WORKER} | set(WORKER_SEEDS))
    return {"demonym": demonyms, "demonym-plural": plural, "faith": faith, "condition": condition,
            "condition-person": condition_person, "kin-role": kin, "body": body,
            "worker-plural": workers}


def render(classes: dict[str, list[str]]) -> str:
    out = ["# Generated by scripts/gen_trait_classes.py (read its docstring for how each class is derived from the",
           "# Brown clusters and log frequencies of spacy-lookups-data, and what was pruned by hand). Do not edit: change",
           "# the script's seeds or reject lists and rerun it. A frame rule's term names a class as {class:NAME}; its",
           "# words are matched case-insensitively, as whole words.",
           "classes:"]
    for name, words in classes.items():
        out.append(f"  {name}:")
        out.append("    # " + str(len(words)) + " words")
        for w in words:
            out.append(f"    - {json.dumps(w)}")
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the data file is out of date")
    args = ap.parse_args(argv)
    text = render(derive(*load_tables()))
    if args.check:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} is out of date: run scripts/gen_trait_classes.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
