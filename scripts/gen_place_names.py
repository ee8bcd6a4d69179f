"""Write jdlint/data/place_names.yaml: the place names a header line or the premises' prose is read
with (issue 14, location13). Run offline; the big tables it reads are never loaded at run time.

Sources, all on the machine:
- tzdata's ISO 3166 country names (iso3166.tab) and its zone cities (zone.tab: the last part of
  "Europe/London", "America/Fort_Nelson"), Antarctic stations left out (people's names: Casey, Davis);
- two Brown clusters of spacy-lookups-data's en_lexeme_cluster.json.gz where those cities cluster
  (ids 678: London, Toronto, Sydney, Paris ...; 3494: Canada, Europe, Ireland, Sicily ...), kept only
  where the capitalised form is commoner than the lower-case one (a proper noun), then hand-pruned
  of what is no place (NOT_PLACES: people, products, bands, drugs, creeds);
- the states, provinces, regions and main towns of the main English-speaking countries, written here.
Region codes (QLD, NSW, TX) and the shapes of postcodes (UK outward codes 'LS1', Australian four
digits) are not names: jdlint/sections/classify.py reads them as patterns.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import spacy_lookups_data

ZONEINFO = Path("/usr/share/zoneinfo")
OUT = Path(__file__).resolve().parent.parent / "jdlint" / "data" / "place_names.yaml"
CLUSTERS = (678, 3494)

#: Brown-cluster words that are no place (reviewed by hand, session 30)
NOT_PLACES = set("""
Inmarsat Rilke Hindemith Underwoods Gauchos Delhaize Gorki Rosman Hinduism Xanax Sabres Oreos Valhalla
Megadeth Altair Calvinism Fortran Ahab Swahili Qantas Sade Sibelius Toontown Maud Tigre Samir Bolshevism
Perrier Kosar Amer Marsalis Zales Zastava Liberte Canadiana Thal Makro Arabist Telemann Hunding Keflex
Tremec Skinker Praeger Nuprin Julietta Humulin Butner Milico Innovi Pescosolido Elscint Teljoy Enasa
Stprm Bsi Urokinase Arsace Pastine Dyestuffs Hemotec Dahlia Killington Vichy Ramstein Carthage Gaul
Persia Rhodesia Malaya Moldavia Manchuria Breslau Nanking Lvov Asia Europe Australasia Scandinavia
Appalachia Patagonia Siberia Micronesia Comic Iceland
""".split())
#: zone-city and country words that are common words or people's names in job ads
AMBIGUOUS = {"Resolute", "Nome", "Creston", "Dawson", "Johnston", "Wake", "Midway", "Easter", "Chatham",
             "Chad", "Turkey", "Jordan", "Niger", "Guinea", "Reunion", "Man", "Jamaica"} - {"Jamaica"}

#: states, provinces, regions and main towns of the main English-speaking countries
WRITTEN = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
Mississippi Missouri Montana Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina
North_Dakota Ohio Oklahoma Oregon Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas
Utah Vermont Virginia Washington West_Virginia Wisconsin Wyoming
Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia Ontario Prince_Edward_Island
Quebec Saskatchewan Yukon Nunavut
Queensland New_South_Wales Victoria Tasmania South_Australia Western_Australia Northern_Territory
England Scotland Wales Northern_Ireland Yorkshire Lancashire Kent Surrey Essex Devon Cornwall Cumbria
Northumberland Hampshire Sussex Norfolk Suffolk Cheshire Derbyshire Lincolnshire Midlands Cotswolds
London Birmingham Manchester Leeds Glasgow Liverpool Bristol Sheffield Edinburgh Cardiff Belfast Newcastle
Nottingham Leicester Coventry Bradford Southampton Portsmouth Plymouth Oxford Cambridge Brighton
York Hull Derby Swansea Aberdeen Dundee Inverness Stirling Perth Norwich Exeter Harrogate
Wakefield Preston Bolton Stockport Sunderland Middlesbrough Milton_Keynes Northampton Peterborough Ipswich
Colchester Chelmsford Luton Watford Slough Guildford Woking Croydon Swindon Gloucester Cheltenham Worcester
Hereford Shrewsbury Telford Stoke Wolverhampton Walsall Lincoln Doncaster Rotherham Barnsley Halifax
Blackburn Blackpool Lancaster Carlisle Durham Darlington Warrington Wigan Chester Crewe Canterbury
Maidstone Dover Hastings Eastbourne Bournemouth Poole Salisbury Winchester Basingstoke Truro Taunton
Dublin Cork Galway Limerick Waterford Kilkenny Sligo Kerry Donegal Wexford Athlone Derry
Sydney Melbourne Brisbane Adelaide Canberra Darwin Hobart Gold_Coast Sunshine_Coast Newcastle Wollongong
Geelong Cairns Toowoomba Ballarat Bendigo Launceston
Auckland Wellington Christchurch Hamilton Tauranga Dunedin Palmerston_North Napier Rotorua
Whanganui Wanganui Invercargill Queenstown
Toronto Montreal Vancouver Calgary Edmonton Ottawa Winnipeg Quebec Hamilton Kitchener Halifax Victoria
Saskatoon Kelowna Mississauga Brampton Surrey Thunder_Bay Sudbury Moncton Fredericton
Mumbai Delhi Bangalore Bengaluru Chennai Hyderabad Pune Kolkata Ahmedabad Noida Gurgaon Gurugram Kochi
Johannesburg Cape_Town Durban Pretoria Lagos Abuja Nairobi Accra Kampala
Singapore Hong_Kong Kuala_Lumpur Dubai Abu_Dhabi Doha Riyadh Jeddah Manila Jakarta Bangkok Tokyo Seoul
Boston Chicago Seattle San_Francisco Los_Angeles San_Diego San_Jose Dallas Houston San_Antonio
Denver Phoenix Atlanta Miami Orlando Tampa Philadelphia Pittsburgh Baltimore Detroit Cleveland Columbus
Cincinnati Indianapolis Milwaukee Minneapolis St._Louis Kansas_City Nashville Memphis Raleigh
Richmond Portland NYC Bay_Area Silicon_Valley Salt_Lake_City Las_Vegas Sacramento Oakland Brooklyn Manhattan Laredo Fort_Collins Boulder
"""


#: short names of countries and unions that headers use
COUNTRY_CODES = ("US", "USA", "U.S.", "UK", "U.K.", "UAE", "KSA", "EU", "EMEA", "APAC", "LATAM", "NZ", "SG", "HK")


def _written() -> set[str]:
    """WRITTEN's names (a multi-word name is written with underscores, as tzdata does)."""
    return {w.replace("_", " ") for w in WRITTEN.split()}


def main() -> None:
    names: set[str] = set()
    for line in (ZONEINFO / "iso3166.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            names.add(line.split("\t")[1].strip())
    for line in (ZONEINFO / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            zone = line.split("\t")[2].strip()
            if not zone.startswith("Antarctica/"):
                names.add(zone.split("/")[-1].replace("_", " "))
    data = Path(spacy_lookups_data.__file__).parent / "data"
    clusters = json.load(gzip.open(data / "en_lexeme_cluster.json.gz"))
    prob = json.load(gzip.open(data / "en_lexeme_prob.json.gz"))
    for word, cluster in clusters.items():
        if cluster in CLUSTERS and word[:1].isupper() and word[1:].islower() and len(word) > 2 \
                and prob.get(word, -99.0) > prob.get(word.lower(), -99.0) and word not in NOT_PLACES:
            names.add(word)
    names |= _written()
    names = {n for n in names if n not in AMBIGUOUS and "," not in n and "(" not in n}
    lines = ["# Place names a header line or a sentence about the premises is read with (location13).",
             "# Made by scripts/gen_place_names.py (do not edit by hand; edit the script and rerun): tzdata's",
             "# ISO 3166 country names and zone cities, two Brown clusters of spacy-lookups-data where cities",
             "# cluster (hand-pruned of people, products and creeds), and the states, regions and main towns",
             "# of the main English-speaking countries. Common words and people's names are left out.",
             "places:"]
    lines += [f"- {json.dumps(n, ensure_ascii=False)}" for n in sorted(names)]
    lines += ["# short names of countries and unions a header gives in capitals ('Remote (US)', 'Dubai, UAE')",
              "country_codes:"]
    lines += [f"- {code}" for code in COUNTRY_CODES]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT}")


if __name__ == "__main__":
    main()
