"""Pay figures in prose text: ranges, single amounts with a period or a pay word, open-ended
figures, pay grades, and vague pay wording ("competitive", "DOE"). Shared by section detection
(a pay section) and the pay rules (``checks/pay.py``)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..regex_screen import MatchStarts, ScreenedGroup, StartScreened
from ..regexes import LazyPattern, LowerCaseRegex, contains_any, safe_lower
from ..sentences import sentence_spans
from .. import regex_programs, verbforms
from ..sentence_memo import sentence_memo

# --- The money grammar: the one home of what an amount of money looks like ------------------------
#
#   amount   := before-currency " "? number scale? (" "? code)?    "$52,000", "A$2,150", "R18 500", "USD 85k"
#   range    := amount sep (amount | number): sep a dash, "to", a tilde or wave dash ("〜"), or a progression ("rising to")
#             | number scale? " "? after-currency                  "13,50 €", "2.800 EUR", "38 000 kr", "30 euros"
#   number   := indian | grouped | plain | spaced                  "4,50,000" | "52,000" "2.800" "95'000" "9 500" | "52000" "13,50"
#   grouped  := 1-3 digits, then groups of 3 after a "," "." "'" "’" or a no-break, narrow or thin space; a decimal
#               part of 1-2 digits after "." or "," (so "2.800,00" and "52,000.50")
#   spaced   := the same with a plain space between the groups: only beside a currency ("R18 500", "2 500 €"),
#               since "5 000" alone is as often two numbers
#   scale    := "k" / "K" (thousands); East Asia's 万 千 億 만 천 억 ("25万円", "4,000만원")
#   currency := from jdlint/data/currencies.yaml: ISO codes, signs, a country's letters before "$", letters
#               before the digits ("Rs.", "R", "RM"), words after ("euros", "zł")
#
# Every reader of amounts (ranges, open-ended and single figures, floors, the figure's values and
# currency, the screen that skips sentences without money) is built from these pieces.
@lru_cache(maxsize=2)
def _data(name: str) -> dict:
    from importlib.resources import files

    from ..yamlio import load_fast

    return load_fast((files("jdlint.data") / name).read_text("utf-8"))


def currency_table() -> dict:
    """jdlint/data/currencies.yaml: the currencies the money grammar knows."""
    return _data("currencies.yaml")


def pay_wording() -> dict:
    """jdlint/data/pay_wording.yaml: the word classes vague pay is composed of."""
    return _data("pay_wording.yaml")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_TABLE = currency_table()
#: Contract forms named in capitals beside a figure: Brazil's (CLT, PJ) and the US's (C2C, W2, W-2); pay40's pay words and
#: pay41's rate of pay read the same list (the rate also takes 1099 and B2B, which alone are no pay words)
_CONTRACT_FORMS = "CLT|PJ|C2C|W-?2"
#: (pay41) the units of work a rate is named by ("rate per word", data/pay_wording.yaml's pay nouns), for the same rate
#: named with the unit first ("per-word rates are $0.08 to $0.12", "Per-word rates depend on language pair", writer AM)
_PER_UNITS = _alternation({w.split()[-1] for w in pay_wording()["pay_nouns"] if w.startswith("rate per ")})
#: ISO codes, as a regex alternation
CODES = _alternation(_TABLE["codes"])
_SIGN_CLASS = "[" + "".join(re.escape(c) for c in _TABLE["signs"]) + "]"
#: a thousands group separator that prose does not otherwise put between digits
_GROUP = "[,.'\u2019\u00a0\u202f\u2009]"
_GROUP_OR_SPACE = "[,.'\u2019\u00a0\u202f\u2009 ]"
_LETTERS = {k: v for k, v in _TABLE["letter_signs"].items()}
_LETTERS_TWO = set(_TABLE["letter_signs_two_digits"])
_LETTERS_GROUPED = set(_TABLE["letter_signs_grouped"])
#: letters before the digits, case-sensitive whatever the flags ("R18 500", "Rs. 35,000")
_LETTER_SIGN = ("(?-i:\\b(?:" + "|".join(
    f"{re.escape(k)}(?=\\.?\\s?(?:\\d{{2}}|\\d{_GROUP_OR_SPACE}\\d{{2}}))" if k in _LETTERS_TWO
    else f"{re.escape(k)}(?=\\s?(?:\\d{{1,3}}(?:,\\d{{3}})+(?![\\d,])|\\d{{2,3}}(?:\\.\\d)?[kK]\\b))" if k in _LETTERS_GROUPED else f"{re.escape(k)}(?=\\.?\\s?\\d)"
    for k in sorted(_LETTERS, key=lambda w: (-len(w), w))) + "))\\.?")
CUR = (rf"(?:(?-i:\b(?:{_alternation(k[:-1] for k in _TABLE['prefixed_signs'])}))\$|{_SIGN_CLASS}"
       rf"|(?<![A-Za-z])(?:{CODES})(?![A-Za-z])\s?|{_LETTER_SIGN}\s?)")
_DECIMAL = r"(?:[.,]\d{1,2}(?![\d]|[.,]\d))"
NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"  # Indian grouping: "4,50,000"
       rf"|\d{{1,3}}(?:{_GROUP}\d{{3}})+{_DECIMAL}?|\d+{_DECIMAL}?")
#: groups by a plain space: only next to a currency ("R18 500", "2 500 € per month")
SPACED = rf"\d{{1,3}}(?: \d{{3}})+{_DECIMAL}?(?!\d)"
_AFTER_WORDS = _alternation(w for w in _TABLE["after"] if w[0].isalpha())
#: the same in any case where a word is long enough to be nothing else ("50,000 Rupees", "30 Euros");
#: shorter ones ("kr", "Ft": "500 ft" is a length) in the case written
_AFTER_WORDS_ANY_CASE = (f"(?i:{_alternation(w for w in _TABLE['after'] if w.isalpha() and len(w) > 3)})|"
                         + _alternation(w for w in _TABLE["after"] if w[0].isalpha()))
#: letters written after an amount, in the case shown ("1200 KD", "2500 dhs")
_AFTER_LETTERS = "(?-i:" + _alternation(_TABLE["after_letters"]) + ")"
#: a currency written after the amount: a code, a word or a sign ("12,50 €", "45 cents", "30
#: euros", "12¢"); "pounds" only before a pay period (otherwise it is a weight: "lift 50 pounds")
_CUR_AFTER = (rf"(?:(?:{CODES}|{_AFTER_WORDS_ANY_CASE}|{_AFTER_LETTERS})\b"
              r"|pounds?(?=\s+(?:per|an?|/)\s*(?:hour|hr|week|wk|month|year|yr|annum)\b)"
              "|[" + "".join(re.escape(c) for c in _TABLE["signs"] if c != "$") + r"¢]|\$(?!\s?\d)"
              # pence written "95p", only before a period ("95p per parcel"; not "3pm")
              r"|p(?=\s+(?:per|an?|each|/)\s*\w)"
              # and cents written "90c", likewise only before a period ("90c per bunch"; not "5c" a grade)
              r"|c(?=\s+(?:per|an?|each|/)\s*(?!(?:the|a|an|our|your)\b)\w)"
              # (pay14) cents per mile in trucking, "cpm", only where the miles are named after it ("68 cpm on all loaded
              # miles"), since advertising's CPM is a price per thousand views
              r"|(?-i:cpm|CPM)\b(?=[^.;\n]{0,60}\bmiles?\b))")
#: a scale after the number: thousands ("52k", "30 thousand") or millions ("KRW 45m", "JPY 6.5 million";
#: pay only before a pay period in a sentence about pay, since "$5m raised" is a company's money)
#: "grand", a thousand of the currency in speech ("thirty grand", "£40 grand", "40 grand a year"): lower
#: case, and not a name's or an adjective's "Grand" ("40 Grand Street", "5 grand prizes")
GRAND = (r"\s+(?-i:grand)\b(?!\s+(?:prix|prizes?|total|opening|piano|slam|jury|tour|finale|master|central|canyon|hotel"
         r"|theatre|theater|union|lodge|station|street|avenue|rapids|designs?|schemes?|plans?|visions?|ideas?|scale|gestures?)\b)")
#: Indonesia's "juta" (a million rupiah: "IDR 7.5 juta") is how its pay is written, so it is not held to
#: the millions test below ("$5m raised"), which asks for a pay word and a period
#: (pay15) Chinese, Japanese and Korean write pay in units of ten thousand, a thousand and a hundred million ("25万円",
#: "380万", "8千元", "320만원"): a scale written after the digits like "k", and as distinct from any other word
#: (pay15) pay words of Chinese, Japanese and Korean: Japanese 月給 年収 年俸 時給 日給 給与 給料 基本給 賃金, Chinese
#: 月薪 年薪 薪资 薪資 薪酬 工资 工資 底薪 时薪 時薪 日薪, Korean 월급 연봉 시급 일급 급여 임금 기본급
CJK_PAY_WORDS = ("月給|年収|年俸|時給|日給|給与|給料|基本給|賃金|月薪|年薪|薪资|薪資|薪酬|工资|工資|底薪|时薪|時薪|日薪"
                 "|월급|연봉|시급|일급|급여|임금|기본급")
CJK_SCALES = {"万": 1e4, "萬": 1e4, "만": 1e4, "千": 1e3, "천": 1e3, "億": 1e8, "亿": 1e8, "억": 1e8}
_CJK_SCALE = "[" + "".join(CJK_SCALES) + "]"
SCALE = rf"(?:\s?[kK]\b|\s+thousand\b|\s?(?:m|mn|million|(?-i:M|MN))\b|\s*(?:juta|jt)\b|\s+tri[ệe]u\b|\s+tys\.|{GRAND}|{_CJK_SCALE})"
_MILLIONS = regex_programs.compile(r"\d\s?(?:m|mn|million)\b", re.I)
#: the rest of a range in millions or more after its first amount ("$1-2 million in funding")
_BIG_RANGE_END = regex_programs.compile(r"\s*(?:-|–|to)\s*\d[\d.,]*\s?(?:m|mn|million|billion|bn|b)\b", re.I)
#: currencies in words whose pay runs to millions, after "million" ("38 million won a year", "4.5 million yen") (pay14)
_MILLIONS_WORDS = r"(?:won|yen|dong|rupiah|naira|shillings|kwacha|birr|francs|FCFA|CFA)\b"
AMOUNT = (rf"(?:{CUR}\s?(?:{SPACED}|{NUM}){SCALE}?(?:\s?(?:{CODES})\b)?"
          # (a thousand in Polish, "tys.", between the number and its currency: "3,5 tys. zł", pay13)
          # (pay16: Dutch, German and Scandinavian ads mark a whole amount with ",-" before its currency: "52.000,- €")
          rf"|(?:{SPACED}|{NUM})(?:\s?[kK]|\s+tys\.|\s?(?:m|mn|million|(?-i:M|MN))(?=\s?(?:[A-Z]{{3}}\b|{_MILLIONS_WORDS}))|\s+tri[ệe]u|{_CJK_SCALE}|,[-–](?=\s?[^\s\d]))?\s?{_CUR_AFTER}"
          # thousands of the currency in speech, which names no currency but is money all the same ("40 grand")
          rf"|\d{{1,3}}{GRAND})")
#: where an amount of money may start: a currency written before it, or its first digit (an amount
#: whose currency comes after starts with a digit). The "not this job's pay" readers (what
#: customers pay, prices) ask this, so "Customers pay R99 a month" reads as money as "$99" does.
MONEY_START = rf"(?:{CUR}|\d)"
#: a currency sign anywhere in a lookaround's class: "no figure after" tests ("Pay: weekly" with
#: no "$", "₹" or digit in the rest of the clause) and the lookbehind of a bare number
SIGNS = "".join(re.escape(c) for c in _TABLE["signs"])
#: the currency of a money mask (a fill-in where the amount goes: "$XX,XXX", "R ____", "CHF XX'XXX",
#: "XX XXX kr"): the money grammar's currencies with no digit after them. Letters before the
#: digits ("R", "Rs.", "RM") are written in their own case; a sign or code may be followed by a space.
MASK_CURRENCY_BEFORE = (rf"(?:(?-i:\b(?:{_alternation(k[:-1] for k in _TABLE['prefixed_signs'])}))\$|{_SIGN_CLASS}"
                        rf"|(?<![A-Za-z])(?-i:{CODES})(?![A-Za-z])|(?-i:\b(?:{_alternation(_LETTERS)})(?![A-Za-z]))\.?|\b(?:{_AFTER_WORDS})\b)")
MASK_CURRENCY_AFTER = (rf"(?:(?-i:{CODES})\b|(?:{_AFTER_WORDS})\b|"
                       "[" + "".join(re.escape(c) for c in _TABLE["signs"] if c != "$") + "])")
BIG = regex_programs.compile(r"^\s?(?:million|billion|trillion|bn|mm|m\b|b\b|M\b|B\b)", re.I)
#: what may stand between an amount and its period: gross or net, tax, what the amount is
#: ("2.800 EUR net monthly", "£30,000 gross per annum", "£550 before tax per day")
_BEFORE_PERIOD = (r"(?:/[-=]|,[-–])?"  # South Asia's "/-" after a whole amount ("25,000/- per month"); (pay16) Europe's ",-" ("€ 3.200,- bruto")
                  r"(?:,?\s*(?:gross|net|brut|brutto|netto|bruto|neto|lordi|lordo|netti|brutos|netos|bruttó|nettó|brut[ta]|before\s+tax(?:es)?|after\s+tax(?:es)?|pre-?tax|post-?tax|tax[\s-]free"
                  r"|fixed|guaranteed|total|basic|in[\s-]hand|take[\s-]home|(?:in\s+)?cash|approx\.?|approximately|(?:\(|\[)?\s*(?:USD|CAD|GBP|EUR|AUD)\s*(?:\)|\])?)\b\.?,?)?")
PERIOD = LazyPattern(
    r"^" + _BEFORE_PERIOD + r"\s*(?:/\s*|per\s+(?:(?!hour|year|annum|month|week|day)(?:[a-z]{3,12}\s+){1,2}?(?=(?:minute|hour|word|page|piece|item|unit|task|call|parcel|delivery|visit|shift|session|job|survey|order)s?\b))?|an?\s+|each\s+)(?:hour|hr|minute|min\b|h\b|year|yr|annum|month|mo\b|week|wk|day|diem\b(?!\s+(?:allowances?|covers?|covering|to\s+cover|for\s+(?:meals|food|travel|lodging|accommodation|hotels?|expenses|incidentals)))|shift|visit|session"
    r"|piece|item|unit|delivery|mile|load|stop|word|task|class|lesson|job\b"
    # piece rates and other periods (coverage): "45 cents per box", "£1,200 per fortnight"
    r"|fortnight|night|box|bag|envelope|carton|pallet|crate|bucket|bin\b|tree|row\b|parcel|drop\b|trip|km\b|kilomet"
    # by weight, page or call (pickers, translators, call agents): "40p per kilo", "$0.08 per word"
    r"|kilo(?:gram)?s?\b|kg\b|lbs?\b|tonne|page|call\b|booking|appointment|treatment|patient|student|pupil"
    # (pay13) the units of farm piece work: "R2.50 per lug of grapes", "£1.20 per sack", "€0.35 per plant potted",
    # "90c per bunch", "$3.40 per sheep shorn"
    r"|lugs?\b|sacks?\b|bunch(?:es)?\b|plants?\b|vines?\b|bales?\b|trays?\b|punnets?\b|baskets?\b|bushels?\b|hectares?\b"
    r"|acres?\b|seedlings?\b|saplings?\b|stems?\b|sheep\b|fleeces?\b|hives?\b|lambs?\b|heads?\s+(?:of\s+)?(?:cattle|lettuce|cabbage|sheep)\b"
    # (pay16) the units of performers', event staff's and gig workers' pay: "R1,800 per set", "₱2,500 per wedding",
    # "$40 per gig", "$1.20 per completed survey", "$3 per order picked", "£12 per article"
    r"|set\b|gigs?\b|shows?\b|performances?\b|events?\b|weddings?\b|functions?\b|shoots?\b|surveys?\b|responses?\b"
    r"|interviews?\b|rides?\b|orders?\b|articles?\b|transcripts?\b|videos?\b|haircuts?\b|walks?\b|tours?\b|rounds?\b|matches\b|games?\b)"
    r"|^" + _BEFORE_PERIOD + r"\s*(?:hourly|annually|annual|monthly|yearly|weekly|fortnightly|daily|p\.?a\.?\b|/hr|/yr|ph\b|p/h\b|p/hr\b|pa\b|per annum|base|basic|salary|stipend"
    # UK and Commonwealth shorthands: per week, per calendar month, per day ("£450 pw", "£2,000 pcm")
    r"|p\.?w\.?(?!\w)|p\.?c\.?m\.?(?!\w)|p\.?d\.?(?!\w)|p/w\b|p/d\b|p/m\b"
    # (pay16) per month with its points, as South Asian ads write it after an amount ("Rs. 35,000/- p.m.")
    r"|p\.m\.?(?!\w)(?!\s+(?:to|till|until|-|–|and|or|shift|start|finish|onwards)\b)"
    # "pm" after an amount of money is per month ("R9 800 pm"); PERIOD reads only what follows an amount, so
    # the clock's "9 pm" (no currency) never gets here (pay13)
    r"|pm\b(?!\s+(?:to|till|until|-|–|and|or|shift|start|finish|onwards)\b)"
    # the period in the employer's own language (pay12): "por mes", "mensuales", "par mois", "de l'heure",
    # "/Monat", "pro Stunde", "/mån", "i året", "á mánuði", "miesięcznie", "ao mês"
    r"|(?:por|al|ao)\s+(?:mes|m[êe]s|hora|a[ñn]o|ano|d[íi]a|semana)\b|mensual(?:es)?\b|mensais\b|anual(?:es)?\b|par\s+(?:mois|an|heure|jour|semaine)\b"
    r"|de\s+l['’]heure|(?:/\s?|pro\s+|im\s+)(?:monat|jahr|stunde|tag)\b|/\s?m[åa]n(?:ad)?\b|(?:i|per)\s+(?:året|år|måneden|månad|timen|time)\b"
    r"|[áa]\s+m[áa]nu[ðd]i\b|miesi[ęe]cznie|na\s+godzin[ęe]|za\s+godzin[ęe]"
    # (pay13) more of Europe's, Africa's and Asia's: Dutch "per maand", Italian "al mese"/"annui", Indonesian
    # "per bulan", Swahili "kwa mwezi", Tagalog "kada buwan", Finnish "kuukaudessa", Hungarian "havonta",
    # Romanian "pe lună", Turkish "aylık", Czech "měsíčně", German "monatlich"/"jährlich", Nordic "i måneden"
    r"|(?:per|/)\s?(?:maand|uur|jaar|dag|bulan|jam|hari|tahun|mese|anno|ora|giorno|mes|año|hora|mois|heure|an\b|jour|monat|stunde|jahr|kk\b)"
    r"|(?:al|all['’])\s?(?:mese|ora|anno|giorno)\b|annu[ie]\b|annuali\b|mensili\b|(?:ogni|il)\s+mese\b|sebulan\b|sejam\b"
    r"|kwa\s+(?:mwezi|saa|siku|mwaka|wiki)\b|(?:kada|bawat)\s+(?:buwan|araw|oras|linggo)\b"
    r"|kuukaudessa|tunnilta|tunnissa|vuodessa|havonta|óránként|évente|pe\s+(?:lun[ăa]|or[ăa]|an|zi)\b|ayl[ıi]k|saatlik|y[ıi]ll[ıi]k"
    # (pay15) South Slavic, Slovak, Baltic and Cyrillic months, years and hours ("neto mesečno", "mjesečno", "godišnje",
    # "po satu", "kuus", "mēnesī", "per mėnesį", "в месяц", "на месец", "на місяць")
    r"|mese[čc]no|mje?se[čc]no|mesa[čc]ne|godi[šs]nje|ro[čc]no|po\s+satu|na\s+sat\b|kuus\b|aastas\b|m[ēe]nes[īi]|gad[āa]\b|(?:per\s+)?m[ėe]nes[įi]|per\s+metus"
    r"|(?:в|на|за)\s+(?:месяц|месец|місяць|год|рік|час|годину)\b|месечно|ежемесячно|щомісяця"
    # (pay15) Vietnamese: "15 triệu VND/tháng", "mỗi tháng" (a month), "năm" (a year), "giờ" (an hour)
    r"|(?:/\s?|mỗi\s+|một\s+)(?:tháng|năm|giờ)\b"
    r"|m[ěe]s[íi][čc]n[ěe]|ro[čc]n[ěe]|monatlich|j[äa]hrlich|st[üu]ndlich|maandelijks|jaarlijks|mensuel(?:le)?s?\b|annuel(?:le)?s?\b"
    r"|(?:i|om|per)\s+(?:måned|månaden|måneden|timme|timmen|timen)\b|per\s+an\."
    # the month and the year in Chinese and Japanese after a slash ("8000元/月"), and Latin America's fortnight,
    # week and day ("$8,000 quincenales", "semanal", "diario")
    r"|/\s?[月年]|quincena(?:l|les)?\b|semana(?:l|les)\b|diario\b|por\s+quincena\b"
    # the piece in German, Polish, French, Spanish, Italian ("1,20 € pro Stück"), Polish "/mies." (a month) and "/h"
    r"|(?:pro|je|/)\s?st[üu]ck\b|za\s+sztuk[ęe]|par\s+pi[èe]ce|por\s+pieza|(?:per|al)\s+pezzo|/\s?(?:mies|msc|m-c)\b\.?"
    # a rate per a number of units ("£4.50 per 100 leaflets delivered", "$12 per 1,000 words")
    r"|per\s+(?:\d{1,3}(?:,\d{3})?|hundred|thousand)\s+[a-z]{3,15}\b"
    # a stepped salary by the year of the post ("£50,000 first year, £55,000 second year", "in year two")
    r"|(?:in\s+)?(?:the\s+|your\s+)?(?:first|second|third|fourth|fifth|final|1st|2nd|3rd|4th|5th)\s+year\b|in\s+year\s+(?:one|two|three|four|five|\d)\b)"
    # a currency code may sit between an open-ended amount and its period ("$1,500+ USD monthly")
    r"|^\s*\+?\s*(?:(?:USD|CAD|GBP|EUR|AUD)\s+)?(?:monthly|annually|a month|a year|per month|per year|per annum|p\.?a\.?\b|per hour|an hour|hourly)", re.I)
PAY_WORDS = LazyPattern(
    r"\b(salary|salaries|pay|pays|paid|paying|wage|wages|compensation|remuneration|renumeration|stipend|honorarium|earn|earning|earnings|rate|"
    r"hourly|annually|per hour|per year|per annum|ote|base|starting|grade|gs-\d+|pay band|pay scale|bonus|income|package"
    # a rate in the plural named by what it pays for ("Day rates upwards of £500", "hourly rates from $30")
    r"|(?:day|daily|hourly|pay|shift|contract|freelance|piece|session|locum)\s+rates"
    # (pay41) and by its unit of work before it ("Per-word rates are $0.08 to $0.12")
    rf"|per[\s-](?:{_PER_UNITS})\s+rates"
    # "Up to £35,000 DOE"; India's "CTC" (cost to company: the package) and "LPA"; "Comp:" as a label
    r"|doe|doq|ctc|lpa|comp(?=\s*:)|total comp|retainer|fte|pro[\s-]rata|full[\s-]time\s+equivalent"
    # the pay label in the employer's own language, in an ad otherwise in English (pay12): "Salario:",
    # "Sueldo:", "Salário:", "Salaire:", "Gehalt:", "Lønn:", "Lön:", "Wynagrodzenie:", "Gaji:", "Sahod:"
    r"|salario|sueldo|sal[áa]rio|salaire|r[ée]mun[ée]ration|gehalt|verg[üu]tung|l[øö]nn?|wynagrodzenie|mzda|plat|gaji|sahod|stipendio|retribuci[óo]n"
    # (pay13) and in Dutch, Italian, Portuguese, Indonesian, Swahili, Finnish, Hungarian, Romanian, Turkish, German compounds
    r"|pago|basic(?=\s*:)|salaris|(?:uur|maand|jaar|bruto)?loon|(?:jaar|maand|bruto)salaris|retribuzione|compenso|(?-i:RAL)|remunera[çc][ãa]o|ordenado|upah|mshahara"
    # (pay14) Swedish, Norwegian and Danish pay labels as compounds: "Månadslön 42 000 kr", "Årslønn", "Timeløn"
    r"|(?:m[åa]nads|[åa]rs|tim|m[åa]neds|time)l[öøo]nn?|(?:kuukausi|tunti)?palkka|fizet[ée]s|salariu|maa[şs]|(?:stunden|monats)?lohn|(?:monats|jahres|brutto)gehalt|pensja|zarobki"
    # (pay15) and in the Balkans', the Baltics' and in Cyrillic ("Plata: 2.800 EUR neto mesečno", "Plaća:", "Zarada:", "Palk:",
    # "Alga:", "Atlyginimas:", "Зарплата:", "Оклад:")
    r"|lương|plata|pla[ćc]a|zarada|primanja|palk|alga|atlyginimas|zarplata|зарплата|заработная\s+плата|оклад|заплата|заробітна\s+плата"
    # what the amount is offered to ("$60k+ for the right closer", "Salary no bar for the right candidate")
    r"|for\s+the\s+right\s+(?:candidate|person|applicant|hire|closer|individual|fit|profile|talent|people|rep"
    # (pay15) or any worker named by the trade ("USD 4k+ for the right engineer", "for the right chef"), not a reason or a time
    r"|(?!(?:reasons?|price|time|moment|place|job|role|opportunity|project|answer|balance|mix|thing)\b)[a-z]{4,}(?=\s*(?:$|[.,;!)]|(?:with|who|to|and)\b)))"
    # (pay13) what the amount is offered to by seniority: "€70k+ for senior profiles", "for experienced hires"
    r"|for\s+(?:(?:very|more|most|the\s+most)\s+)?(?:senior|junior|mid[\s-]level|experienced|exceptional|strong|top|high|best|lead|principal|staff)\s+(?:candidates?|profiles?|hires?|applicants?|people|engineers?|developers?|talent"
    # (pay15) and by performance ("Up to 25,000 Tk for top performers", "for high achievers")
    r"|performers?|producers?|achievers?|sellers?|closers?|agents?|reps?)"
    # a Polish contract form naming the pay's terms: "on B2B", "B2B contract", "UoP" (pay13)
    r"|(?:on|via)\s+(?:a\s+)?b2b|b2b\s+(?:contract|rate)|\(b2b\)|uop|umowa|akkord|stawka|sta[żz]|entgelt"
    # (pay40) the contract form as the line's label ("B2B: 18 000 – 24 000 PLN net + VAT / month"), and Brazil's and the US's
    # contract forms named beside a figure, in capitals ("R$ 6.500 CLT + VR/VA", "USD 4k/month as PJ", "60/hr on C2C", "on W2")
    rf"|b2b(?=\s*:)|(?-i:{_CONTRACT_FORMS})(?![\w-])"
    # the employer offering an amount in thousands, which is the pay ("We're offering £28k", "offers AED 9,000"; pay8)
    r"|offer(?:s|ing|ed)?(?=\s+(?:up\s+to\s+|around\s+|about\s+|circa\s+|c\.\s?)?(?:[^\s\d]{1,4}\s?)?\d{1,3}(?:(?:[.,]\d)?\s?k\b|(?:[,.'’ ]\d{3})+(?!\d))"
    # (and nothing after but the pay's own words: not "We offer $1,500 to each team for training")
    r"(?:\.\d{2})?(?:\s?[a-z]{3}\b)?(?:\s*[-–]\s*\S{0,4}\d[\d,.]*k?)?(?=\s*(?:$|[.,;!)]|per\b|an?\s|/|p\.?a\b|plus\b|\+|base\b|salary|doe\b|depending|gross\b|net\b|before\b)))"
    # pay tied to the person, which only pay is ("A$90,000 and up, depending on experience")
    r"|depend(?:ing|ent|s)?\s+(?:up)?on\s+(?:your\s+)?experience|commensurate\s+with"
    # (pay14) a label of the pay by its period and tax ("Monthly gross: UGX 4.5m", "Annual net: ¥4.2m")
    r"|(?:monthly|annual|yearly|weekly|daily)\s+(?:gross|net)(?=\s*:)"
    # Australia's package named by its initials and its superannuation ("TRP $150,000 including super", "TFR $98k")
    # the US "hiring range" beside the full range of the post ("Hiring range $17-$19; full range $17-$26")
    r"|hiring\s+range|(?-i:TRP|TFR)|(?:including|incl?\.?|inc\.|excluding|excl?\.?|plus|\+)\s*super(?:annuation)?)\b"
    # (pay15) the pay words of Chinese, Japanese and Korean ads, which run into the digits with no space between
    # ("月給25万円", "年薪 30万", "연봉 4,000만원"): monthly, annual, hourly and daily pay, wages, salary
    rf"|(?:{CJK_PAY_WORDS})",
    re.I)
#: what an allowance or a stipend may be for, beside the pay (a thing, not the work)
_ALLOWANCE_FOR_THING = (r"(?:travel|transport|commut\w*|phone|mobile|meals?|lunch|food|uniform|clothing|housing|accommodation|relocation"
                        r"|books?|equipment|internet|broadband|laptop|kit|tools?|fuel|car|mileage|childcare|gym|wellness|home\s+office)")
NOT_PAY = LazyPattern(
    r"\b(raised|funding|funded|revenue|revenues|assets|valuation|valued|budget|budgets|portfolio|under management|"
    r"market cap|sales of|in sales|turnover|investment|invested|series [a-e]|seed round|capital|fund|grants?|donations?|"
    r"tuition reimbursement|reimburse|allowance|401\(?k\)?|referral bonus|sign[- ]on bonus|fee|fees|price|cost|costs|"
    r"spend|transactions?|loans?|deals?|contracts? worth"
    # (pay15) a stipend for a thing beside the pay ("A stipend for your home office of $500 is provided")
    rf"|stipends?\s+(?:for|towards?|to\s+cover)\s+(?:your\s+|a\s+|the\s+)?{_ALLOWANCE_FOR_THING})\b", re.I)
AMOUNT_RE = regex_programs.compile(AMOUNT)
#: a range: two amounts, or an amount and a bare number ("USD 85,000 - 95,000"), or a bare number
#: and an amount whose currency comes after ("12 000 - 15 000 PLN", "45.000 - 52.000 €")
#: (pay15) and the tilde and wave dashes East Asian ads put between the ends ("400万円〜550万円", "RMB 18K~25K"), and a
#: progression's verb, whose both figures are this job's pay ("£27,500, rising to £31,000 after probation")
_RANGE_SEP = r"\s*(?:-|to|and|–|—|~|〜|～|,?\s*(?:and\s+)?(?:ris(?:ing|es)|increas(?:ing|es)|mov(?:ing|es)|progress(?:ing|es)|go(?:ing|es)\s+up)\s+(?:up\s+)?to)\s*"
_RANGE_PERIOD = r"(?:\s*(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|year|yr|annum|month|mo|week|wk|day)\b)?"
RANGE_RE = LazyPattern(rf"(?:(?P<a>{AMOUNT}){_RANGE_PERIOD}|(?:{SPACED}|{NUM})(?:\s?[kK]|{_CJK_SCALE})?(?={_RANGE_SEP}(?:{SPACED}|{NUM})(?:\s?[kK]|\s+tri[ệe]u|{_CJK_SCALE})?\s?{_CUR_AFTER}))"
                       rf"{_RANGE_SEP}(?P<b>{AMOUNT}|(?:{SPACED}|{NUM})(?:\s?[kK]\b|\s?(?:m|mn|million)\b)?)", re.I)
PLAIN_RANGE = LazyPattern(rf"\b(?:{NUM})\s?(?:k|K)?\s*(?:-|to)\s*(?:{NUM})\s?(?:k|K|jt|juta)?\b")
GRADE = regex_programs.compile(r"\b(?:GS|GG|GM|WG|EX|CS|IT|EC|PM|AS)[- ]?\d{1,2}\b")
#: a pay band or grade named after a pay word, with no amount ("Salary: Band 6", "Salary: Grade 7,
#: pro rata"); a band beside an amount is concrete pay, the amount decides
PAY_BAND = LazyPattern(r"\b(?:salary|pay|wages?)\b[^.;\n\d]{0,20}?\b(?:band|grade|scale|level|spine\s+point)\s+\d{1,2}[a-z]?\b", re.I)


def _word_list(words) -> str:
    """Words as a regex alternation, longest first; a space in an entry matches spaces or a hyphen
    ("market leading" reads "market-leading"), an apostrophe either apostrophe or none."""
    entries = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace("\\ ", r"[\s-]+").replace("'", "['\u2019]?") for w in entries)


def _words(key: str) -> str:
    """A word class of data/pay_wording.yaml as a regex alternation (``_word_list``)."""
    return _word_list(pay_wording()[key])


#: prices of things the employer sells or rents out, and what staff pay for (vague2; the words are
#: data/pay_wording.yaml's price_words): with one of these and no pay word, a figure by the month
#: or hour is a price ("memberships start at $29 a month", "Our plans start at 9,99 € per month").
#: Kept apart from NOT_PAY, whose words ("cost of living", "allowance") sit beside real pay.
PRICE = LazyPattern(rf"\b(?:{_words('price_words')})\b", re.I)


@lru_cache(maxsize=1)  # read by three patterns
def _paid_workers() -> str:
    """(pay16) The nouns of who is paid: job titles' last words (data/role_nouns.yaml) and
    data/pay_wording.yaml's paid_workers; not those naming a customer or a rank ("buyers", "the head")."""
    from ..propernames import role_nouns

    return _word_list((set(role_nouns()) | set(pay_wording()["paid_workers"])) - {"buyer", "head", "partner", "player", "jedi", "hire", "lead"})


# Vague pay composed from the word classes of data/pay_wording.yaml (pay5, issue 14 item 4):
#   praise x pay noun            "brilliant pay", "an industry-beating remuneration package"
#   pay noun x tie verb          "wages that reflect the hard work you put in", "pay that rewards your skills"
#   base x commission            "basic plus commission", "Base + uncapped commission"
# (lower case: they run on the lower-cased sentence)
def _evaluative() -> dict:
    """jdlint/data/evaluative_words.yaml: V117's praise lexicon (strong praise, mild words, degree adverbs), read
    here for the praise of pay too, so a praise word learnt there ("fabulous pay", "stellar earnings") is pay's."""
    return _data("evaluative_words.yaml")


#: praise of pay: data/pay_wording.yaml's own words and data/evaluative_words.yaml's strong praise
_PRAISE_WORDS = frozenset(pay_wording()["praise"]) | frozenset(_evaluative()["praise"])
_WPAY, _WPRAISE, _WTIE = _words("pay_nouns"), _word_list(_PRAISE_WORDS), _words("tie_verbs")
#: (pay41) the pay put off to a conversation the reader must start: an asking verb opening its clause, to whom, then
#: about or for the pay with no figure after ("call your recruiter for this week's rates", "ask about our pay packages",
#: writer AM; data/pay_wording.yaml's pay_ask_verbs). Not what pay questions go to ("Contact payroll about pay queries").
_PAY_ASK = (rf"(?:^\W*|(?<=[,;:(!]\s)|(?<=[—–-]\s)|(?<=\band\s)|(?<=\bor\s)|(?<=\bjust\s)|(?<=\bplease\s))(?:{_words('pay_ask_verbs')})\s+"
            r"(?:[\w'’]+\s+){0,3}?(?:for|about|re|regarding|to\s+(?:discuss|talk\s+about|find\s+out|hear\s+about|learn))\s+"
            rf"(?:(?:our|the|your|their|this\s+\w+['’]s|today['’]s|current|latest|full|more)\s+){{0,2}}(?:[\w-]+\s+)?(?:{_WPAY}|rates?)\b"
            r"(?!\s+(?:quer(?:y|ies)|questions?|issues?|slips?|stubs?|roll|records?|processing|disputes?|errors?|on\b|for\b))"
            r"(?![^.;\n]{0,60}\d)")
VAGUE_PAY_COMPOSED = (
    rf"\b(?:{_WPRAISE})(?:,?\s+(?:and\s+|&\s+)?(?:{_WPRAISE}))*\s+(?:(?:base|basic|starting|hourly|annual|total|monthly|weekly)\s+)?(?:{_WPAY})\b"
    r"(?!\s+(?:management|handling|laundering|transfers?|skills|matters|markets?|manager|decisions?|choices|habits|advice|tips|moves|mistakes))"
    # (pay47: or the package alone opening its line, "Package to suit the right person")
    rf"|(?:\b(?:{_WPAY})|^\W*(?:(?:the|an?|our)\s+)?package)\s+(?:(?:that|which|designed\s+to|set\s+to|built\s+to|to)\s+)?(?:(?:will|shall|should|always|truly|really|fully|genuinely|properly|fairly)\s+){{0,2}}"
    rf"(?:{_WTIE})\b(?![^.;\n]{{0,60}}\d)"
    rf"|(?<!client )(?<!customer )(?<!user )(?<!data )(?<!knowledge )(?<!code )(?<!fan )(?<!install )"
    rf"\b(?:{_words('commission_bases')})\s*(?:\+|plus\b|and\b|&|with\b)\s*(?:(?:an?|the)\s+)?(?:(?:uncapped|unlimited|generous|attractive|lucrative|"
    rf"great|excellent|realistic|competitive|monthly|quarterly|annual)\s+)?(?:{_words('commission_words')})\b(?![^.;\n]{{0,40}}\d)"
    #   pay noun x empty predicate  "Salary: as per industry standards", "CTC: not disclosed", "Wages: award rates"
    # (pay47: or the rates opening the line, "Rates available on request", "Hourly rates on application")
    # (pay52: one rate too, opening its line: "Rate as discussed", "Rate: to be agreed")
    rf"|(?:\b(?:{_WPAY})|^\W*(?:(?:our|the|hourly|day|daily|shift)\s+)?rates?)(?:\s+(?:details|information|info|range|band|package|level))?\s*(?::|-|–|\b(?:is|are|will\s+be|would\s+be|shall\s+be|offered|paid"
    rf"|will\s+remain|that'?s|that\s+is|which\s+is|set|is\s+set)\b)?\s*(?:(?:will\s+be|is|be|paid|offered|set)\s+)?(?:at\s+)?"
    rf"(?:{_words('empty_predicates')})\b(?![^.;\n]{{0,50}}\d)"
    #   the pay noun as its clause's subject, with any predicate and no figure after it: pay addressed in
    #   whatever words ("Pay will reflect your skills and attitude", "The money's worth your while",
    #   "Our rates are on a par with the big chains", "A stipend is provided for the fellowship", "Monthly salary
    #   will be fixed at interview", "Salary and benefits are market-leading"), or with a
    #   praise word and no verb ("Wages good")
    rf"|(?:^\W*|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=^the\s)|(?<=^our\s)|(?<=^your\s)|(?<=^all\s)|(?<=^a\s)|(?<=^an\s))"
    rf"(?:(?:(?:monthly|annual|yearly|hourly|weekly|base|basic|starting)\s+)?(?:{_WPAY})(?:\s+(?:details|package|rates?|levels?))?"
    # (pay41) or a rate named by its unit of work before it, as "rate per word" names it after: "Per-word rates depend on
    # language pair" (writer AM), "Per-mile rates vary by lane"
    rf"|per[\s-](?:{_PER_UNITS})\s+rates?)(?:\s+and\s+(?:benefits|perks|conditions|package))?"
    rf"(?:\s+(?:is|are|will|would|should|can|shall|remains?|seems?|looks?"
    # (pay16) or what it turns on, named with no figure: "Hourly rate depends on subject and level", "Pay varies by site"
    rf"|depends|varies|depend|vary)\b|['’]s\b)(?![^.;\n]*\d)"
    #   (nor pay stated elsewhere in the posting: "Pay rates are in the table below")
    rf"(?![^.;\n]{{0,40}}\b(?:below|attached|enclosed|appendix|table)\b)"
    #   (its review or handling is another matter: "Salaries are reviewed annually", "wages are processed by",
    #   "Money is raised through donations")
    rf"(?!(?:\s+(?:be|being|also|usually|normally|then))*\s+(?:reviewed|processed|handled|calculated|benchmarked|audited|administered|managed|raised|spent|donated|invested|collected|counted|saved|used|transferred|deposited|banked|allocated|budgeted|paid\s+(?:into|directly|by\s+bank|via)))"
    rf"[^.;\n]{{3,60}}"
    rf"|(?:^|(?<=[,;:(]\s))\W*(?:(?:base|basic|starting|hourly|annual)\s+)?(?:{_WPAY})\s+(?:{_WPRAISE})\b(?![^.;\n]*\d)"
    #   the pay noun opening a line with a participle and no figure (pay13): "Stipend provided", "Salary offered", "Wage included"
    rf"|^\W*(?:{_WPAY})\s+(?:provided|offered|included|available|given|on\s+offer)\b(?![^.;\n]*\d)"
    #   (pay41) the pay noun as a question standing for its label, the answer after it with no figure: "Your salary? Let's
    #   talk", "Pay? Very fair." (a figure anywhere in the posting is the pay: P101 reads the whole posting)
    rf"|^\W*(?:(?:your|the|our|and\s+the|what\s+about(?:\s+the)?)\s+)?(?:(?:base|starting|hourly|annual|day|daily|monthly)\s+)?(?:{_WPAY})\s*\?(?=\s*$)"
    #   (pay41) or with its figure put off to a later step of hiring or of the work: "Fee confirmed on booking", "Rate agreed
    #   at interview", "Day rate settled after the first call" (a fee or a rate opening the line is the worker's here)
    # (pay47: its details too, given in any words at any named step: "Salary info will be given at the time of offer",
    # "Pay details provided at the second interview")
    rf"|^\W*(?:(?:day|hourly|daily|shift|session|your|the)\s+)?(?:{_WPAY}|fees?|rates?)(?:\s+(?:details|info|information))?\s+(?:(?:is|are|will\s+be|to\s+be|gets?|can\s+be)\s+)?"
    rf"(?:confirmed|agreed|discussed|decided|finali[sz]ed|negotiated|settled|shared|disclosed|given|provided|explained|communicated|revealed|outlined|advised)"
    rf"\s+(?:on|at|upon|after|during|before|when|once|following|in|with)\s+(?:(?:the|a|an|your|our)\s+)?(?:(?:time|point|stage)\s+of\s+(?:the\s+)?|(?:second|final|first)\s+)?"
    # (pay52: or on the day of the work, "Rate agreed on the day")
    rf"(?:booking|interview|offer|appointment|acceptance|selection|hire|hiring|engagement|trial|call|meeting|assignment|shortlisting|first\s+\w+|day(?=\s*(?:[.;!\n]|$))"
    rf"|(?:successful|right|selected|shortlisted)\s+(?:applicants?|candidates?|person))\b(?![^.;\n]*\d)"
    #   (pay47) or put off to a person who will go through it later: "The manager will go through pay with you", "HR will
    #   explain the salary package at the second interview", "We'll talk about pay when we meet" (not the reader's own
    #   duty, "You will discuss pay with candidates", nor pay questions handled: "HR will answer pay queries")
    rf"|\b(?:we|(?:the|our|your|a)\s+(?:[\w-]+\s+){{0,2}}?(?:manager|recruiter|owner|team|director|consultant|employer|supervisor|boss|hr)|hr|management)"
    rf"(?:['’]ll|\s+will|\s+can|\s+shall|\s+(?:is|are)\s+happy\s+to|\s+would\s+be\s+happy\s+to)\s+(?:discuss|explain|go\s+(?:through|over)|run\s+(?:through|over)|talk\s+(?:about|through)"
    rf"|chat\s+about|cover|share|confirm|outline|agree|negotiate|sort\s+out)\s+(?:(?:the|your|our|all|this\s+role['’]s)\s+)?(?:[\w-]+\s+)?(?:{_WPAY}|rates?(?:\s+of\s+pay)?)\b"
    r"(?!\s+(?:quer(?:y|ies)|questions?|issues?|slips?|stubs?|roll|records?|processing|disputes?|errors?|polic(?:y|ies)|reviews?)\b)(?![^.;\n]{0,60}\d)"
    #   (pay47) pay said to equal another's, with no figure: "Same pay as the rest of the team", "Pay at the same rate as
    #   permanent staff", "Wages equal to what our senior staff earn" (not between men and women: equal pay is a pledge)
    rf"|\bsame\s+(?:{_WPAY}|rates?(?:\s+of\s+pay)?)\s+as\b(?!\s+(?:men|women|male|female|their\s+(?:male|female)|each\s+other|one\s+another|(?:any(?:one)?|everyone|colleagues|peers|others)\s+(?:else\s+)?doing))(?![^.;\n]{{0,60}}\d)"
    rf"|\b(?:{_WPAY})\s+(?:is\s+|are\s+|will\s+be\s+)?(?:(?:at|on)\s+)?(?:the\s+)?(?:same(?:\s+rate)?|equal|identical|equivalent)\s+(?:as|to|with)\b"
    rf"(?!\s+(?:men|women|male|female|their\s+(?:male|female)|each\s+other|one\s+another))(?![^.;\n]{{0,60}}\d)"
    #   (pay47) or more than the reader's own, with no figure: "Salary higher than what you earn now", "Salary 20% above your
    #   current package"
    rf"|\b(?:{_WPAY})\s+(?:is\s+|will\s+be\s+)?(?:\d{{1,2}}\s?%\s+|well\s+|much\s+|far\s+)?(?:higher|more|better|above|over)\s+(?:than\s+)?"
    rf"(?:what\s+you(?:['’]re)?\s+(?:earn|make|get|are\s+(?:earning|making|paid|on))|your\s+(?:current|present|existing|last|previous)"
    # (or what other employers pay: "Salary above what similar firms pay")
    rf"|what\s+(?:other|similar|most|many|comparable)\s+(?:[\w-]+\s+)?(?:pay|offer))\b"
    #   (pay47) a grade or band named with only praise or openness for its value: "Band 5 - competitive", "Grade D - attractive"
    #   (the praise ends the clause: "Level 2, good communication skills" is a requirement)
    rf"|^\W*(?:{_words('grade_words')})\s+(?-i:[A-Z0-9]{{1,3}}[a-z]?)\s*(?::|,|\s[-–—])\s*(?:(?:very|highly)\s+)?(?:{_WPRAISE}|negotiable|doe|tbc|to\s+be\s+(?:agreed|discussed|confirmed))(?=\s*(?:[.;!\n]|$))"
    #   praise of the package opening a line, with no figure (pay13): "Attractive tax-free package", "An excellent package"
    #   (not a benefits package, which is the perks)
    rf"|^\W*(?:(?:an?|the|our)\s+)?(?:{_WPRAISE})(?:,?\s+(?:and\s+|&\s+)?(?:{_WPRAISE}))*\s+(?:(?:remuneration|salary|pay|compensation|expat|relocation)\s+)?package\b(?!\s+(?:of|for|to)\b)(?![^.;\n]*\d)"
    #   a praise word opening a line with a rate and no figure (pay13): "Competitive rates for the area", "Excellent hourly rates"
    rf"|^\W*(?:{_WPRAISE})\s+(?:(?:hourly|day|daily|pay|shift|weekend|piece|contract|freelance|locum|sessional|overtime)\s+)?rates\b(?!\s+(?:on|to|for\s+(?:(?:our|all|new|your|existing|returning)\s+)?(?:customers|clients|members|loans?|mortgages?|guests|groups|students)))(?![^.;\n]*\d)"
    #   (pay15) a rate named with what is added to it and no figure: "Hourly rate plus overtime and tips"
    rf"|^\W*(?:hourly|daily|day|weekly|piece|shift|base|basic)\s+(?:rate|pay|wage)s?\s+(?:plus|\+)\s+(?![^.;\n]*(?:[\d{SIGNS}]|\b(?:below|above|table|attached)\b))[a-z]"
    #   an agreement's pay said to apply (pay13): "Award wages apply", "Union rates apply"
    rf"|\b(?:{_words('pay_agreements')})\s+(?:(?:wages?|rates?|pay|salar(?:y|ies))\s+)?(?:apply|applies|will\s+apply)\b(?![^.;\n]{{0,40}}\d)"
    #   pay noun x link x agreement or scale  "Salary according to the collective agreement", "Paid on the
    #   TSC scale", "Wages as per the award" (pay7: the agreement sets the pay, the posting states none)
    # (pay47: after a label's colon too, "Salary: according to TV-L E13")
    rf"|\b(?:{_WPAY}|paid|rates?)(?:\s+|\s*:\s*)(?:(?:will\s+be|is|are|shall\s+be)\s+)?(?:(?:paid|set|fixed|determined)\s+)?(?:{_words('pay_links')})\s+"
    # (up to four words naming the scale's owner, pay14: "the Department of Health consolidated salary scales")
    # (pay40: a name's bracketed part too, "the Hospitality Industry (General) Award 2020")
    rf"(?:(?:the|our|an?|your|their)\s+)?(?:\(?[\w'’/-]+\)?\s+){{0,4}}?(?:[\w'’]+-)?(?:{_words('pay_agreements')}|scale|grid"
    # (pay47) or the band or grade the post is on, named with no figure: "salary per band", "paid on the Senior Officer grade"
    rf"|band|grade"
    # (pay15) or any rates named by whose or what kind they are, with no figure after: "Stipend at standard university rates"
    # (plural, a schedule; not one rate compared with another the ad gives: "paid at the higher rate")
    rf"|(?<!higher\s)(?<!lower\s)(?<!same\s)(?<!usual\s)(?<!following\s)rate(?=s(?![\w-])(?![^.;\n]{{0,40}}\d)))s?(?![\w-])"
    #   (pay18) the hire's place on a pay schedule, with no step's figure: "Placement on the salary schedule based on years
    #   of experience", "New hires are placed on the county salary schedule" (a pay schedule, not "placed on a contract")
    rf"|\b(?:(?:initial|starting|step)\s+)?(?:placement|placed|placing|slotted)\s+(?:(?:is|will\s+be)\s+)?(?:on|onto|within|at)\s+(?:(?:the|our|an?|their|your)\s+)?"
    rf"(?:[\w'’/-]+\s+){{0,3}}?(?:(?:pay|salary|wage|step)\s+(?:schedules?|scales?|grids?|spines?|structures?|tables?|matrix|bands?|ladders?)|general\s+schedule|agenda\s+for\s+change)\b(?![^.;\n]{{0,60}}\d)"
    #   (vaguepay36) the pay noun as its clause's subject with a bare verb of dependence ending the clause, what it
    #   depends on unsaid: "Need somebody to help clean out rental houses, pay depends.", "Rates vary!"
    rf"|(?:^\W*|(?<=[,;:(]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=^the\s)|(?<=^our\s)|(?<=^your\s)|(?<=^a\s)|(?<=^an\s))(?:{_WPAY}|rates?)\s+(?:depends|varies|vary|differs)(?=\s*(?:[.;!?)\n]|$))"
    #   (vaguepay36) rates praised for the workers the ad hires, as a predicate: "Our rates are extremely competitive for
    #   travel nurses" (a worker noun, data/role_nouns.yaml and paid_workers; not a customer: "rates for members")
    rf"|\b(?:(?:hourly|day|daily|pay|shift|contract|locum)\s+)?rates\s+(?:are|remain)\s+(?:(?:{_word_list(_evaluative()['degree'])})\s+)*(?:{_WPRAISE})\s+(?:for|to)\s+"
    rf"(?:(?:the|our|all|any|new|experienced|qualified)\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_paid_workers()})(?:e?s)?\b(?![^.;\n]{{0,40}}\d)"
    #   (pay52) the tips praised as the pay, no figure: "Tips are great", "The tips are amazing on weekends", "Great tips.",
    #   "You'll make great tips" (not tips as advice: "Tips are great for beginners", "great tips on styling")
    rf"|(?:^\W*|(?<=[,;:(]\s)|(?<=\band\s))(?:(?:the|our)\s+)?tips\s+(?:are|were|can\s+be|have\s+been)\s+(?:(?:{_word_list(_evaluative()['degree'])})\s+)*(?:{_WPRAISE})\b"
    rf"(?!\s+(?:for|to|about|on\s+how|when|if|because|as|while|once)\b)(?![^.;\n]*\d)"
    rf"|(?:^\W*|\b(?:make|makes|making|earn|earns|earning|get|gets|take\s+home)\s+)(?:(?:{_WPRAISE})\s+)+tips\b(?!\s+(?:on|for|about|from|and\s+tricks|to)\b)(?![^.;\n]*\d)"
    #   (pay41) the pay put off to a call or a question the reader must ask: "ask about our pay packages"
    rf"|{_PAY_ASK}"
    #   a phrase that is vague pay by itself  "Good hike on current CTC", "No bar for the right candidate"
    rf"|\b(?:{_words('standalone')})\b"
    #   (pay40) pay named by the instrument that sets it, as the object of the worker's verb of receiving pay, no figure after:
    #   "Servers make the tipped minimum wage plus tips", "You'll be paid award rates" (data/pay_wording.yaml's pay_instruments)
    rf"|\b(?:{_words('pay_receiving_verbs')})\s+(?:(?:at\s+)?(?:least|above|over)\s+)?(?:the\s+)?(?:(?:current|local|applicable|relevant|statutory)\s+)?"
    rf"(?:{_words('pay_instruments')})\b(?![^.;\n]{{0,60}}\d)"
    #   (pay40) an addition to an unsaid base said to apply: "Penalty rates apply on weekends", "Casual loading applies"
    rf"|\b(?:{_words('pay_loadings')})\s+(?:will\s+)?(?:apply|applies|are\s+paid|paid)\b(?![^.;\n]{{0,60}}\d)"
    #   (pay40) pay tied to output with no rate: "The more you deliver, the more you earn!", "the more you sell the more you make"
    # (pay41) or by the pace or effort of the work: "the faster you pick the more you make", "the harder you work, the more you earn"
    rf"|\bthe\s+(?:more|faster|quicker|harder|longer|better)\s+(?:[a-z'’]+\s+){{0,3}}?(?:you|they|we)\s+[a-z'’]+(?:\s+[a-z'’]+)?,?\s+(?:—\s+|-\s+)?the\s+more\s+(?:you|they)\s+(?:{_words('pay_output_ties')})\b"
    #   (pay40) the currency of the pay named with no amount: "We pay in USD, on time, every month", "Salary is paid in euros"
    #   (the employer or the pay as the subject: "Clients pay in USD" is what the business is paid)
    rf"|(?:\bwe\s+pay|\b(?:is|are|be|get|gets|being)\s+paid|^\W*paid|(?:^\W*|\b(?:the|our|your|all)\s+)(?:{_WPAY})(?:\s+(?:is|are|will\s+be))?(?:\s+paid)?)"
    rf"\s+(?:(?:entirely|fully|only|always)\s+)?in\s+"
    rf"(?:(?-i:{CODES})|{_words('pay_currency_words')})\b(?![^.;\n]*\d)"
    #   pay verb x whom x praise adverb  "We reward our people handsomely", "we pay our carers generously"
    #   (not another sense's object: "pay attention", "pay our suppliers on time")
    rf"|\b(?:{_words('pay_verbs')})\s+(?!(?:close\s+|careful\s+|special\s+)?(?:attention|heed|tribute|respect|homage|bills?|invoices?|vendors?|suppliers?|taxes|dues|rent)\b)"
    rf"(?:[a-z'’]+\s+){{0,3}}?(?:{_words('pay_adverbs')})\b(?![^.;\n]{{0,40}}\d)"
    # (vague39) not a pay-equity pledge, which is about fairness between staff ("we pay all employees fairly and
    # equitably", "paid fairly regardless of gender")
    r"(?!,?\s+(?:and\s+)?(?:equitably|equally|consistently|transparently|regardless|irrespective|without\s+regard|for\s+equal|for\s+the\s+same))"
    #   openness put on the employer  "We're flexible on salary", "open on pay for the right person"
    rf"|\b(?:flexible|negotiable|open|generous)\s+(?:on|about|with|when\s+it\s+comes\s+to)\s+(?:the\s+)?(?:{_WPAY}|rates?)\b(?![^.;\n]{{0,40}}\d)"
    #   earn x more than the reader's own  "Earn more than you ever have in hospitality!"
    rf"|\b(?:earn|earns|make|makes|take\s+home)\s+(?:far\s+|much\s+|way\s+)?(?:{_words('earn_more')})\b"
    #   pay details given only on request  "Salary details available on application"
    rf"|\b(?:{_WPAY})\s+(?:details|information|info)\s+(?:are\s+|is\s+|will\s+be\s+)?(?:available\s+|given\s+|provided\s+|shared\s+)?(?:on|upon)\s+(?:request|application|enquiry|inquiry)\b"
    #   a pay label whose value holds no figure (a mask, "XX,XXX" or "__", is a fill-in, T102)  "Rate: negotiable", "Stipend: to be confirmed", "Package:
    #   excellent, details at interview" (the sentence opens with the label; a value that points elsewhere,
    #   "Salary: see below", is not vague, and a digit anywhere after the label is a figure to read)
    rf"|^\W*(?:(?:base|starting|hourly|annual|day|daily|monthly)\s+)?(?:{_WPAY}|rates?|stipend|package|fees?)(?:\s+(?:details|information|info|offered|on\s+offer|proposed))?"
    rf"\s*(?::|\s[-–—])\s*(?![^\n]*\d)(?![^\n]*(?:\bxx|__))(?!(?:please\s+)?(?:see|refer|below|above(?!\s+(?:the\s+)?(?:industry|market|average|award|going|minimum|living|norm))|attached|following|as\s+(?:below|above|follows)|n/?a\b|none\b|\W*$))"
    # (nor a currency alone, the amount left out: "Salary: R" is a blank, T102; pay47)
    rf"(?!(?:{MASK_CURRENCY_BEFORE})\s*$)"
    # (nor a request for the candidate's own figure: "Salary: please state your expected salary")
    rf"(?!(?:please\s+)?(?:state|indicate|include|provide|specify|mention|send|share|quote|give|tell\s+us)\b)[a-z][^.;\n]{{0,60}}")
#: a step of a pay structure named with its number and no amount (kind "grade"): on a named pay
#: structure within 60 characters either way ("Grade 6 on the university pay spine", "Band 5 of
#: Agenda for Change"), or right after a pay noun ("Salary: Level 4, spine points 18-22")
_GRADE_STEP = rf"\b(?:{_words('grade_words')})\s+(?-i:[A-Z]{{1,2}}-?)?\d{{1,2}}[a-z]?\b(?:\s*(?:-|–|to)\s*\d{{1,2}}[a-z]?\b)?"
_STRUCTURE = rf"\b(?:{_words('pay_structures')})\b"
#: what every GRADE_NO_AMOUNT match holds, lower-cased (a grade word's first letters); most
#: sentences with digits hold none
_GRADE_HINTS = tuple(sorted({w.split()[-1][:5] for w in pay_wording()["grade_words"]}))
#: a grade word right before a number ("spine points 18-22", "Band 5-6")
_STEP_BEFORE = regex_programs.compile(rf"\b(?:{_words('grade_words')})\s*$", re.I)
GRADE_NO_AMOUNT = LazyPattern(
    # (pay47: or naming the post itself, "This is a Band 7 post", "a Grade 6 role")
    rf"(?P<step>{_GRADE_STEP})(?=[^.;\n]{{0,60}}?{_STRUCTURE}|\s+(?:post|role|position|vacancy)\b(?![^.;\n]{{0,60}}\d))|{_STRUCTURE}[^.;\n\d]{{0,60}}?(?P<step2>{_GRADE_STEP})"
    # (pay16: up to 40 characters between, for a scale named in full: "Salary: Scottish Local Government scale, Grade 8")
    rf"|\b(?:{_WPAY}|paid|graded)\b\s*:?\s*(?:[^.;\n\d]{{0,40}}?[\s,])?(?P<step3>{_GRADE_STEP})(?:,?\s+(?P<step4>{_GRADE_STEP}))?", re.I)
#: a number with no currency, as PLAIN_AMOUNT reads one before a period ("Salary: 45,000 per annum")
PLAIN_AMOUNT = LazyPattern(rf"(?<![\w.,/:{SIGNS}-])(?P<n>{NUM})(?:\s?(?P<k>[kK])\b)?(?![\w%])")
#: what PERIOD also accepts after an amount that is no period ("45,000 base", "salary")
#: a pay label and a figure with no currency, alone ("Salary: 65,000", "Base: 65K", "OTE: 110K", "Annual CTC: 9,50,000")
_LABELLED_THOUSANDS = LazyPattern(
    rf"\W*(?:[A-Za-z-]+\s+){{0,2}}?(?:salary|pay|wages?|compensation|remuneration|base|ote|ctc|package|stipend)\s*:\s*"
    # (pay15) or written with no separator at all ("Salary: 62500", a real ad's header line)
    rf"(?P<a>(?P<n>\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:[,.' ]\d{{3}})+|\d{{2,3}}(?=\s?[kK])|\d{{4,7}}(?![\d,]|\.\d))(?:\s?(?P<k>[kK]))?"
    # (sections17) a range of two such figures, also with its dash lost in the copy ("Salary: 17,451 19,486",
    # a real ad whose £ signs and dash were dropped): two figures of a pay label, in order, are its bounds
    rf"(?:(?:\s*[-–—]\s*|\s+to\s+|\s+)(?P<b>\d{{1,3}}(?:,\d{{3}})+|\d{{4,7}}(?![\d,]|\.\d))(?:\s?[kK])?)?)"
    r"(?:\s*(?:gross|net|p\.?a\.?))?\s*[.]?\s*", re.I)
_NOT_A_PERIOD = regex_programs.compile(r"(?:base|basic|salary|stipend)", re.I)
#: hours before a bound and a number: the number counts hours ("for hours over 40 per week")
_HOURS_BOUND = regex_programs.compile(r"\bhours?\s+(?:over|above|beyond|after|past|exceeding|in\s+excess\s+of|more\s+than|of)\s+$", re.I)
#: a pay noun shortly before a number ("Salary: 45,000 per annum", "paid 15 per hour")
_PAY_NOUN_BEFORE = LazyPattern(r"\b(?:salary|salaries|pay|paid|wages?|compensation|remuneration|renumeration|stipend|honorarium|earn(?:s|ing)?|rate|ctc|package"
                              r"|(?:monthly|annual|yearly|weekly|daily)\s+(?:gross|net))\b", re.I)
#: (pay41) the contract form a rate is paid on, right after the figure's period: it names the figure a rate of pay as a
#: pay noun before it would ("Up to 60/hr on C2C", "65/hr C2C", "55/hr on 1099"; a count is not by the period: "2 years on W2")
_CONTRACT_FORM_AFTER = regex_programs.compile(
    rf",?\s*(?:(?:on|via|as|under)\s+(?:an?\s+)?)?\(?(?-i:{_CONTRACT_FORMS}|1099|B2B)(?![\w-])", re.I)
#: currencies whose unit is small enough that a month's wage runs to millions (dong, rupiah, won, shillings
#: of Uganda and Tanzania, pesos of Colombia and Chile, ...), as codes, signs or words
_SMALL_UNIT = regex_programs.compile(r"(?<![A-Za-z])(?:VND|IDR|KRW|UGX|TZS|COP|CLP|IRR|LBP|UZS|MNT|KHR|LAK|PYG|MMK|GNF|MGA|RWF|SLL|SLE)(?![A-Za-z])"
                                     r"|[₫₩₮₭៛₲]|\b(?:Rp|USh|TSh|dong|won|rupiah|juta|jt)\b")
#: currencies (beyond _SMALL_UNIT) in which a year's pay is written in millions: the yen, forint, naira, the
#: shillings of Kenya, the rupees of Pakistan and Sri Lanka, the pesos of Argentina, the tenge, the króna
_MILLIONS_A_YEAR = regex_programs.compile(r"(?<![A-Za-z])(?:JPY|HUF|NGN|KES|PKR|LKR|ARS|KZT|ISK|AMD|RSD|DZD|IQD|XOF|XAF)(?![A-Za-z])"
                                          r"|[¥₦₸円]|\b(?:yen|forint|naira|KSh|Ksh|Kshs|Ft|tenge)\b")
#: what follows money that is turnover, not pay ("$5m per month in payments", "₦2m a day in orders")
_MONEY_IN_AFTER = regex_programs.compile(r"\s+(?:in|of|worth\s+of)\s+(?!cash\b)[a-z]", re.I)
#: a period shorter than a year, as PERIOD reads one
_SHORT_PERIOD = regex_programs.compile(r"month|monthly|week|weekly|day|daily|hour|hourly|/\s?(?:mo|m|wk|w|d|h|hr)\b|\bp\.?c\.?m|\bpm\b|bulan|mes|mois|monat", re.I)
#: pay in the aggregate after an amount, a company's wage bill ("$2m in wages"), and the word for it
_PAYROLL_AFTER = regex_programs.compile(r"\s*(?:in|of|on|for)\s+(?:(?:annual|yearly|total)\s+)?(?:salaries|wages|pay|payroll|bonuses|compensation|staff\s+costs)\b", re.I)
_PAYROLL = regex_programs.compile(r"\b(?:payroll|staff\s+costs|(?:salary|pay|wage|bonus|compensation)\s+(?:pools?|bills?|budgets?|spend|funds?))\b", re.I)
#: (pay47) labels that name a rate's period themselves, so a bare figure right after them is the rate with no period
#: written ("Hourly rate 18.75", "Hourly rate: 18.75", "Day rate of 450")
_RATE_LABELS = ("hourly rate", "hourly pay", "hourly wage", "rate per hour", "day rate", "daily rate", "rate per day",
                "hourly rate of pay", "pay rate", "rate of pay")


def _rate_label_before(sent: str, start: int) -> bool:
    """Whether one of ``_RATE_LABELS`` ends right before ``start`` (after a colon, a dash, "of" or "is" at most)."""
    before = sent[max(0, start - 24):start].lower().rstrip()
    for tail in (":", "-", "–", "=", " of", " is", " at"):
        if before.endswith(tail):
            before = before[:-len(tail)].rstrip()
            break
    return before.endswith(_RATE_LABELS)


class _Empty:
    """A period match of nothing, for a figure whose label names its period."""

    def group(self) -> str:
        return ""

    def end(self) -> int:
        return 0


_NO_PERIOD = _Empty()
#: "up to 55k" with no currency sign, in a sentence about pay (an open-ended figure all the same)
PLAIN_OPEN = regex_programs.compile(r"\b(?:up\s*to|as\s+much\s+as"
                        # (pay18) a lower bound before the thousands as well ("Over 100k OTE", "Salary: more than 60k DOE")
                        # (not a count of things: "over 100k users", "more than 50k downloads")
                        r"|(?:over|more\s+than|in\s+excess\s+of|upwards\s+of|north\s+of|at\s+least|starting\s+(?:at|from)|from)(?=\s+\d{2,3}(?:[.,]\d)?\s?[kK]\b(?!\s+(?!plus\b|upwards\b|bonus\b)[a-z]+s\b)(?!\s*(?:-|–|—|to)\s*\d)))"
                        r"\s+(?:\d{2,3}(?:[.,]\d)?\s?[kK])\b"
                        # "Salary: 60k+ DOE" (pay7): thousands with a "+" and nothing added after it
                        r"|\b\d{2,3}(?:[.,]\d)?\s?[kK]\s?\+(?!\s*(?:\d|(?-i:[a-z])))"
                        # "Salary: 20k upwards", "35k and above" (pay8): a bound after the thousands
                        r"|\b\d{2,3}(?:[.,]\d)?\s?[kK]\s+(?:(?:and|or|&)\s+)?(?:upwards|above|more|higher|up)\b(?!\s+(?:the|a|an|to|of)\b)", re.I)
# Vague pay as a class (coverage, issue 14 item 4): a pay noun, a link (a copula or a label's
# colon) and a predicate that promises without a figure. Composed from the three word classes
# below rather than listed phrase by phrase; the older phrases in VAGUE_PAY stay beside it.
_PAY_NOUN = rf"(?:(?:base|starting|hourly|annual|day|daily|monthly)\s+)?(?:{_WPAY})(?:\s+expectations?)?"  # data/pay_wording.yaml
_PAY_LINK = r"\s*(?::|['’]s\b|(?:(?:that|which)\s+)?(?:is|are|will\s+be|can\s+be|shall\s+be)\b)\s*(?:(?:here\s+|also\s+)?(?:very|highly|extremely|really|always|genuinely|truly|seriously|properly|exceptionally|incredibly|pretty)\s+)?(?:here\s+)?"
#: what pay may depend on or be matched to, with up to two words before ("your relevant experience")
#: (what a person brings, or how the employer sizes them up: "your track record", "the interview",
#: "your last drawn salary", "your expectations")
_PAY_BASIS = (r"(?:(?:your|the|their|our|a|candidate'?s?|applicant'?s?)\s+)?(?:[\w'-]+\s+){0,2}?(?:experience|qualifications?|skills"
              r"|ability|abilities|performance|background|expertise|market|industry|track\s+record|merit|competenc(?:e|ies|y)"
              r"|knowledge|education|seniority|credentials|calibre|caliber|profile|interviews?|last\s+drawn(?:\s+(?:salary|ctc|pay))?"
              r"|current\s+(?:salary|ctc|package|pay)|expectations"
              # (pay13) what the work is, which the posting does not price: "Rate depends on the client and the hours"
              r"|clients?|hours(?:\s+worked)?|projects?|jobs?|shifts?|role|location|workload|assignments?|caseload|availability"
              # (pay15) what others pay and where the job is, which the posting does not price either: "Wages in line with what
              # others in the trade pay", "Salary benchmarked to location", "pay pegged to the cost of living"
              # (not where a benchmark or survey of it follows, which the wider classes read: "in line with sector benchmarks")
              r"|(?:others|competitors|competition|trade|sector|region|area|geography|cost\s+of\s+living|similar\s+(?:roles|posts|positions|employers|organi[sz]ations)"
              # (pay18) the employer's own other workplaces: "Salary on par with our other branches"
              r"|(?:our\s+|its\s+)?other\s+(?:branches|sites|stores|shops|schools|campuses|locations|offices|clinics|hospitals|hotels|centres|centers))"
              r"(?!\s+(?:benchmark\w*|surveys?|data|rates?|norms?|standards?|scales?|agreements?)\b))")
_PAY_RELATION = (rf"(?:(?:dependent|dependant|depending|depends?|based|contingent)\s+(?:up)?on|commensurate\s+with|in\s+line\s+with|(?:will\s+|to\s+)?match(?:es)?|matching"
                 rf"|reflecting|reflective\s+of|according\s+to"
                 # (pay15) pay matched to a benchmark the posting does not give: "benchmarked to", "pegged to", "on a par with"
                 rf"|benchmarked\s+(?:to|against)|pegged\s+to|tied\s+to|linked\s+to|aligned\s+(?:to|with)|(?:on|at)\s+(?:a\s+)?par\s+with|comparable\s+(?:to|with)"
                 rf"|set\s+(?:by|according\s+to)|var(?:y|ies)\s+(?:by|with))\s+{_PAY_BASIS}")
_PAY_PROMISE = (r"(?:good|great|excellent|competitive|attractive|generous|fantastic|superb|strong|decent|fair|negotiable"
                r"|flexible|open|uncapped|unlimited|tbc|tbd|tba|doe|doq|on\s+request|on\s+application|(?:to\s+be\s+)?discussed"
                # (pay15) pay left to be settled later in other words: "The package will be worked out at the final interview"
                r"|(?:to\s+be\s+)?(?:worked|sorted|ironed|figured)\s+out|(?:to\s+be\s+)?(?:settled|finali[sz]ed)"
                r"|please\s+(?:ask|enquire|inquire|contact\s+us)|(?:per|by|upon)\s+(?:mutual\s+)?agreement"
                r"|to\s+be\s+(?:discussed|agreed|confirmed|negotiated|determined|decided)|(?:six|seven|five|[567])[\s-]figures?"
                r"|(?:in\s+)?the\s+top\s+(?:quartile|tier|percentile|bracket)|(?:based\s+)?(?:on\s+)?a\s+sliding\s+scale"
                rf"|{_words('pay_openness')})")
#: what the pay noun is for, between it and its predicate ("The salary for this position is very competitive")
_PAY_FOR = (r"(?:\s+(?:for|of|in)\s+(?:this|the|our)\s+(?:position|role|job|post|vacancy|opening|opportunity))?"
            r"(?:\s+(?:here|on\s+offer|we\s+offer))?")  # "The pay here is great", "The salary on offer is generous"
VAGUE_PAY_CLASS = (rf"(?:\b{_PAY_NOUN}|^\W*(?:(?:the|your|our)\s+)?package){_PAY_FOR}(?:{_PAY_LINK}(?:{_PAY_PROMISE}|{_PAY_RELATION})|\s+{_PAY_RELATION})\b"
                   # (pay15) the amount of the pay named after it, and left open: "Salary paid in USD, amount negotiable"
                   rf"|\b{_PAY_NOUN}\b[^.;\n\d]{{0,40}}?\b(?:the\s+)?(?:exact\s+)?(?:amount|figure|sum)(?:{_PAY_LINK}|\s+){_PAY_PROMISE}\b(?![^.;\n]{{0,40}}\d)"
                   r"|\b(?:earn|make|making|earning)\s+(?:up\s+to\s+|over\s+|well\s+into\s+)?(?:six|seven|five|[567])[\s-]figures?\b")
#: (pay45) the job called salaried or hourly-paid, or said to pay by a period, with no amount: the pay named only by its
#: form. Part of VAGUE_PAY; vague_pay (checks/pay.py) reports another vague wording before one of these when the posting
#: has both ("Pay is commensurate with experience" says more than "a salaried role").
_JOB_PAY_FORM = (
    # "This is an hourly paid position", "Salaried position with benefits", "The job pays by the week" (not "non-salaried")
    # (pay46) and by its rate's unit: "Day rate contract, outside IR35", "This is a day-rate role", "Piece-rate job"
    r"(?<!non-)(?<!non\s)\b(?:(?:hourly|daily|weekly|monthly)[\s-]paid|salaried|(?:day|daily|piece)[\s-]rate)\s+(?:[\w-]+,?\s+){0,2}?(?:position|role|job|post|vacancy|opportunity|contract|employment|assignment)\b(?![^.;\n]*[\d" + SIGNS + r"])"
    # (an hourly or salaried job by its overtime classification: "Hourly, non-exempt position", "Salaried, exempt")
    r"|^\W*(?:hourly|salaried)\s*[,/(-]\s*(?:non[\s-]?)?exempt\b(?![^.;\n]*[\d" + SIGNS + r"])"
    r"|\b(?:job|role|position|post|work)\s+pays\s+(?:by\s+the|per)\s+(?:hour|day|week|fortnight|month|shift|job|piece|visit|mile)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
)
JOB_PAY_FORM = LazyPattern(_JOB_PAY_FORM, re.I)
#: (pay45) the pay named only by its period, with no amount: a pay period with the pay ("You will receive a monthly
#: salary"), the job's form (above) or the employer paying by a period ("We pay twice a month"). Part of VAGUE_PAY.
_PAY_FORM = (
    # (pay45) a pay period named with the pay and no amount in its clause, as what the hire receives or opening the line:
    # "You will receive a monthly salary", "We pay a daily wage", "Staff are on a weekly wage", "A fixed monthly salary is
    # offered", "Monthly stipend provided", "Hourly rate, time and a half on Sundays" (not its review, rise or the
    # payroll's run: "an annual salary review", "Monthly salary: see below")
    # (a rate after a verb is "a daily rate", the older class's span: "Trainers receive a daily rate per training event")
    r"(?:\b(?:receive|receives|receiving|get|gets|earn|earns|earning|offer|offers|offering|offered|provide|provides|pay|pays|paying|on|draw|draws)\s+(?:an?|the|your|their)\s+"
    r"(?:(?:fixed|guaranteed|regular|steady|stable|basic|base)\s+)?(?:hourly|daily|weekly|bi-?weekly|fortnightly|monthly|annual|yearly)\s+(?:salary|wage|pay|stipend|income)"
    # (opening the line, wages too: "Weekly wages, cash in hand"; a rate only with more said of it, not a table's column
    # header "Hourly rate")
    r"|^\W*(?:an?\s+|the\s+)?(?:(?:fixed|guaranteed|regular|steady|stable|basic|base)\s+)?(?:hourly|daily|weekly|bi-?weekly|fortnightly|monthly|annual|yearly)\s+(?:salary|wages?|pay|stipend|income|rate(?=\s*[,;(+&]|\s+\w)))\b"
    r"(?!\s*:)(?!\s+(?:review|increase|increment|rise|raise|sacrifice|survey|benchmark|budget|data|cost|bill|slip|statement|run|cap|limit|threshold|progression|structure|expectation|history|detail|info"
    r"|reconcil|process|payment|calculat|administ|quer|report|record|file|sheet|cycle|period|date|deduction|advance|loan|certificate|account|transfer|disburs|audit|tax|band)\w*)"
    # (no figure in its clause, nor one pointed to: "Hourly rate and overtime rate are shown in the table below")
    # (an ordinal is no figure: "Monthly salary + 13th month pay")
    r"(?![^.;\n]*(?:[" + SIGNS + r"]|\d(?!\d*(?:st|nd|rd|th)\b)|\b(?:below|above|attached|enclosed|appendix|table)\b))"
    # (pay45) the employer paying by a period or pay said to be hourly, no figure: "We pay twice a month", "Paid hourly"
    r"|\bwe\s+pay\s+(?:weekly|bi-?weekly|fortnightly|monthly|twice\s+(?:a|per)\s+month|every\s+(?:week|two\s+weeks|other\s+week|fortnight|month|friday))\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    r"|(?<!staff\s)(?<!employees\s)(?<!workers\s)\bpaid\s+hourly\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    r"|" + _JOB_PAY_FORM
)
VAGUE_PAY = LazyPattern(VAGUE_PAY_CLASS + "|" +
    r"\b(?:competitive|attractive|market[\s-](?:rate|related|competitive|leading)|excellent|generous|great|good|industry[- ]leading)\s+"
    r"(?:(?:base|guaranteed|starting|total|hourly|annual)\s+)?(?:salary|salaries|pay|compensation|remuneration|wages?|package|rate|benefits and salary)\b"
    r"|\b(?:salary|salaries|pay|compensation|wages?|rate)\s+(?:is\s+|will\s+be\s+)?(?:based\s+on|dependent\s+on|depending\s+on|determined\s+by)\s+(?:experience|qualifications|skills)"
    r"|(?<!\bjohn )(?<!\bjane )(?<![.@_])\b(?:doe(?![.@_]\w)|d\.o\.e\.?|depending\s+on\s+(?:experience|qualifications|skills)|dependent\s+(?:up)?on\s+experience"
    r"|commensurate\s+with\s+(?:experience|qualifications|skills|education)|salary\s+(?:is\s+)?negotiable|negotiable\s+(?:salary|pay|compensation)"
    r"|pay\s+(?:is\s+)?negotiable|salary\s+(?:will\s+be\s+)?(?:discussed|determined)|market\s+rate)\b"
    # pay addressed in everyday words, with no figure (issue 14): openness and "on application"
    # ("package" alone is pay only as what the sentence is about: "Package to be discussed"; not "a software package")
    # (pay16: a rate named by its unit of work, "Rate per mile to be agreed")
    r"|(?:\b(?:salary|pay|compensation|remuneration|wages?|rate(?:\s+per\s+(?:hour|day|shift|mile|word|visit|session|lesson|job|delivery|drop|load|piece|page|night|class|event|set))?)|^\W*(?:(?:the|your|our)\s+)?package)\s*(?:and\s+benefits\s+)?(?:(?:details|information|info|range|package|rates?|levels?|scales?)\s+)?(?:is\s+|are\s+|will\s+be\s+|:\s*)?(?:open\s+(?:to\s+discussion|for\s+discussion)|"
    r"to\s+be\s+(?:discussed|agreed|confirmed)|on\s+application|upon\s+application|available\s+(?:up)?on\s+request|on\s+request|tbd|tba)\b"
    r"|\b(?:salary|pay|compensation)\s+(?:open\s+to\s+negotiation|negotiable)\b"
    # the same openness said with any pay noun and verb form: "compensation is negotiable", "pay will be
    # discussed at interview", "pay depends on experience" (precision3 dev cases)
    r"|\b(?:salary|salaries|pay|compensation|remuneration|wages?|rates?)\s+(?:is\s+|are\s+|will\s+be\s+|can\s+be\s+)?"
    r"(?:negotiable|(?:discussed|agreed|decided|determined|confirmed|set)\s+(?:at|during|in|after|on)\s+(?:the\s+|your\s+|a\s+)?(?:interview|offer|trial(?:\s+(?:shift|day|period|week))?|meeting|call|chat|induction|first\s+day)\w*)\b"
    r"|\b(?:salary|salaries|pay|compensation|remuneration|wages?|rates?)\s+(?:depends|varies)\s+(?:up)?on\s+(?:experience|qualifications|skills)\b"
    # (pay18) the worker's rate left to a later step of an agency's or a gig's process: "Daily rate confirmed at booking",
    # "Hourly rate agreed at placement" (a pay noun, not a bare "rates": "Room rates confirmed at booking" is a price)
    rf"|\b(?:{_WPAY}|(?:hourly|daily|day|shift|session|weekly|pay)\s+rates?)\s+(?:is\s+|are\s+|will\s+be\s+)?(?:confirmed|agreed|set|given|quoted|fixed)"
    r"\s+(?:at|on|upon)\s+(?:the\s+|each\s+)?(?:booking|placement|assignment|engagement|onboarding|registration)\b"
    # praise with more adjectives or other nouns: "an exceptional compensation and benefits program",
    # "fair, competitive, market-informed compensation", "we pay more than ..."
    r"|\b(?:exceptional|outstanding|rewarding|lucrative|excellent|competitive|attractive|generous)(?:,?\s+(?:and\s+)?(?:\w+-[\w-]+|\w+(?:ive|ed|al|ing|ful|ous))){0,3}?,?\s+"
    r"(?:salary|salaries|pay|compensation|remuneration|wages?)(?:\s+(?:and\s+benefits\s+)?(?:program(?:me)?|package|plan))?\b"
    r"|\bwe\s+pay\s+(?:more|better|higher|the\s+most|top|the\s+(?:best|highest|top)(?=\s+(?:rates?|wages?|money|salar(?:y|ies)|pay)\b))\b(?!\s+(?:attention|heed))"
    # pay compared with others' and no figure: "we pay above the going rate", "our wages beat anything
    # else in town", "rates well ahead of the market"
    r"|\b(?:pay|wages?|salar(?:y|ies)|rates?\s+of\s+pay|pay\s+rates?|rates)\s+(?:is\s+|are\s+)?(?:well\s+|way\s+|far\s+)?"
    r"(?:above|over|better\s+than|higher\s+than|beats?|beating|ahead\s+of)\s+(?:the\s+)?"
    r"(?:going\s+rates?|market(?:\s+rates?)?|(?:industry|local|area|regional)\s+(?:average|standards?|rates?|norms?)|average|"
    r"(?:any|every)(?:one|thing|body)?\s+else|(?:our|the|most|all)\s+(?:competitors|competition|rest)"
    # (pay45) or what others pay: "Wages well above what others offer"
    r"|what\s+(?:others|competitors|most\s+(?:employers|companies|places|firms)|other\s+[\w-]+)\s+(?:offer|pay))\b"
    # "depending on position, experience and qualifications"; "based on the candidate's experience"
    r"|\b(?:salary|salaries|salary\s+offers?|pay|compensation|wages?|rates?)\s+(?:offers?\s+)?(?:is\s+|are\s+|will\s+be\s+)?"
    r"(?:based|depend(?:s|ing|ent)?)\s+(?:up)?on\s+(?:the\s+)?(?:[\w'-]+,?\s+(?:and\s+|or\s+)?){0,3}?(?:experience|qualifications|skills"
    # (pay13) or what the work is, which the posting does not price: "Rate depends on the client and the hours"
    r"|clients?|hours(?:\s+worked)?|projects?|shifts?|workload|caseload|availability"
    # (vague40) or the size of a gig's work, unpriced: "rate depends on the scope" (writer AH)
    r"|scope|brief|deliverables?|complexity)\b"
    r"|\b(?:salary|pay|compensation|wages?|rate)\s+(?:is\s+|will\s+be\s+)?to\s+be\s+(?:determined|decided|set)\b"
    # a pay period named as a perk, with no amount: "weekly pay", "daily pay"
    r"|\b(?:weekly|bi-?weekly|fortnightly|monthly|daily|same[- ]day)\s+pay(?:checks?|outs?)?\b(?!\s*(?::|of|is|ranges?)\s*(?:[" + SIGNS + r"]|\d))"
    # what the pay is made of, with no figure: "compensation includes base, commission, and equity"
    r"|\b(?:total\s+)?compensation\s+(?:includes|consists\s+of|is\s+made\s+up\s+of)\s+(?:a\s+)?base\b"
    # a pay label with only a period or a pay type: "Pay: hourly." (pay45: the label's kind named, "Pay type: Hourly",
    # "Compensation type: Salaried", "Rate: per hour")
    r"|\b(?:pay|salary|compensation|wage|rate)(?:\s+(?:type|basis))?\s*:\s*(?:hourly|salaried|weekly|monthly|daily|annual(?:ly)?|per\s+(?:hour|day|week|month|annum|year))\b(?=\s*(?:[.;\n]|$))"
    # praise of the pay
    r"|\b(?:pays?\s+(?:very\s+)?well|well[- ]paid|well[- ]paying|top\s+dollar|(?:unlimited|uncapped|high|huge|excellent|great)\s+earning(?:s)?(?:\s+potential)?"
    r"|earning\s+potential|(?:above[- ]average|top|highly\s+competitive|amazing|fantastic|outstanding|strong|very\s+good)\s+(?:pay|wages?|salary|compensation|earnings))\b"
    # money said with its sign thrice, no figure (pay8): "Excellent £££ for the right person", "Earn $$$ from home"
    # (not a price level: "$$ to $$$ on our menu")
    r"|(?<![\w$£€])(?<!to\s)(?<![-–]\s)(?<![-–])(?:\${3,}|£{3,}|€{3,})(?![\w$£€])(?!\s+(?:on\s+(?:our|the)\s+)?(?:price|prices|pricing|menu|dining|restaurants?)\b)"
    # a pay period with no amount
    r"|\b(?:paid|pay(?:ment)?s?)\s+(?:weekly|bi-?weekly|fortnightly|monthly|daily|semi-?monthly|every\s+(?:week|two\s+weeks|month|friday))\b"
    r"|\b(?:a|an|the)\s+(?:daily|hourly|weekly|monthly|day|session)\s+rate\b|\bfixed\s+(?:compensation|salary|pay|fee)\b(?![^.;\n]{0,40}\d)"
    + "|" + _PAY_FORM +
    # (pay45) tips kept as the pay, no base figure: "Keep all your tips!"
    r"|\bkeep\s+(?:all|every\s+penny)\s+(?:of\s+)?(?:your|the|their)\s+tips\b(?!\s+jars?\b)(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # (pay46) and said of the reader or of the tips: "You keep your tips", "Tips are yours to keep"
    r"|\byou\s+keep\s+(?:all\s+(?:of\s+)?|100%\s+of\s+)?your\s+tips\b|\btips\s+are\s+(?:all\s+)?yours\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # (pay47) or added to a base the line does not give: "Tips on top of your hourly rate", "Gratuities on top"
    r"|^\W*(?:tips|gratuities|tronc)\s+(?:are\s+)?(?:paid\s+)?(?:on\s+top|in\s+addition|extra)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # (pay45) pay praised as unbeaten, no figure: "Nobody pays better", "No one pays more in the valley", "You won't find
    # better pay around here"
    r"|\b(?:nobody|no[\s-]one)\s+(?:else\s+)?(?:pays?|rewards?)\s+(?:(?:you|staff|their\s+\w+)\s+)?(?:better|more)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    r"|\b(?:won['’]t|will\s+not|can['’]t|cannot|couldn['’]t)\s+(?:find|get|beat)\s+(?:a\s+)?(?:better|higher)\s+(?:pay|wages?|salary|rates?(?:\s+of\s+pay)?|money)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # commission with no base figure, and a band or grade with no amount
    r"|\bcommission[- ](?:based|only)\b|\b(?:straight|pure)[\s-]commission\b|\b(?:uncapped|unlimited)\s+commissions?\b|\b(?:base\s+)?(?:salary|pay)\s+(?:plus|\+|and)\s+commissions?\b"
    r"|\b(?:pay|salary)\s+(?:band|grade|scale|level)\b"
    # more everyday wording (vague2, issue 14 item 4): praise after the pay word ("salary is
    # competitive", "Pay: negotiable"), experience-dependence said other ways ("depends on
    # experience", "in line with experience"), pay left to the interview, and a figure in words
    r"|\b(?:salary|salaries|pay|compensation|remuneration|wages?)\s*(?:is|are|will\s+be|:)\s*(?:very\s+|highly\s+|extremely\s+)?"
    r"(?:competitive|attractive|generous|excellent|negotiable|flexible|market[\s-](?:rate|related|competitive|leading)|doe|tbc)\b"
    r"|\bdepends?\s+(?:up)?on\s+(?:your\s+|the\s+(?:candidate'?s?|applicant'?s?|successful\s+candidate'?s?)\s*)?(?:experience|qualifications|skills|candidate|applicant)\b"
    r"|\b(?:salary|pay|compensation|remuneration|wages?|rate)\b[^.;\n\d]{0,30}?\b(?:in\s+line\s+with|according\s+to|relative\s+to|reflective\s+of|based\s+(?:up)?on)\s+"
    r"(?:your\s+|the\s+candidate'?s\s+)?(?:experience|qualifications|skills)\b"
    r"|\b(?:salary|pay|compensation|remuneration|wages?|rate)(?:\s+and\s+benefits)?(?:\s+package)?\s+(?:is\s+|are\s+|will\s+be\s+|to\s+be\s+)"
    r"(?:discussed|agreed|negotiated|confirmed|decided|determined)(?:\s+(?:at|during|in)\s+(?:the\s+)?(?:interview|offer\s+stage|first\s+interview))?"
    r"|\b(?:discussed|agreed|negotiated|negotiable|confirmed)\s+(?:at|during)\s+(?:the\s+)?interview\b"
    # the employer offering to talk about pay instead of stating it (pay12): "Happy to discuss salary", "We'll
    # talk money at the interview"; a figure after is the pay ("happy to discuss salary above $60k")
    r"|\b(?:(?:happy|glad|open|willing|ready)\s+to\s+(?:discuss|talk(?:\s+about)?|negotiate)|(?:we\s*['’]?ll|we\s+will|we\s+can|let['’]s)\s+(?:discuss|talk(?:\s+about)?|negotiate))"
    rf"\s+(?:the\s+)?(?:{_WPAY}|money|numbers)\b(?![^.;\n]*[\d{SIGNS}])"
    r"|\b(?:five|six|seven|[567])[\s-]figure\s+(?:salary|income|earnings|pay|compensation|package|earning\s+potential)\b"
    r"|\b(?:above[\s-]market|best[\s-]in[\s-]class|top[\s-]tier|premium|fair|decent)\s+(?:pay|compensation|salary|salaries|wages?|rates?)\b"
    r"|\b(?:competitive|attractive|excellent|generous|great|good|top)\s+rates?\s+of\s+pay\b"
    # praised rates or money said to be paid (pay8): "Top rates paid", "Top money paid to the right candidate"
    r"|\b(?:top|excellent|great|generous|good|competitive|attractive|premium|best)\s+(?:rates?|money|wages?|dollar)\s+(?:paid|on\s+offer|offered)\b"
    # a pay noun opening the sentence, then after a comma a promise with no figure: "Pay per project, negotiable"
    rf"|^\W*(?:{_WPAY})\b(?!\s+(?:slips?|roll|day|dates?|cheques?|checks?|stubs?|periods?|runs?|queries|office|team|department)\b)[^.;,\n\d]{{0,30}},\s*(?:negotiable|competitive|attractive|excellent|doe|doq|tbc|tbd|tba|to\s+be\s+(?:agreed|discussed|confirmed))\b(?![^.;\n]*\d)"
    # rates praised for the workers, and pay pegged to "the market" (coverage): "excellent rates for
    # experienced drivers", "pay is in line with the market" (not a business's prices: "competitive rates")
    r"|\b(?:excellent|great|generous|top|attractive|competitive|good)\s+(?:hourly\s+|day\s+|daily\s+|pay\s+)?rates\s+(?:for|to)\s+(?:the\s+right\s+|all\s+|our\s+)?(?:experienced|qualified|skilled|new|right|licen[cs]ed|certified|drivers|staff|candidates|applicants|workers|contractors|nurses|carers)\b"
    r"|\b(?:salary|salaries|pay|compensation|remuneration|wages?)\b[^.;\n\d]{0,30}?\b(?:in\s+line\s+with|according\s+to|relative\s+to|reflective\s+of|based\s+(?:up)?on|benchmarked\s+(?:to|against))\s+(?:the\s+)?(?:local\s+)?(?:market|industry)(?:\s+(?:rates?|standards?|norms?|levels?))?\b"
    r"|\b(?:well|generously|competitively|handsomely)[\s-](?:paid|compensated|rewarded|remunerated)\b"
    r"|\b(?:paid|compensated|rewarded|remunerated)\s+(?:very\s+)?(?:well|generously|competitively|handsomely)\b"
    r"|\b(?:salary|pay|compensation|remuneration|wages?|rate)\s+(?:to\s+(?:match|reflect|reward)|that\s+(?:matches|reflects|rewards|recogni[sz]es)|reflecting|matching)\s+(?:your\s+)?"
    r"(?:experience|skills|qualifications|talent|performance|expertise|contribution|abilit(?:y|ies))\b"
    r"|\b(?:salary|salaries|pay|compensation|wages?|rates?)\s+(?:is\s+|are\s+)?(?:well\s+)?(?:above|higher\s+than|among\s+the\s+(?:best|highest))\s+(?:the\s+)?"
    r"(?:industry|market|area|local|regional|in\s+the\s+(?:area|industry|region|city))\b"
    r"|\bote\s*:?\s*(?:negotiable|competitive|uncapped|unlimited|doe|tbc)\b|\b(?:earnings|commissions?|income|ote)\s+(?:(?:are|is)\s+)?(?:uncapped|unlimited)\b"
    r"|\bearn\s+what\s+you(?:'re|’re|\s+are)\s+worth\b"
    # pay set above a floor that has no figure here (pay6): "We pay above the minimum wage", "paid
    # well above the living wage"; a figure after is the pay ("above the minimum wage, at $18 an hour")
    r"|\b(?:pays?|paying|paid|wages?|salary|rates?)\s+(?:(?:well|way|far|significantly|comfortably)\s+)?(?:above|over|more\s+than)\s+(?:the\s+)?"
    r"(?:(?:national|state|federal|legal|statutory|local|real|london|uk|us)\s+)?(?:minimum|living|going)\s+(?:wage|rate)\b(?![^.;\n]{0,40}\d)"
    # "highly paid", "richly rewarded" as praise of this job's pay (the job, or the reader, is it;
    # not "highly paid professionals like doctors use our app")
    r"|\b(?:be|are|is|get|being|you'?re|you\s+are|you\s+will\s+be)\s+(?:very\s+)?(?:highly|richly)[\s-](?:paid|rewarded|compensated)\b"
    r"|\b(?:highly|richly)[\s-](?:paid|paying|rewarded)\s+(?:position|role|job|work|opportunity|career|post|vacancy)s?\b"
    # pay matched to the post rather than the person, no figure (coverage3): "salary commensurate
    # with the role", "pay will be commensurate with the level of the post" (a pay noun first:
    # "fees commensurate with the role" are prices)
    r"|\b(?:salary|salaries|pay|compensation|remuneration|wages?|rate|package)\s+(?:will\s+be\s+|is\s+|shall\s+be\s+)?commensurate\s+with\s+(?:the\s+)?"
    r"(?:(?:level|seniority|responsibilit(?:y|ies)|scope)\s+of\s+the\s+)?(?:role|position|post|responsibilities|seniority|level|job)\b"
    # pay said to follow the person, with the basis a few words on (coverage3): "remuneration will
    # reflect the seniority of the role and the successful candidate's experience", "salary will
    # vary with qualifications"; no figure in between
    rf"|\b{_PAY_NOUN}\s+(?:will\s+|shall\s+|should\s+|is\s+set\s+to\s+)?(?:reflects?|match(?:es)?|mirrors?|var(?:y|ies)\s+(?:with|by|according\s+to))\b"
    "[^.;\n\\d" + SIGNS + r"]{0,60}?\b(?:experience|qualifications?|skills|seniority|expertise|abilit(?:y|ies)|background)\b"
    r"|\b(?:doq|d\.o\.q\.?)(?!\w)|\b(?:uncapped|unlimited|attractive|competitive|excellent|great|realistic)\s+(?:ote|on[\s-]target\s+earnings|earnings|income)\b"
    # (pay15) the basis pay is reckoned on, with no figure: "Crew paid on a share basis", "paid on an hourly basis"
    r"|\bpaid\s+on\s+an?\s+(?:[\w-]+\s+){1,2}?basis\b(?![^.;\n]{0,40}\d)"
    r"|\bpaid\s+(?:on|by|in)\s+commission\b|\b(?:earn|earns|earning)\s+(?:a\s+)?commissions?\b"
    # a pay label followed by only when or how pay arrives (coverage2): "Pay: fortnightly", "Salary:
    # paid monthly in arrears", "Payment: weekly, by cheque", "Pay frequency: biweekly via direct
    # deposit"; a figure later in the clause is the pay itself ("Pay: weekly, at $16 an hour")
    r"|\b(?:pay(?:ments?)?|salary|salaries|wages?|compensation|remuneration|earnings|(?:pay\s+)?rate(?:\s+of\s+pay)?)(?:\s+(?:frequency|schedule|cycle|period|day|method|terms))?"
    r"\s*(?::|\s(?:is|are|will\s+be)|,?(?=\s*paid\b))\s*(?:(?:paid|made|issued|processed|deposited|transferred|run)\s+)?"
    r"(?:(?:hourly|weekly|bi-?weekly|fortnightly|monthly|semi-?monthly|daily|per\s+(?:hour|shift|day|week|month|visit|job|session)|twice\s+(?:a|per)\s+month|every\s+(?:week|two\s+weeks|other\s+week|fortnight|month|four\s+weeks|friday)"
    r"|(?:on\s+the\s+)?(?:last|first)\s+(?:working\s+)?(?:day|friday)\s+of\s+(?:each|the|every)\s+month|in\s+arrears"
    # (pay18) "Salary paid in cash at the end of each month"
    r"|at\s+the\s+end\s+of\s+(?:each|every|the)\s+(?:month|week|shift|day|fortnight)"
    # (pay15) on a day of the month by its number ("Monthly salary, paid on the 25th of each month")
    r"|on\s+(?:or\s+before\s+)?the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+(?:each|the|every)\s+month)?"
    r"|cash\s+in\s+hand|(?:by|via|through|into|with|in)\s+(?:direct\s+deposit|bank\s+transfer|bacs|cheque|check|cash|paypal|payroll\s+card|wire\s+transfer|your\s+bank\s+account|paye|payroll))"
    r"(?:\s*,?\s*(?:and\s+)?(?=[a-z]))?){1,3}(?![^.;\n]{0,40}(?:[" + SIGNS + r"]|\d(?!\d*(?:st|nd|rd|th)\b)))"
    # the unit pay is counted in, with no amount (pay12): "Paid per shift.", "You'll be paid by the hour"
    # (pay18: or the employer saying it pays so, "We pay per lesson taught", "We pay our tutors per session")
    # (pay47: or the pay or its rate opening the line, "Pay per garment sewn", "Rate per tonne", "You get paid by the hour")
    r"|^\W*(?:(?:you(?:['’]ll|\s+will)\s+(?:be|get)\s+|you\s+(?:are|get)\s+|you['’]re\s+|get\s+)?paid|we\s+pay(?:\s+(?:you|staff|our\s+[\w-]+))?|payment"
    r"|pay(?:\s+is)?(?!\s+per\s+(?:click|lead|call|view|impression|install|action|acquisition)\b)|(?:contract\s+|piece\s+)?rates?(?=\s+per\s+(?:[a-z-]+\s+)?[a-z-]+\s*(?:[.;!,]|$)))\s+(?:per\s+(?:hour|shift|day|week|month|visit|job|session|piece|delivery|drop|mile"
    # (pay15) or any unit of piece work named after "per" ("Paid per tree planted", "Paid per word"), not "per cent" or "per the award"
    r"|(?!(?:cent|annum|the|our|your|a|an|se|diem|clicks?|impressions?|views?|installs?|acquisitions?|conversions?)\b)[a-z]{3,}(?:\s+(?:planted|picked|packed|delivered|sold|completed|written|translated|transcribed|cleaned|installed|closed|booked))?)"
    # (pay47: any unit of piece work, "Paid by the bin", "by the kilo", "by the load")
    # (pay47: "Paid for each delivery you complete")
    r"|for\s+(?:each|every)\s+[a-z]{3,}"
    r"|by\s+the\s+(?:hour|day|week|fortnight|month|shift|job|piece|visit|mile|bin|kilo|kg|load|tonne|ton|box|crate|tray|bucket|bag|bundle|tree|row"
    r"|acre|hectare|metre|meter|word|page|line|head|lesson|trip|drop|parcel|delivery|stop|route|garment|unit|item|carton|pallet|case|punnet|sale))\b(?![^.;\n]{0,40}(?:[" + SIGNS + r"]|\d(?!\d*(?:st|nd|rd|th)\b)))"
    # (pay47) the unit named before the pay ("Per-bin pay, weekly", "Per-load rates"), and an extra added to no base
    # opening its line ("Plus tips.")
    # (a unit of the work, "rate per ..." of data/pay_wording.yaml or one of piece work; not "Per-capita rates")
    rf"|^\W*per[\s-](?:{_PER_UNITS}|bin|load|kilo|kg|box|crate|tray|tree|row|piece|garment|parcel|trip|unit|item|bag|bucket)\s+(?:pay|rates?|wages?)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    r"|^\W*(?:\+|plus)\s+(?:tips|gratuities|commissions?|bonus(?:es)?)(?=\s*(?:[.!;\n]|$))"
    # (pay47) piece work named with no rate in its clause: "Piece work.", "Paid on piecework", "Piece-rate wages"
    r"|\bpiece[\s-]?(?:work|rates?)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    r"|\bpays?\s+(?:you|staff|employees|everyone|our\s+(?:\w+\s+)?(?:staff|team|employees|drivers|workers|people|carers|nurses|cleaners|crew))\s+"
    r"(?:weekly|bi-?weekly|fortnightly|monthly|daily|every\s+(?:week|two\s+weeks|other\s+week|fortnight|month|friday))\b"
    r"(?![^.;\n]{0,40}(?:[" + SIGNS + r"]|\d(?!\d*(?:st|nd|rd|th)\b)))"
    # (vaguepay36) more of issue 14's classes in everyday words, each with no figure after it in its clause:
    # when pay arrives, said with the payday or the cash ("Paid cash weekly", "Payday every other Friday", "Weekly
    # payday!", "Paychecks every other week", "Paid on the 15th and 30th", "Instant pay")
    r"|\bpaid\s+(?:in\s+)?(?:cash|by\s+bank\s+transfer|by\s+cheque|by\s+check|via\s+direct\s+deposit)\s+(?:weekly|bi-?weekly|fortnightly|monthly|daily|every\s+(?:week|two\s+weeks|other\s+week|fortnight|month|friday))\b"
    r"|\b(?:(?:weekly|bi-?weekly|fortnightly|monthly|daily)\s+)?(?:pay\s?days?|pay\s?checks?|pay\s?cheques?)\s+(?:(?:is|are|falls?|comes?)\s+)?(?:on\s+)?(?:every|each)\s+(?:(?:other|second)\s+)?(?:week|fortnight|month|friday|thursday|monday|two\s+weeks)\b"
    r"|\b(?:weekly|bi-?weekly|fortnightly|monthly|daily|same[\s-]day)\s+pay\s?days?\b"
    r"|^\W*(?:(?:you(?:['’]ll|\s+will)\s+(?:be|get)\s+|get\s+|you\s+get\s+)?paid)\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)(?:\s+and\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th))?(?:\s+of\s+(?:each|every|the)\s+month)?(?=\s*(?:[.;!\n]|$))"
    r"|\b(?:instant|on[\s-]demand)\s+pay\b(?!\s*(?:of|:)\s*[\d" + SIGNS + r"])"
    # commission or a bonus on the sales, the targets or the work, with no rate ("Commission paid on all sales",
    # "Bonuses for hitting targets", "Performance-related pay", "Pay linked to results", "Earn per delivery")
    r"|(?<![\d%]\s)(?<![\d%])\b(?:commissions?|bonus(?:es)?|incentives)\s+(?:(?:is|are)\s+)?(?:(?:paid|earned|available|offered)\s+)?(?:on|for)\s+(?:(?:all|every|each|any|your|hitting|meeting|reaching|beating)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:sales?|deals?|bookings?|placements?|targets?|policies|polic(?:y|ies)\s+sold|units?\s+sold|referrals?|sign[\s-]?ups|contracts?|leads?|quotas?|goals?|kpis?|appointments?)\b(?![^.;\n]{0,40}[\d%" + SIGNS + r"])"
    r"|\b(?:performance|results|merit|target|output)[\s-](?:related|linked|based|driven)\s+(?:pay|bonus(?:es)?|commissions?|salary|earnings|incentives?|rewards?)\b(?![^.;\n]{0,40}[\d%" + SIGNS + r"])"
    rf"|\b(?:{_WPAY})\s+(?:is\s+|are\s+)?(?:linked|tied|related|pegged)\s+to\s+(?:your\s+|the\s+)?(?:performance|results|targets|output|sales|productivity)\b(?![^.;\n]{{0,40}}[\d%{SIGNS}])"
    r"|\b(?:earn|earns|earning)\s+(?:per|on\s+(?:every|each))\s+(?:delivery|job|drop|order|ride|trip|sale|task|shift|visit|booking|parcel|referral)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # the pay said to be enough for the reader, or to rise, with no figure ("A salary you'll be happy with", "Pay you
    # can live on", "Pay that's worth getting out of bed for", "Pay rises with experience", "You'll be paid what
    # you're worth"); not the reader's own figure asked for ("the salary you expect")
    rf"|\b(?:{_WPAY})\s+(?:that\s+|which\s+)?you(?:['’]ll|\s+will|\s+would|['’]d|\s+can|\s+won['’]t|\s+will\s+not)?\s+(?:be\s+)?(?:(?:really|very|truly|genuinely)\s+)?"
    r"(?:happy|pleased|delighted|proud|thrilled|love|enjoy|live\s+on|live\s+with|find\s+elsewhere|find\s+anywhere\s+else|get\s+elsewhere|regret|smile\s+about|brag\s+about)\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # (pay45) the same said as what the pay does to the reader, or the reader to it: "Pay that'll make you smile", "A salary
    # to die for", "You'll love your paycheck"
    rf"|\b(?:{_WPAY})\s+(?:that['’]ll|that\s+will|to)\s+(?:make\s+you\s+(?:smile|grin|happy)|die\s+for|smile\s+about|write\s+home\s+about|shout\s+about|be\s+proud\s+of)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    rf"|\b(?:you['’]ll|you\s+will|you['’]re\s+going\s+to)\s+(?:love|like|enjoy)\s+(?:your|the|our)\s+(?:{_WPAY})\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    rf"|\b(?:{_WPAY})\s+(?:that['’]?s|that\s+is|which\s+is|that\s+makes?\s+it)\s+(?:well\s+|really\s+|truly\s+)?worth\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    rf"|\b(?:{_WPAY})\s+(?:rises?|grows?|increases?|goes\s+up|climbs?|improves?)\s+(?:with|as|in\s+line\s+with)\s+(?:your\s+)?(?:experience|skills|seniority|time|performance|you)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    r"|\b(?:pay|pays|paid|earn|earns)\s+(?:you\s+)?what\s+(?:you(?:['’]re|\s+are)|the\s+(?:job|role|work|position)(?:\s+is|['’]s)|it['’]s|they['’]re|we['’]re)\s+worth\b"
    # (pay45) or what the reader deserves: "We'll pay you what you deserve"
    r"|\b(?:pay|pays|paid|earn|earns)\s+(?:you\s+)?what\s+you\s+(?:truly\s+|really\s+)?deserve\b(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    # (pay46) or the reader's own pay matched or beaten, with no figure: "We will beat your current salary", "We'll match
    # your current package"
    rf"|\b(?:beat|beats|match|matches|better|top|exceed|improve\s+on|improve\s+upon)\s+(?:your|the\s+candidate['’]s|a\s+candidate['’]s)\s+"
    rf"(?:current|present|existing|last\s+drawn|previous)\s+(?:(?:{_WPAY})|package)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    # praise compared or said by an idiom, with no figure ("Better pay than most", "Paid over the odds", "Make
    # serious money", "Earn big")
    rf"|\bbetter\s+(?:{_WPAY}|rates)\s+than\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    # (pay47) or the pay said to beat other employers' with no figure: "Pay higher than competitors", "We pay more than the
    # big agencies" (not the reader's own, above; not a figure after: "we pay more than £15 an hour")
    rf"|(?:\bwe\s+pay|\bpays?\s+you|\b(?:{_WPAY})(?:\s+(?:is|are))?)\s+(?:far\s+|much\s+|way\s+|well\s+)?(?:more|higher|better)\s+than\s+(?:(?:the|our|most|other|many|all|any)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:competitors?|competition|agencies|chains|rivals|employers|companies|firms|others|elsewhere|most|average|market|industry)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    r"|\b(?:paid|pay|pays|paying)\s+(?:you\s+|staff\s+)?(?:well\s+)?(?:over|above)\s+the\s+odds\b"
    r"|\b(?:earn|earning|make|making)\s+(?:some\s+)?(?:serious|real|big|proper|decent|good|great|excellent|huge|top)\s+(?:money|cash|bucks|dough|coin)\b(?!\s+(?:decisions?|choices|habits|management|moves|mistakes|tips|advice))(?![^.;\n]{0,40}[\d" + SIGNS + r"])"
    r"|\bearn\s+big\b"
    # openness as the clause's end ("Salary open.", "Pay flexible for the right person")
    # (vague39) and a gig's budget, the client's word for the pay, left as open ("budget is flexible for the right
    # person", "Budget is flexible — 3 pages, WordPress"); gig_pay_nouns only here, where the budget is the clause's
    # subject and opens it: "a $2M quarterly budget" or "manage a flexible budget" are another sense
    rf"|(?:^\W*|(?<=[,;:(]\s)|(?<=^the\s)|(?<=^our\s)|(?<=^your\s)|(?<=^a\s)|(?<=^an\s))(?:{_WPAY}|{_words('gig_pay_nouns')})(?:\s+(?:range|package|band))?(?:\s*:\s*|\s+(?:is\s+)?)(?:open|flexible|negotiable)(?=\s*(?:[.;!?\n—–,]|\s-\s|$)|\s+for\s+the\s+right\b)"
    # (vague39) a bonus, commission or incentive praised with no figure in its clause ("attractive bonus", "+ excellent
    # bonus" after a salary figure; "a generous bonus of 10%" gives it)
    rf"|\b(?:{_WPRAISE})\s+(?:(?:annual|yearly|quarterly|monthly|performance|sales|team|cash|year[\s-]end)\s+)?(?:bonus(?:es)?|incentives?|commissions?)\b(?![^.;\n]{{0,40}}[\d{SIGNS}])"
    # a salary with what comes on top, and no figure anywhere in the clause ("Salary plus car", "Basic pay + overtime")
    rf"|(?:^\W*|(?<=[,;:(]\s)|(?<=^the\s)|(?<=^our\s)|(?<=^your\s)|(?<=^a\s)|(?<=^an\s))(?:(?:basic|base|good|fixed)\s+)?(?:salary|pay|wage|wages)\s*(?:\+|plus\b)\s*(?:an?\s+)?(?:{_words('pay_additions')})\b(?![^.;\n]*[\d{SIGNS}])"
    # the classes composed from data/pay_wording.yaml, last: where an older phrase above matches at
    # the same place, its span stands
    + "|" + VAGUE_PAY_COMPOSED, re.I)
@lru_cache(maxsize=1)
def _volunteer_words() -> re.Pattern:
    """data/pay_wording.yaml's ``volunteer_words`` as one whole-word pattern, compiled once."""
    return regex_programs.compile(rf"\b(?:{_words('volunteer_words')})\b", re.I)


def moot_kinds(unpaid: list[str]) -> frozenset[str]:
    """Section kinds a posting need not have, given the words that say its role is unpaid (``unpaid``
    mentions): an unpaid role has no employment benefits to describe (pay_wording.yaml's
    ``unpaid_moot_sections``), and a volunteer post no employment to offer equally either
    (``volunteer_moot_sections``, when one of ``volunteer_words`` says so): seed 32, dev 0204, and
    the open S110 of dev 0508. Read by the missing-section rules through ``Document.moot``."""
    if not unpaid:
        return frozenset()
    words = pay_wording()
    kinds = set(words["unpaid_moot_sections"])
    if any(_volunteer_words().search(text) for text in unpaid):
        kinds.update(words["volunteer_moot_sections"])
    return frozenset(kinds)


#: a role with no pay to state (kind "unpaid", pay7): data/pay_wording.yaml's unpaid words before a
#: singular role noun with up to three words between ("This is a volunteer remote role", "an unpaid,
#: part-time internship"), a role noun said to be unpaid ("The position is voluntary"), the
#: phrases ("on a voluntary basis", "expenses only") and pay that cannot be offered ("we are
#: unable to offer upfront salary"). Pay is addressed: the missing-pay rule stays quiet, and there
#: is nothing vague about it.
_UNPAID_WORD = rf"(?:{_words('unpaid_words')})"
_UNPAID_ROLE = rf"(?:{_words('unpaid_roles')})"
UNPAID = LazyPattern(
    rf"\b{_UNPAID_WORD}(?:[\s,]+(?!(?:and|or|for|of|in|to|with)\b)[a-z][\w-]*){{0,3}}?\s+{_UNPAID_ROLE}\b(?![\w-])(?!\s+(?:coordinator|manager|lead|program))"
    rf"|\b{_UNPAID_ROLE}\s+(?:is|are|will\s+be|would\s+be)\s+(?:an?\s+)?(?:entirely\s+|strictly\s+|completely\s+|fully\s+)?{_UNPAID_WORD}\b"
    rf"(?!\s+(?:coordinator|manager|lead|program|{_UNPAID_ROLE}s\b))"
    rf"|\b(?:{_words('unpaid_phrases')})\b"
    rf"|\b(?:unable\s+to|not\s+able\s+to|cannot|can'?t|can\s+not|do\s+not|don'?t|will\s+not|won'?t)\s+(?:currently\s+|yet\s+|at\s+present\s+)?"
    rf"(?:offer|pay|provide)\s+(?:you\s+)?(?:{_words('unpaid_offer_nouns')})\b", re.I)
#: what every UNPAID match holds, lower-cased
_UNPAID_HINTS = ("unpaid", "volunt", "paid", "honorary", "pro bono", "expenses", "no salary", "no remuneration", "offer",
                 "provide", "pay", "salaried")


def _unpaid(sent: str, lowered: str | None) -> list[tuple[int, int]]:
    """Where ``sent`` says the role has no pay (``UNPAID``), screened on its words first."""
    if lowered is not None and not contains_any(lowered, _UNPAID_HINTS):
        return []
    return [m.span() for m in UNPAID.finditer(sent)]


#: the bounds before an amount that leave it open: "starting at", "up to", "in excess of", "north of"
_OPEN_BOUND = (r"starting\s+(?:at|from)|starts?\s+(?:at|from)|from|up\s*to|as\s+much\s+as|(?:a\s+)?(?:minimum|maximum)\s+of|at\s+least|in\s+excess\s+of"
               r"|(?:not|no)\s+less\s+than"  # (pay18) "Salary not less than AED 6,000": "at least" in other words
               # (pay13) the bound in the employer's own language: Polish "od", German "ab"/"bis zu", Dutch "vanaf"/"tot",
               # French "à partir de"/"jusqu'à", Spanish "desde"/"hasta", Portuguese "até", Italian "fino a"
               r"|(?-i:od|ab|vanaf|desde|hasta|até|bis\s+zu)|[àa]\s+partir\s+de|jusqu['’][àa]|fino\s+a"
               r"|upwards\s+of|north\s+of|more\s+than|over|above|(?:min|max)(?:imum)?\.?:?"
               # "to" alone is a bound only right after a pay noun (pay12): "Rates to €85/hour", "Salary to £40k"
               r"|(?<=\brates\s)to|(?<=\brate\s)to|(?<=\bsalary\s)to|(?<=\bpay\s)to")
#: up to two words qualifying what "+" adds to an amount ("$55k + uncapped commission", "£30k + annual bonus",
#: "$24/hr + night shift allowance"): the addition is still no bound (pay14)
_ADDITION_WORDS = r"(?:[a-z][\w'-]*\s+){0,2}"
#: "+" as a bound: glued to the amount it is "or more" ("£28k+ plus benefits", "$90k+ with uncapped commission") unless
#: an addition follows at once ("$24/hr+ tips"); spaced, it adds what follows, qualified by up to two words or not
#: ("$55k + uncapped commission"), and only "+" with nothing added after it is a bound ("$60,000 + depending on experience")
_PLUS_BOUND = (rf"(?:(?<=\s)\+(?!\s*(?:\d|[{SIGNS}]|{_ADDITION_WORDS}(?:{_words('pay_additions')})\b))"
               rf"|(?<!\s)\+(?!\s*(?:\d|[{SIGNS}]|(?:{_words('pay_additions')})\b)))")
#: (pay18) the "+" glued to the number, its currency written after the bound ("Pay: 35.000+ THB", "28,000+ PHP per month")
_PLUS_BEFORE_CURRENCY = rf"(?<![\w.,])(?:{SPACED}|{NUM})(?:\s?[kK])?\+\s?(?:{_CUR_AFTER})"
OPEN_ENDED = LazyPattern(
    # "plus" after an amount is open-ended only with nothing added after it ("£40k plus", "$60,000 plus
    # DOE"); "13,50 € plus night supplements", "$90k plus bonus" add something to the figure
    # "+" with something added after it is addition, not a bound ("$95,000 + super", "£40k + 11.5% super")
    rf"(?P<a>{AMOUNT})(?:{_RANGE_PERIOD}(?=\s*(?:(?:and|or|&)\s+(?:above|upwards?|over|higher|beyond)|or\s+more|and\s+up|minimum|min)\b))?\s*(?:{_PLUS_BOUND}|and\s+up\b|or\s+more\b"
    # (pay16) "minimum" after the amount, ending its clause or before what the rest depends on ("Salary: £35,000 minimum",
    # "$25/hr minimum, more for experience"); not "£12 minimum wage" or "$50 minimum spend"
    rf"|(?:minimum|min\.?)(?=\s*(?:$|[.,;:)!–—-]|(?:depending|dependent|doe|doq|based|negotiable|more|plus|and|with|\+)\b))"
    # a bound after the amount, its period between or not: "RM 4,000 and above", "£25k or higher", "$30/hr and upwards"
    rf"|(?:and|or|&)\s+(?:above|upwards?|over|higher|beyond)\b(?!\s+(?:the|a|an|this|that|our|your|their)\b)|onwards\b|upwards\b(?!\s+of\b)|plus\b(?=\s*(?:$|[.,;:)!]|(?:depending|dependent|doe|doq|based|negotiable"
    rf"|per|an?\s+(?:year|month|week|day|hour|shift)|p\.?a\b|pa\b|annually|monthly|hourly|yearly|weekly|(?:USD|CAD|GBP|EUR|AUD)\b))))"
    # an amount with a bound before it: "starting at", "up to", "in excess of", "upwards of", "north of"
    rf"|\b(?:{_OPEN_BOUND})\s+(?P<b>{AMOUNT})"
    rf"|{_PLUS_BEFORE_CURRENCY}",
    re.I)
#: (pay16) a period inside an open-ended match, between its amount and its bound ("$30/hr and upwards")
_PERIOD_INSIDE = regex_programs.compile(r"\d\s*(?:/\s*|per\s+|an?\s+)(?:hour|hr|h|year|yr|annum|month|mo|week|wk|day)\b", re.I)
#: what a line that is only an amount may hold besides it: its bound, "and above", "+", gross or net
_MONEY_LINE_REST = regex_programs.compile(r"(?:[^\w]|\b(?:upwards|up|to|of|from|starting|at|over|above|min|max|minimum|maximum|and|or|more|plus|in|excess|north|least|than"
                                          r"|gross|net|brutto|netto|approx|approximately|circa|c|around|about|ab|od|vanaf|desde)\b)*", re.I)
#: what a line that is only an amount may end with: what the amount depends on, or that it may be negotiated
_MONEY_LINE_QUALIFIER = regex_programs.compile(
    r"\s*[,;(–—-]?\s*(?:(?:depending|dependent|dependant|based|contingent)\s+(?:up)?on\s+[^\d]{1,60}?|commensurate\s+with\s+[^\d]{1,60}?"
    r"|d\.?o\.?e\.?|d\.?o\.?q\.?|negotiable|neg\.?|o\.?n\.?o\.?)\s*\)?\s*[.!]?\s*$", re.I)
#: the bounds that cap an amount, in English and the employer's own language ("up to", "bis zu", "hasta")
_UPPER_BOUND = r"up\s*to|as\s+much\s+as|bis\s+zu|hasta|até|jusqu['’][àa]|fino\s+a"
#: a bound that leaves the amount after it open ("up to 35 LPA" as well as "up to $80,000")
OPEN_BEFORE = regex_programs.compile(rf"\b(?:{_OPEN_BOUND})\s+$", re.I)
#: a bound right after an amount that leaves it open, as OPEN_ENDED reads one after an amount with a
#: currency ("5 LPA and above", "8 LPA+", "10 lakh or more")
_OPEN_AFTER = regex_programs.compile(rf"\s*(?:{_PLUS_BOUND}|(?:and|or|&)\s+(?:above|upwards?|over|higher|beyond|more)\b|and\s+up\b|onwards\b)", re.I)
_OPEN_LEAD = regex_programs.compile(rf"(?:{_OPEN_BOUND})\s+", re.I)


#: a guaranteed floor is this job's figure, not an open-ended one (coverage2): "guaranteed minimum of
#: $18 an hour", "we guarantee a minimum of $20 per hour", "never less than $900 a week", "you
#: will never earn less than £12.50 per hour", "you will not earn less than $20 an hour". A bare
#: "minimum of $20", "at least $20" or "not less than $20" stays open-ended (P102).
PAY_FLOOR = LazyPattern(
    rf"\b(?:guarantee[sd]?\s+(?:you\s+)?(?:a\s+|an\s+)?(?:(?:minimum|base|floor)\s+(?:(?:hourly\s+|weekly\s+|base\s+)?(?:rate|wage|pay|salary|earnings)\s+)?(?:of\s+)?|at\s+least\s+)"
    rf"|guaranteed\s+(?:minimum|base|floor|hourly|weekly|daily)\s+(?:(?:hourly\s+)?(?:rate|wage|pay|salary|earnings|income)\s+)?(?:of\s+)?(?:at\s+least\s+)?"
    # (pay18: "not less than" and "no less than" bare, "Salary not less than AED 6,000", are a lower bound, open as "at
    # least" is; a promise needs its verb, "you will not earn less than ...", or "never")
    rf"|never\s+(?:(?:earn|make|be\s+paid|receive|get|pay(?:\s+you)?)\s+)?less\s+than\s+"
    rf"|(?:no|not)\s+(?:earn|make|be\s+paid|receive|get|pay(?:\s+you)?)\s+less\s+than\s+)(?P<b>{AMOUNT})", re.I)


#: a bound that promises at least the amount after it, and the promise that makes it a floor
_LOWER_BOUND = regex_programs.compile(r"(?:a\s+)?minimum\s+of|at\s+least|min(?:imum)?\b|(?:not|no)\s+less\s+than", re.I)
_GUARANTEE = regex_programs.compile(r"\bguarantee[sd]?\b", re.I)
#: (pay16) the same bound after the amount ("£500 a week minimum, guaranteed")
_MINIMUM_AFTER = regex_programs.compile(r"\bmin(?:imum)?\.?$", re.I)


#: a commission rate: "20% commission", "commission of 15%"
COMMISSION = LazyPattern(r"\b\d{1,2}(?:\.\d+)?\s?%\s+(?:commission|of\s+(?:each|every|the)\s+(?:sale|booking|job))\b"
                        r"|\bcommissions?\s+(?:of|at|rate\s+of)\s+\d{1,2}(?:\.\d+)?\s?%"
                        # a share of the takings the worker keeps (coverage3): "you keep 35% of every cut",
                        # "therapists receive 45% of treatment takings" (not "we donate 10% of every sale",
                        # "keep 20% of stock in reserve": the verb is the worker's, the noun what they sell)
                        r"|\b(?:keeps?|takes?(?:\s+home)?|receives?|earns?|gets?|pockets?|(?:are|is|be|get)\s+paid"
                        # pay named as the share (pay8): "Pay is 28% of the load", "Earnings: 70% of each fare"
                        # (pay41) and the pay named as commission only before its share ("Commission only: 20% of every policy sold")
                        r"|(?:pay|earnings|wages?|compensation|commission)(?:[\s-]+only)?\s*(?::|is|are|will\s+be|[-–—]\s))\s*"
                        # (pay15) the share named as one ("an 8% share of the catch value", "a 10% cut of the harvest")
                        r"(?:an?\s+)?(?P<share>\d{1,2}(?:\.\d+)?\s?%)\s+(?:(?:share|cut|split)\s+)?(?:of|on|from)\s+(?:(?:each|every|all|the|your|their|any)\s+)?(?:[\w-]+\s+(?:and\s+[\w-]+\s+)?){0,2}?"
                        r"(?:cuts?|sales?|bookings?|services?|treatments?|jobs?|fees?|takings|revenue|turnover|tickets?|appointments?"
                        r"|polic(?:y|ies)|deals?|orders?|clients?|sessions?|classes|fares?|commissions?|profits?|loads?|linehaul|freight|gross"
                        # (pay12) what else a commission is a share of: "3% of the first-year premium", "10% of each placement fee"
                        r"|premiums?|placements?|placement\s+fees?|billings?|margins?|renewals?|subscriptions?|rentals?|listings?|gmv"
                        # (pay15) a fishing crew's and a share farmer's lay: a share of the catch, the harvest, the crop
                        r"|catch|harvest|crops?|haul|landings|proceeds"
                        r"|(?:what|everything|anything)\s+you\s+(?:sell|bill|book|take|close))\b"
                        # a commission split in the worker's favour: "a 60/40 split", "commission split is 70/30"
                        r"|\b(?:commission|revenue|fee|takings|income)\s+split\s*(?::\s*|is\s+|of\s+|at\s+)?(?P<split1>\d{2}\s?/\s?\d{2})\b"
                        # (pay40) a split said to be in the worker's favour ("70/30 in your favour", "an 80/20 split in the agent's favor")
                        r"|\b(?P<split3>\d{2}\s?/\s?\d{2})\s+(?:split\s+)?in\s+(?:your|the\s+(?:agent|consultant|worker|stylist|driver|broker|rep)['’]?s?)\s+favou?r\b"
                        r"|\b(?P<split2>\d{2}\s?/\s?\d{2})\s+(?:commission\s+|revenue\s+|fee\s+)?split\b"
                        # a loan officer's commission in basis points of each loan: "Better Comp 220bps -
                        # 275bps" (precision6, seed 12); a rate's basis points ("rates fell 25 bps") name no pay word
                        r"|\b(?:comp|compensation|commissions?|pay|earn)\s*(?:of|at|is|:|up\s+to)?\s*"
                        r"(?P<bps>\d{2,3}\s?(?:bps|basis\s+points)(?:\s?[-\u2013]\s?\d{2,3}\s?(?:bps|basis\s+points))?)\b", re.I)
#: (pay40) what a split "in your favour" divides when it is pay: a commission, a fee, sales, the agent's gross income
_SPLIT_OF_MONEY = regex_programs.compile(r"\b(?:commissions?|splits?|gci|sales?|fees?|revenue|takings|income|billings?|deals?|bookings?)\b", re.I)
#: a share of sales given away, not paid to the worker (coverage3)
_GIVEN_AWAY = regex_programs.compile(r"\b(?:donat\w*|charit\w*|give[sn]?\s+back|giving\s+back|pledge[sd]?|tith\w*|reinvest\w*)\b", re.I)
#: what a bare "60/40 split" may divide other than money: time between places ("a 50/50 split
#: between office and home")
_SPLIT_NOT_PAY = regex_programs.compile(r"\b(?:office|home|remote|hybrid|on[\s-]?site|site|field|time|days?|weeks?|hours|clinical|teaching|research|desk)\b", re.I)
#: an amount that is a bonus, not the job's pay ("a $500 sign-on bonus", "bonus of up to $5,000")
_BONUS_NEAR = LazyPattern(r"\b(?:bonus(?:es)?|incentives?|sign[- ]on(?!\s+(?:at|as|with|today|now)\b)|signing|referral|relocation|tips?|tuition|reimburse\w*|"
                         # a share of what guests leave (pay13): "Tronc adds about £2 an hour", "service charge averages £250 a month"
                         r"tronc|service\s+charges?|gratuit(?:y|ies)|"
                         # a budget the worker spends, not earns ("a marketing budget of $50,000 a year")
                         r"allowances?|gift\s+cards?|budgets?"
                         # (pay15) a stipend for a thing ("A stipend for your home office of $500")
                         rf"|stipends?\s+(?:for|towards?|to\s+cover)\s+(?:your\s+|a\s+|the\s+)?{_ALLOWANCE_FOR_THING}"
                         # an addition to the base for some hours (pay12): "Night shift differential of $2/hr", "weekend uplift of £1.50"
                         r"|differentials?|uplifts?|(?:shift|night|weekend|holiday|overtime|unsocial\s+hours)\s+(?:premiums?|enhancements?)"
                         # a spending cap on a card the worker carries ("a fuel card with a limit of R5,000 per month")
                         r"|limits?|caps?|(?:fuel|expense|credit|company|corporate|purchasing)\s+cards?"
                         # (pay14) a living-out allowance, and a per diem named before its amount: expenses beside the pay
                         # ("LOA: $150 per day", "Per diem: $65 per day for M&IE"; not "£180 per diem for locum shifts")
                         r"|(?-i:LOA)|per\s+diems?(?=\s*(?::|of\b)))\b", re.I)
#: tips or a share of the service charge as what a sentence is about (pay13), with no wage named in it
_TIPS_SUBJECT = regex_programs.compile(r"^\W*(?:(?:the|our|your|all|any)\s+)?(?:tips|tronc|service\s+charges?|gratuities|tip\s+(?:share|pool)s?)\b", re.I)
_WAGE_NOUN = regex_programs.compile(r"\b(?:salary|salaries|wages?|base|basic|pay|hourly\s+rate)\b", re.I)
#: (India's CTC, cost to company, is the whole package: "CTC: ₹4.5 - 6 LPA + incentives" is the pay)
_BASE_NEAR = LazyPattern(r"\b(?:salary|base|wages?|hourly|per\s+hour|an?\s+hour|pay\s+(?:range|rate|is|of)|starting\s+pay|earn|ctc)\b", re.I)
#: a pay floor for the whole company, not this job ("we pay all employees at least $20 an hour")
COMPANY_WIDE = LazyPattern(
    r"\b(?:all|every|each)\s+(?:of\s+our\s+)?(?:(?:group|company|firm|permanent|full[\s-]time|part[\s-]time|salaried)\s+)?(?:employees|employee|team\s+members?|staff|workers?|associates?|colleagues|"
    r"positions|roles|hourly\s+(?:employees|workers|team\s+members|roles))\b"
    # everyone the company employs (pay12): "Everyone on our payroll earns above the minimum wage", "everybody here earns"
    # (pay52) or paid by the employer's verb: "We pay everyone at least the Real Living Wage of £12.60 an hour"
    r"|\b(?:pay|pays|paying)\s+(?:everyone|everybody)\b"
    r"|\b(?:everyone|everybody)\s+(?:(?:on|in|at|across)\s+(?:our|the)\s+(?:payroll|team|company|staff|business)|(?:we\s+)?employ|here|who\s+works)\b|\bcompany[- ]wide\b|\bacross\s+(?:the\s+)?(?:company|organi[sz]ation)\b"
    # (pay41) the employer's floor said across its group or chain, and group-wide ("Our minimum wage across the group is
    # £12.60 an hour"; not work across the business: "Salary £28,000; you will work across the group")
    r"|\bgroup[- ]wide\b|\b(?:our|the)\s+(?:(?:hourly|starting)\s+)?minimum\s+(?:wage|rate|pay)\s+(?:across|throughout|in)\s+(?:the\s+|our\s+)?(?:group|business|chain|network|company)\b"
    # (pay13) everyone at a workplace named by any noun, or every member of the staff: "Everyone at the bakery
    # earns at least £12", "Every member of staff is paid the Real Living Wage", "all of our people"
    r"|\b(?:everyone|everybody|every\s+one\s+of\s+us)\s+(?:who\s+works\s+)?(?:at|in|across)\s+(?:our|the|this)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:earns?|is\s+paid|gets?|receives?|makes?|takes\s+home|starts?)\b"
    # (every member of our staff named in any word: "every member of our kaimahi earns at least $27.80 an hour")
    r"|\bevery\s+(?:single\s+)?(?:member\s+of\s+(?:(?:our|the)\s+[\w'’-]+|staff)|(?:staff|team)\s+member|person\s+(?:we\s+employ|on\s+our\s+team|here))\b"
    r"|\ball\s+(?:of\s+)?our\s+(?:people|crew|workforce|staff|employees|workers|colleagues|team\s+members)\b"
    # (pay14) a floor the employer requires of its contractors or suppliers ("requires cleaning and catering contractors on its
    # sites to pay at least £12.60 an hour"), or its accreditation ("As an accredited Living Wage employer")
    r"|\b(?:requires?|requiring|expects?|asks?)\s+(?:(?:all|its|our|the)\s+)?(?:[\w'’-]+\s+(?:and\s+)?){0,3}(?:contractors|suppliers|subcontractors|vendors|agencies)\b"
    r"|\baccredited\s+(?:real\s+)?living\s+wage\s+employer\b"
    # (pay16) nobody on the staff paid below a floor ("no one on our staff earns less than £12.60 an hour")
    r"|\b(?:no[\s-]?one|nobody|no\s+(?:employee|worker|member\s+of\s+(?:our\s+)?staff|staff\s+member|team\s+member))\s+(?:(?:on|in|at|across)\s+(?:our|the)\s+[\w'’-]+\s+)?"
    r"(?:here\s+)?(?:earns?|is\s+paid|gets?|makes?|takes\s+home)\s+(?:less|under|below)\b"
    # the employer's own floor for everyone (pay13): "Our company minimum wage is £12.60 an hour across all sites"
    r"|\b(?:company|group|in-house|our\s+own)\s+minimum\s+(?:wage|rate|pay)\b|\bacross\s+(?:all\s+(?:of\s+)?(?:our\s+|the\s+)?|every\s+|each\s+)(?:sites?|stores?|locations?|branch(?:es)?|shops?|venues?|depots?|homes|teams?|roles|departments)\b"
    # every workplace of the employer paying a floor (pay13): "Every store in the group pays at least ...", "all our sites pay"
    r"|\b(?:every|each|all(?:\s+of)?)\s+(?:our\s+|the\s+)?(?:stores?|sites?|locations?|branch(?:es)?|shops?|restaurants?|outlets?|venues?|depots?|hotels?|franchises?|practices|homes|nurseries)"
    r"\s+(?:(?:in|across|of)\s+(?:the|our)\s+(?:group|chain|company|network|estate|business|brand|country)\s+)?(?:pays?|paid|offers?)\b",
    re.I)
#: what the best of the staff earn, not this job's pay (sections7): "Our top representatives make
#: over $350K/year", "top performers earn six figures"; "Our drivers earn $25 an hour" is the pay
#: figures that are someone else's pay or money (sections7): what the best of the staff earn ("Our
#: top representatives make over $350K/year"; "Our drivers earn $25 an hour" is the pay), an
#: industry average ("The average salary for this role in the industry is $60,000"), what clients
#: pay the employer ("Our clients pay $150 per hour for our services")
TOP_EARNERS = regex_programs.compile(
    r"\b(?:top|best|highest|leading|most\s+successful)[\s-]+(?:performing\s+|earning\s+|producing\s+)?(?:performers|earners|producers|"
    r"reps|representatives|salespeople|sales\s+people|agents|associates|consultants|drivers|stylists|members|recruiters|brokers)\s+"
    r"(?:can\s+|could\s+|often\s+|regularly\s+|typically\s+)?(?:make|makes|made|earn|earns|earned|average|averages|take\s+home|bring\s+in|are\s+(?:making|earning))\b",
    re.I)
OTHERS_MONEY = regex_programs.compile(
    # (pay14) a salary sacrifice scheme: a benefit bought out of the pay ("Salary sacrifice scheme for bicycles up to £1,000")
    r"\bsalary\s+sacrifice\b|"
    r"\b(?:industry|national|market|regional)\s+average\b|"
    # an average or median of the staff's pay, not this job's figure (pay13): "Our average pay across the group
    # is $31 an hour", "Median salary at the firm is €64,000"
    r"\b(?:average|median|mean|typical)\s+(?:(?:annual|hourly|weekly|monthly|base|starting|gross|total)\s+)?(?:salary|salaries|pay|wages?|earnings|income|compensation|take[\s-]home)\b(?!\s+(?:for|of)\s+(?:this|the)\s+(?:role|job|position|post))|\baverage\s+(?:salary|salaries|pay|wages?|earnings)\s+(?:for|of|in)\b[^.;]{0,50}\b(?:industry|nationally|nation|country|market|sector|field)\b"
    # what the employer's customers pay it, in any currency of the money grammar ("Customers pay R99 a
    # month", "Members pay AUD 30 a month"): the payers are data/pay_wording.yaml's
    rf"|\b(?:{_words('payers')})\s+(?:pays?|are\s+charged|is\s+charged|spends?|are\s+billed|is\s+billed|saves?|saved|earns?|makes?)\s+(?:us\s+)?(?:an?\s+)?(?:(?:up\s+to|about|around|over|from|between|just|only|less\s+than|as\s+much\s+as|as\s+little\s+as|more\s+than|at\s+least)\s+)?{MONEY_START}"
    r"|\b(?:charges?|bills?)\s+(?:its\s+|our\s+)?(?:clients|customers|patients)\b"
    # (pay15) the payroll the worker runs for others ("Process payroll for 300 staff earning between $2,000 and $5,000"), and the
    # day rate of a rig, a vessel or a market ("Rig day rates have risen to $400,000")
    r"|\bpayroll\s+(?:for|of)\s+(?:(?:over|about|around|some|all|up\s+to)\s+)?(?:\d[\d,]*\s+)?(?:staff|employees|workers|people|crew|members|contractors)\b"
    r"|\b(?:rig|vessel|ship|charter|tanker|spot|market|freight|hire|rental)\s+(?:day\s+)?rates?\b"
    # (pay15) the employer's own fee, which its clients pay ("Our consultancy fee is €900 per day, invoiced to the client")
    r"|\b(?:our|the\s+(?:company|firm|agency|practice|studio)['’]s)\s+(?:[\w-]+\s+){0,2}?fees?\b"
    # a tax concession's cap, not the pay ("As a not-for-profit we can offer salary packaging of up to $15,900
    # tax-free each year", writer M 9322; "salary sacrifice up to £5,000 a year into your pension")
    r"|\bsalary[\s-]+(?:packaging|sacrific\w*)\b"
    # (pay41) what is taken out of the pay, by its amount ("Salary deductions of $50 apply for uniforms", "$40 a week is
    # deducted from your wages for board"; session 40's open note): the worker's cost, as data/pay_wording.yaml's deductions
    rf"|\b(?:salary|pay|payroll|wages?)\s+deductions?\s+(?:of|at|amounting\s+to|totall?ing)\s+(?:(?:up\s+to|about|around|just)\s+)?{MONEY_START}"
    rf"|(?:{AMOUNT})(?:\s+(?:a|an|per|each)\s+\w+)?\s+(?:(?:is|are|will\s+be|may\s+be|gets?|shall\s+be)\s+)?deducted\s+from\b"
    # (pay16) the business's own figures said as its subject ("Store turnover is £50,000 a week", "Monthly revenue
    # of $80,000", "Weekly takings average R40 000"); a commission on them ("5% commission on sales of £10,000") keeps its share
    rf"|(?<!\bon\s)(?<!\bfrom\s)(?<!\bof\s)\b(?:turnover|revenues?|takings|gmv|footfall|billings|profits?|sales)\s+(?:(?:is|are|was|were|of|tops?|topped|exceeds?|exceeded|exceeding|reached|reaches|averages?|averaged|runs?\s+at|stands?\s+at|totals?|totalled|totaled|around|about|over)\s+)+(?:(?:about|around|over|roughly|nearly|almost|just\s+under|up\s+to)\s+)?{MONEY_START}"
    # what is charged or quoted for the work, an amount in any currency ("Our tutors charge $40 an hour
    # privately", "The quoted price is $50 per hour"; not a count: "in charge of 5 staff")
    rf"|\b(?:charges?|charged|charging|bills?|billed|billing|invoices?|invoiced|quoted?(?:\s+(?:price|rate|fee))?)\s+(?:(?:at|is|for|them|you|out\s+at)\s+)?(?:(?:just|only|about|around|from|up\s+to)\s+)?(?:{AMOUNT})",
    re.I)
#: money of others that only some words can name (pay8), read where they occur (``_NOT_THIS_JOB_HINTS``)
_NOT_THIS_JOB = regex_programs.compile(
    # a legal minimum wage as news (pay8): it changed, or what it is in a named place ("The national
    # minimum wage rose to R27.58 an hour", "Minimum wage in Kenya is KES 15,000"); "We pay the
    # National Minimum Wage of £11.44 per hour" is this job's pay
    r"\bminimum\s+wage\s+(?:in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+)?(?:(?:has|have|will|was|were|is\s+(?:set|due)\s+to)\s+)?(?:been\s+)?"
    r"(?:rose|rises|risen|increased|increases|increase|rise|went\s+up|goes\s+up|go\s+up|raised|changed|changes|change|fell|dropped)\b"
    # a campaign to raise it (pay12): "Support our campaign to raise the statutory minimum wage to KES 15,000"
    r"|\b(?:raise|raising|increase|increasing|lift|lifting)\s+(?:the\s+)?(?:(?:national|statutory|legal|federal|state|county|city|regional)\s+)?minimum\s+wage\b"
    r"|\bminimum\s+wage\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:is|was|stands\s+at|sits\s+at)\b"
    # money the worker handles for the employer, not earns ("Handle cash of up to ₦500,000 per day")
    r"|\b(?:handl|process|collect|count|bank|reconcil|deposit|approv|authori[sz]|carr|transport)(?:e|es|ed|ing|s|y|ies|ied)?\s+(?:(?:the|all|daily|customer|customers'|client|petty)\s+)?"
    r"(?:cash|payments?|invoices?|transactions?|takings|floats?|expenses|refunds|sales|purchases|money|cheques?|checks)\b"
    r"|\b(?:cash|money|payments?|takings|floats?|refunds)\s+(?:handling|handled|collection|collected|processing|processed|counting|counted)\b"
    # a perk's value, not pay ("Free meals worth $15 per shift", "vouchers valued at £50 a month")
    r"|\b(?:meals?|lunch(?:es)?|food|drinks?|vouchers?|discounts?|perks?|products?|gifts?|prizes?|equipment|kit|uniforms?|training|courses?"
    r"|credits?|tickets?|merchandise|goods|devices?|laptops?|phones?|points|rewards|cashback|miles|coupons?)\s+(?:(?:each|every|per|a)\s+\w+\s+)?(?:worth|valued\s+at)\b"
    # (pay41) what the worker looks after for the business, by its value ("You will manage accounts worth ₹5 crore a year",
    # "a pipeline worth $2m", "grants valued at €300,000"); not the gig worker's own jobs ("jobs worth $50-$80 each")
    r"|\b(?:accounts?|clients?|customers?|projects?|contracts?|deals?|business|pipeline|portfolios?|territor(?:y|ies)|budgets?|assets"
    r"|propert(?:y|ies)|tenders?|bids?|stock|inventory|funds?|grants?|programmes?|programs?|campaigns?|spend)\s+(?:(?:each|every|together|combined|collectively)\s+)?(?:worth|valued\s+at)\b", re.I)
#: what every _NOT_THIS_JOB match holds, lower-cased
_NOT_THIS_JOB_HINTS = ("minimum", "worth", "valued", "cash", "payment", "invoice", "transaction", "takings", "float",
                       "expenses", "refund", "sales", "purchases", "money", "cheque", "check")
#: an amount named by what comes right after it as a bonus, tips, a budget or an allowance for
#: something, not pay ("$5,000 in annual bonuses", "a $1,500 annual learning budget", "a $200
#: monthly stipend for your phone"); a pay word or "plus" between ends the look ("$90,000 base
#: salary plus bonus" stays pay), and so does a glued run ("$175,000 DOEGenerous Annual Bonuses"),
#: the amount's own period or "with" ("as much as PHP 40,000 monthly with incentives": the incentives add to it)
_NOT_PAY_AFTER = regex_programs.compile(
    # the words between are plain words (not a glued run such as "DOEGenerous" after a range)
    r"\s*(?:in\s+)?(?:(?!(?:salary|base|pay|wages?|plus|and|or|with|per|hourly|daily|weekly|monthly|annually|yearly|fortnightly|doe|doq|negotiable|depending)\b)(?-i:[a-z][a-z-]*|[A-Z][a-z-]*)\s+){0,3}?"
    r"(?:bonus(?:es)?|incentives?|tips|budget|allowance|credits?|vouchers?|reimbursement|fund|gift\s+cards?|(?-i:LOA)"
    r"|(?:stipend|allowance)\s+(?:for|towards?|to\s+cover)\s+(?:your\s+|a\s+|the\s+)?(?:home|office|phone|mobile|cell|internet|broadband|equipment"
    r"|commut\w*|transport\w*|travel|gym|wellness|fitness|learning|education|books?|conferences?|coworking|lunch\w*|meals?|food|childcare)"
    # (pay15) or named by that thing before the word ("a $750 home office stipend", "a $100 monthly phone stipend")
    r"|(?:home[\s-]office|remote[\s-]work(?:ing)?|wfh|phone|mobile|cell|internet|broadband|equipment|commuter|commuting|transport(?:ation)?|travel"
    r"|gym|wellness|fitness|learning|education|book|conference|coworking|co-working|lunch|meal|food|childcare|tech|setup|set-up)\s+stipend)\b"
    # "Earn $800-$1,200 a week in tips and wages" is the pay
    r"(?!\s+(?:and|&|plus)\s+(?:wages?|pay|salary|base|commission)\b)",
    re.I)
#: an allowance or bursary that IS the pay (pay13): what a volunteer, trainee, intern or apprentice is
#: given instead of a wage ("Volunteers receive a living allowance of £150 a week", "Interns get a
#: monthly allowance of Rs 15,000", "Bursary: £8,000 for the year"), named by its kind (living,
#: subsistence, trainee ...) or by who receives it; not an allowance for a thing beside the pay
#: ("Interns receive a travel allowance", "a clothing allowance of £200")
#: the kinds of fee a worker is paid by (pay15): by the day, the session or the assignment, all in or in a lump sum
_WORKER_FEE = (r"(?:(?:daily|day|fixed|flat|lump[\s-]sum|all[\s-]inclusive|consultancy|consulting|consultant['’]?s|professional"
               r"|session|assignment|per[\s-]diem)\s+)?fees?\b")
PAY_ALLOWANCE = regex_programs.compile(
    r"\b(?:living|subsistence|volunteer|trainee|internship|apprentice(?:ship)?|cadet(?:ship)?)\s+(?:allowances?|bursar(?:y|ies))\b"
    r"|\b(?:trainee|student|training|living)\s+bursar(?:y|ies)\b|^\W*bursar(?:y|ies)\s*:"
    r"|\b(?:volunteers?|interns?|trainees?|apprentices?|students?|fellows?|cadets?|learners?|scholars?)\s+(?:will\s+)?"
    r"(?:receive|receives|get|gets|are\s+(?:paid|given|offered)|is\s+(?:paid|given|offered)|earn|earns)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?!{_ALLOWANCE_FOR_THING}\b)[\w-]+\s+){{0,2}}?(?:allowance|bursary|stipend)\b"
    # (pay15) a fee paid to the worker is the pay of a consultancy or a freelance post ("Consultants will be paid a daily
    # fee of USD 350", "Daily fee: USD 280 for enumerators", "Fixed fee of USD 12,000 for the consultancy"): one the worker
    # is paid, receives or earns, or a label of a day's, a lump sum's or a consultancy's fee opening the line; not a fee
    # the employer or its client charges ("Our consultancy fee is €900 per day, invoiced to the client"), nor a referral,
    # agency or application fee (no such kind is in the list)
    rf"|\b(?:paid|receives?|receiving|earns?|earning|offered|offers?|get|gets)\s+(?:an?\s+|the\s+|your\s+)?{_WORKER_FEE}"
    rf"|^\W*{_WORKER_FEE}(?=\s*(?::|of\b|is\b|will\s+be\b|per\b|\s[-–]))", re.I)


@lru_cache(maxsize=1024)
def _pay_allowances(sent: str) -> tuple[tuple[int, int], ...]:
    """Where ``sent`` names an allowance or bursary that is the pay (``PAY_ALLOWANCE``)."""
    lowered = sent.lower()
    if "allowance" not in lowered and "bursar" not in lowered and "fee" not in lowered:
        return ()
    return tuple(m.span() for m in PAY_ALLOWANCE.finditer(sent))


def _inside(spans: tuple[tuple[int, int], ...], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in spans)


#: kinds that are a figure for this job; "grade" (a band with no amount) and "vague" are not
FIGURE_KINDS = ("range", "single", "open", "commission", "floor")
#: kinds that address pay with no figure: vague wording, a grade with no amount, and a role said
#: to be unpaid ("unpaid": nothing to state, so no vague pay either). With one of these and no
#: figure, the posting has addressed pay (the missing-pay rule stays quiet).
ADDRESSED_KINDS = ("vague", "grade", "unpaid")

#: Indian amounts in lakhs and crores (coverage3): "12-15 LPA" (lakhs per annum), "₹8 lakh",
#: "6 to 9 lakhs per annum", "1.2 crore"; the word is the currency and the scale at once
_INDIAN_SCALE = r"(?:lpa|l\.p\.a\.?|lakhs?|lacs?|crores?|cr\b)"
#: the same, public: a money mask over these units is a mask ("CTC: XX LPA", data/placeholders.yaml)
INDIAN_SCALE = _INDIAN_SCALE
_INR = r"(?:(?:₹|\bRs\.?|\bINR)\s?)"
INDIAN_AMOUNT = regex_programs.compile(
    rf"{_INR}?(?P<a>\d{{1,3}}(?:\.\d{{1,2}})?)\s?(?:{_INDIAN_SCALE}\s*)?(?:-|–|—|to)\s*{_INR}?(?P<b>\d{{1,3}}(?:\.\d{{1,2}})?)\s?(?P<scale>{_INDIAN_SCALE})"
    rf"|{_INR}?(?P<one>\d{{1,3}}(?:\.\d{{1,2}})?)\s?(?P<scale1>{_INDIAN_SCALE})", re.I)
_INDIAN_MULTIPLIER = {"l": 1e5, "c": 1e7}
#: "LPA", lakhs per annum: a scale that names its period (the figure's period, whether a lakh
#: amount is pay by itself, and whether a bonus word after it makes it bonus-only all ask this)
_PER_ANNUM_SCALE = regex_programs.compile(r"\b(?:lpa|l\.p\.a)\b", re.I)


_DIGIT = regex_programs.compile(r"\d")

# An amount in words, with its currency in words after it ("thirty thousand dollars a year",
# "fifteen pounds an hour", "two hundred and fifty euros per week"): part of the money grammar
# with a number of words instead of digits.
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SMALL_WORDS = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-](?:{'|'.join(_UNITS[:9])}))?|{'|'.join(sorted(_UNITS, key=len, reverse=True))})"
_HUNDREDS_WORDS = rf"(?:(?:{_SMALL_WORDS}|a)\s+hundred(?:\s+(?:and\s+)?{_SMALL_WORDS})?|{_SMALL_WORDS})"
WORD_NUMBER = rf"(?:{_HUNDREDS_WORDS}(?:\s+thousand(?:\s+(?:and\s+)?{_HUNDREDS_WORDS})?)?|a\s+thousand)"
_MONEY_WORDS = tuple(sorted({w.lower() for w in _TABLE["after"] if w.isalpha() and len(w) > 3} | {"pound", "grand"}))
#: the smaller unit after the currency, in words, is part of the amount ("twelve pounds fifty an hour",
#: "ten dollars and twenty-five cents", "nine pounds fifty pence per hour")
_WORD_SUBUNIT = rf"(?:\s+(?:and\s+)?(?P<sub>{_SMALL_WORDS})(?:\s+(?:pence|p|cents?))?\b)"
WORD_AMOUNT = LazyPattern(rf"\b(?P<n>{WORD_NUMBER})(?:\s+(?P<c>{_AFTER_WORDS}|pounds?)\b{_WORD_SUBUNIT}?|(?P<grand>{GRAND}))", re.I)


def _may_hold_money_words(text: str) -> bool:
    """Whether ``text`` may hold an amount in words: a currency word, or text ``safe_lower``
    cannot lower-case safely (then look)."""
    lowered = safe_lower(text)
    return lowered is None or contains_any(lowered, _MONEY_WORDS) or contains_any(lowered, _BARE_PERIODS)


def _word_value(words: str) -> float:
    """The value of a WORD_NUMBER ("thirty thousand" -> 30000, "two hundred and fifty" -> 250)."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _UNITS:
            current += _UNITS.index(word) + 1
        elif word in _TENS:
            current += (_TENS.index(word) + 2) * 10
        elif word == "a":
            current += 1
        elif word == "hundred":
            current *= 100
        elif word == "thousand":
            total, current = total + current * 1000, 0
    return float(total + current)


#: an amount in words with no currency, right before a period, after a pay noun (pay12): "Pay:
#: twenty-two fifty an hour" (22.50), "We pay fifteen an hour"; the period must follow at once
#: ("forty hours a week" is time)
BARE_WORD_AMOUNT = LazyPattern(rf"\b(?P<n>{WORD_NUMBER})(?:[\s-](?P<sub>{_SMALL_WORDS}))?"
                               r"(?=\s+(?:an?|per)\s+(?:hour|day|week|month|year|shift)\b)", re.I)
#: what a BARE_WORD_AMOUNT's sentence holds, lower-cased
_BARE_PERIODS = (" an hour", " per hour", " a day", " per day", " a week", " per week", " a month", " per month",
                 " a year", " per year", " a shift", " per shift")


def _bare_word_amounts(sent: str, lowered: str | None) -> list["PayMention"]:
    if lowered is not None and not contains_any(lowered, _BARE_PERIODS):
        return []
    out = []
    for m in BARE_WORD_AMOUNT.finditer(sent):
        if not _PAY_NOUN_BEFORE.search(sent, max(0, m.start() - 30), m.start()) or COMPANY_WIDE.search(sent):
            continue
        period = PERIOD.match(sent[m.end():])
        e = m.end() + period.end()
        name = next((n for n, _ in _PERIODS if (found := _PERIOD_WORD.search(sent, m.end(), e)) and found.group(n)), None)
        value = _word_value(m.group("n")) + _word_value(m.group("sub") or "") / 100
        mention = PayMention("single", m.start(), e, sent[m.start():e])
        mention.figure = PayFigure(value, value, None, name, mention.text)
        out.append(mention)
    return out


def _word_amounts(sent: str, lowered: str | None) -> list["PayMention"]:
    """Amounts in words before a pay period, or in a sentence about pay ("We pay thirty thousand
    dollars a year"); not "a hundred dollars of credit" or "thousands of pounds raised"; and with no
    currency right before a period after a pay noun (BARE_WORD_AMOUNT)."""
    if lowered is not None and not contains_any(lowered, _MONEY_WORDS):
        return _bare_word_amounts(sent, lowered)
    out = []
    for m in WORD_AMOUNT.finditer(sent):
        period = PERIOD.match(sent[m.end():])
        if period and _NOT_A_PERIOD.fullmatch(period.group().strip()):
            period = None
        if not (period or (_PAY_WORDS.found(sent, lowered) and not _NOT_PAY.found(sent, lowered))):
            continue
        if not period and (m.group("c") or "").lower().startswith("pound") and not re.search(r"thousand", m.group("n"), re.I):
            continue  # "lift fifty pounds": a weight, as in the amount grammar
        e = m.end() + (period.end() if period else 0)
        code = (m.group("c") or "").lower()
        currency = _SYMBOLS.get(code, "dollars" if code.startswith("dollar") else code) if code else None
        value = _word_value(m.group("n")) * (1000 if m.group("grand") else 1) + _word_value(m.group("sub") or "") / 100
        # a bound before it leaves it open, as for an amount in digits ("up to twenty pounds an hour")
        bound = OPEN_BEFORE.search(sent, max(0, m.start() - 30), m.start())
        s = bound.start() if bound else m.start()
        mention = PayMention("open" if bound else "single", s, e, sent[s:e])
        found = _PERIOD_WORD.search(sent, m.end(), min(len(sent), e + 40)) or _first_period_word(sent)
        name = next((n for n, _ in _PERIODS if found and found.group(n)), None)
        low, high = value, value
        if bound:
            low, high = (None, value) if re.match(rf"{_UPPER_BOUND}|(?:a\s+)?maximum|max", bound.group(), re.I) else (value, None)
        mention.figure = PayFigure(low, high, currency, name, mention.text)
        if not _bonus_only(sent, s, e):
            out.append(mention)
    return out
#: an amount as RANGE_RE and OPEN_ENDED see one (case-insensitively); AMOUNT_RE finds fewer
_ANY_AMOUNT = LazyPattern(rf"{AMOUNT}|{_PLUS_BEFORE_CURRENCY}", re.I)  # (pay18: "35.000+ THB" too)
#: what every amount holds, lower-cased: a currency sign or code that opens it (CUR), or a code
#: or "dollars" that closes it. Most sentences with digits ("5+ years", "401(k)") hold none.
_CURRENCY_MARKS = tuple(sorted({*_TABLE["signs"], "¢", "p per", "p a", "p each", "p/", "c per", "c a", "c each", "c/", " cpm"}))
#: the codes and currency words, as whole words: as substrings they are in most sentences ("ars"
#: in "years", "try" in "industry", "rand" in "brand", "euro" in "Europe")
_CURRENCY_WORDS = regex_programs.compile(r"(?<![a-z])(?:" + "|".join(sorted({c.lower() for c in _TABLE["codes"]}
                                                                 | {w.lower() for w in _TABLE["after"]} | {w.lower() for w in _TABLE["after_letters"]}
                                                                 | {"pound", "pounds", "grand"}))
                             + r")(?![a-z])")
#: the letters before digits that open an amount ("R18 500", "RM 3,500"): the lower-cased screen
#: above cannot see them (every sentence holds an "r")
_LETTER_AMOUNT = regex_programs.compile(_LETTER_SIGN)


def _may_hold_amount(sent: str, lowered: str | None) -> bool:
    """Whether ``sent`` (``lowered``: it lower-cased, or None) holds what every amount holds: a
    currency sign, a code or currency word, or letters before digits. The screen before the
    amount patterns."""
    return (lowered is None or contains_any(lowered, _CURRENCY_MARKS) or _CURRENCY_WORDS.search(lowered) is not None
            or _LETTER_AMOUNT.search(sent) is not None)
_VAGUE_PAY = LowerCaseRegex(VAGUE_PAY, literal_test=True)
#: the vague-pay wording runs only where an RE2 pass says it can match (``regex_screen``): it
#: matches about one sentence in a hundred, and Python's ``re`` trying its long alternation at
#: every position of the others cost more than the rest of the pay pass
#: (session 47) a budget of 12 MB, not the 64 MB default: the vague-pay alternation grew with pay47 and its DFA took
#: 16.8 MB of states over 1,000 postings (scripts/memory_growth.py --re2), the largest single set; at 12 MB it keeps
#: 7.6 MB and rebuilds states as it goes (its replay 0.06 -> 2.8 s per 1,000 postings, about 3% of a full-rule run), at
#: 16 MB 11.9 MB (1.3 s). Peak RSS at 10,000 postings was 394 MB without it against the 400 MB bound. At 8 MB
#: the set no longer compiles (the screen then lets every sentence by: the same answers, slower).
#: (speed50) the same 12 MB shared by five sets over runs of the wording's top-level branches (``branch_sets``): one set's
#: DFA states combine the partial matches of all 135 branches, and at 12 MB it threw them away and rebuilt them
#: sentence after sentence, warm or not (0.6-0.9 s of a warm pass over the dev corpus, 64 MB warm 0.012 s); five
#: sets of 2.4 MB each hold their own branches' states (0.10-0.16 s a warm pass, 0.15-0.22 s the first), with the
#: same ceiling on memory
_VAGUE_SCREEN = ScreenedGroup((_VAGUE_PAY,), memory=12 << 20, branch_sets=5)
_PAY_WORDS, _NOT_PAY = LowerCaseRegex(PAY_WORDS, starts=MatchStarts), LowerCaseRegex(NOT_PAY)


@dataclass
class PayMention:
    kind: str  # range | single | open | commission | floor (figures); grade | vague | unpaid (no figure)
    start: int  # prose-text offsets
    end: int
    text: str
    figure: "PayFigure | None" = None  # what a figure kind states


@dataclass(frozen=True)
class PayFigure:
    """The amounts a pay figure states: ``minimum``/``maximum`` (one of them None for an open-ended
    figure, equal for a single amount; a commission is a percentage), the currency as written
    ("$", or a code: "USD", "GBP") and the period ("hour", "year", "piece" ...), None when unsaid."""

    minimum: float | None
    maximum: float | None
    currency: str | None
    period: str | None
    text: str

    def to_json(self) -> dict:
        return {"min": self.minimum, "max": self.maximum, "currency": self.currency, "period": self.period,
                "text": self.text}


def pay_mentions(text: str, start: int = 0, end: int | None = None) -> list[PayMention]:
    """Concrete and vague pay in ``text[start:end]`` ("$52,000-$60,000 a year", "DOE"), not
    "$2 billion in assets" or "$5M raised"."""
    end = len(text) if end is None else end
    if not _DIGIT.search(text, start, end) and not _VAGUE_PAY.may_match(safe_lower(text[start:end])) \
            and not _may_hold_money_words(text[start:end]) and not _unpaid(text[start:end], safe_lower(text[start:end])):
        return []  # no figure and no vague-pay wording anywhere: no sentence to look at
    out: list[PayMention] = []
    cells = _table_pay_cells(text, start, end) if TABLE_CELL_SEPARATOR in text[start:end] else {}
    for sent_start, sent_end in sentence_spans(text, start, end):
        header = cells.get(sent_start)
        if header is not None:
            out.extend(_cell_pay(text, sent_start, sent_end, header))
            continue
        out.extend(PayMention(p.kind, sent_start + p.start, sent_start + p.end, p.text, p.figure)
                   for p in _sentence_pay(text[sent_start:sent_end]))
    out.sort(key=lambda p: p.start)
    return out


# --- Pay in a table's column (pay14) ---------------------------------------------------------------
#: how the parsers join a table row's cells in the prose text (Markdown and HTML tables alike)
TABLE_CELL_SEPARATOR = " ; "
#: a header cell that names the pay its column holds ("Salary", "Hourly rate", "Monthly salary (KES)",
#: "Pay (per hour)", "Starting wage", "Annual base"): a short cell ending in a pay noun and what qualifies it
#: ("Rate" only as pay's rate, "Hourly rate", "Rate (per hour)": a bank's table of "Rate" holds interest)
_PAY_COLUMN = regex_programs.compile(
    r"\W*(?:(?:[A-Za-z-]+\s+){0,2}?(?:salary|salaries|pay|wages?|compensation|remuneration|ctc|package|stipend|earnings|ote)"
    r"|(?:annual|monthly|hourly|yearly)\s+base"
    r"|(?:[A-Za-z-]+\s+)?(?:hourly|daily|day|weekly|monthly|pay|shift|base|starting|piece|contract)\s+rates?"
    r"|rates?(?=\s*(?:\(\s*(?:per|an?|/)\s*[a-z]+\s*\)|/\s*[a-z]+)))"
    r"(?:\s+(?:range|rate|band|per\s+[a-z]+|\([^()\n]{1,25}\))|\s*/\s*[a-z]+)*\s*:?\s*", re.I)


#: a table cell that is a number alone ("14.50", "65,000", "65k")
_BARE_CELL_AMOUNT = regex_programs.compile(rf"\s*(?P<n>{NUM})(?:\s?(?P<k>[kK]))?\s*")


def _table_pay_cells(text: str, start: int, end: int) -> dict[int, str]:
    """The cells of a table's pay column, by where each starts in ``text``, with their header cell's
    words: a run of lines whose cells are joined by TABLE_CELL_SEPARATOR, the first naming pay in one
    cell ("Role ; Salary", then "Officer ; 120,000 - 150,000"). Rows with another number of cells are
    not read."""
    found: dict[int, str] = {}
    header: list[str] | None = None
    pay_columns: list[int] = []
    at = start
    for line in text[start:end].split("\n"):
        line_start, at = at, at + len(line) + 1
        parts = line.split(TABLE_CELL_SEPARATOR)
        if len(parts) < 2:
            header = None
            continue
        if header is None or len(parts) != len(header) or (not _DIGIT.search(line) and any(
                len(cell) <= 40 and _PAY_COLUMN.fullmatch(cell) for cell in parts)):
            # a table's first row, or a row of words that names pay again: the next table's header
            header = parts
            pay_columns = [k for k, cell in enumerate(parts) if len(cell) <= 40 and _PAY_COLUMN.fullmatch(cell)]
            continue
        offset = line_start
        for k, cell in enumerate(parts):
            if k in pay_columns and cell.strip():
                found[offset + len(cell) - len(cell.lstrip())] = header[k].strip().rstrip(":")
            offset += len(cell) + len(TABLE_CELL_SEPARATOR)
    return found


def table_pay_figure_starts(text: str) -> frozenset[int]:
    """Where the cells of a table's pay column that hold a figure for this job start in ``text``
    ("Officer ; 120,000 - 150,000" under "Role ; Monthly salary (KES)"): section detection reads such
    a cell, which says nothing by itself, as pay."""
    if TABLE_CELL_SEPARATOR not in text:
        return frozenset()
    starts = set()
    for at, header in _table_pay_cells(text, 0, len(text)).items():
        line_end = text.find("\n", at)
        cell_end = text.find(TABLE_CELL_SEPARATOR, at, len(text) if line_end < 0 else line_end)
        end = cell_end if cell_end >= 0 else (len(text) if line_end < 0 else line_end)
        if any(p.kind in FIGURE_KINDS for p in _cell_pay(text, at, end, header)):
            starts.add(at)
    return frozenset(starts)


#: what a header cell says in brackets or after a slash ("Salary (annual, EUR)", "Pay / hour")
_HEADER_ASIDE = regex_programs.compile(r"\s*(?:\(([^()\n]*)\)|/\s*([a-z]+))", re.I)
_ASIDE_PERIODS = (("hour", "Hourly"), ("day", "Daily"), ("week", "Weekly"), ("month", "Monthly"), ("annu", "Annual"),
                  ("year", "Annual"))


def _header_words(header: str) -> str:
    """A pay column's header as the words before a cell ("Salary (annual, EUR)" -> "Annual Salary"): its
    aside dropped, the period it names kept as the pay noun's adjective."""
    period = ""
    for m in _HEADER_ASIDE.finditer(header):
        aside = (m.group(1) or m.group(2) or "").lower()
        period = period or next((word for key, word in _ASIDE_PERIODS if key in aside), "")
    words = _HEADER_ASIDE.sub("", header).strip()
    return f"{period} {words}" if period else words


def _cell_pay(text: str, start: int, end: int, header: str) -> list[PayMention]:
    """Pay in one cell of a table's pay column, read as its header cell's words and the cell ("Hourly
    rate: 14.50", "Salary: Competitive"), at offsets in ``text``; what the header's words match alone
    (a vague "Salary: Competitive") is reported on the cell."""
    prefix = _header_words(header) + ": "
    composed = prefix + text[start:end]
    found = _sentence_pay(composed)
    bare = None if found else _BARE_CELL_AMOUNT.fullmatch(text, start, end)
    if bare is not None and _value(bare.group("n")) * (1000 if bare.group("k") else 1) >= 5:
        # a cell that is a number alone: the header names it pay ("Hourly rate" over "14.50")
        mention = PayMention("single", len(prefix) + bare.start("n") - start, len(prefix) + bare.end() - start,
                             text[bare.start("n"):bare.end()])
        found = (PayMention(mention.kind, mention.start, mention.end, mention.text, _figure(composed, mention)),)
    out = []
    for p in found:
        s, e = max(p.start - len(prefix), 0), p.end - len(prefix)
        if e > 0:
            out.append(PayMention(p.kind, start + s, start + e, text[start + s:start + e], p.figure))
    return out


#: (sections18p) a pay label's figure in thousands with no currency, a range of them also in "k" ("Salary: 5k -
#: 10k"), and what qualifies it after: that it may be negotiated, or that it is a fixed sum for the work ("Salary:
#: 35,000 negotiable", "Salary: 5k - 10k fixed bid", "Pay: 40,000 gross", real ads' header lines)
_LABELLED_NUMBER = r"\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,.' ]\d{3})+(?![\d,.]\d)|\d{4,7}(?![\d,]|\.\d)|\d{1,3}(?=\s?[kK]\b)"
_LABELLED_QUALIFIED = LazyPattern(
    r"\W*(?:[A-Za-z-]+\s+){0,2}?(?:salary|pay|wages?|compensation|remuneration|ote|ctc|stipend)\s*:\s*"
    # (grouped as _LABELLED_THOUSANDS reads them: "35,000", "35 000", "35.000", India's "4,50,000", "35000")
    rf"(?P<a>(?P<n>{_LABELLED_NUMBER})(?P<k>\s?[kK]\b)?"
    rf"(?:\s*(?:[-–—]|to)\s*(?P<b>{_LABELLED_NUMBER})(?P<bk>\s?[kK]\b)?)?)"
    r"\s*[,;(]?\s*(?:negotiable|neg\.?|o\.?n\.?o\.?|gross|net|d\.?o\.?e\.?|fixed(?:\s+(?:bid|price|fee|sum|rate))?"
    r"|(?:flat|lump[\s-]sum)(?:\s+(?:fee|rate|sum))?)\s*\)?\s*[.!]?\s*", re.I)


def _labelled_figure_qualified(sent: str) -> "PayMention | None":
    """A pay label's bare figure followed by its qualifier (``_LABELLED_QUALIFIED``), as a single amount
    or a range: thousands, or a number written with "k" (a range's bounds both in "k" when one is)."""
    m = _LABELLED_QUALIFIED.fullmatch(sent)
    if m is None:
        return None
    low = _value(m.group("n")) * (1000 if m.group("k") else 1)
    if m.group("b") is None:
        return PayMention("single", m.start("a"), m.end("a"), m.group("a")) if low >= 1000 else None
    high = _value(m.group("b")) * (1000 if m.group("bk") else 1)
    if m.group("bk") and not m.group("k"):
        low *= 1000  # "5 - 10k": both in thousands
    if low < 1000 or high < low:
        return None
    return PayMention("range", m.start("a"), m.end("a"), m.group("a"))


#: long wordings read in every sentence with a digit, tried only where RE2 says a match may start (the same
#: matches, ``regex_screen.MatchStarts``): Python's ``re`` tried their branches at every position, the others'
#: money (9 kB) about 60 us a sentence
_COMPANY_WIDE_AT, _TOP_EARNERS_AT = StartScreened(COMPANY_WIDE), StartScreened(TOP_EARNERS)
_MONEY_LINE_QUALIFIER_AT = StartScreened(_MONEY_LINE_QUALIFIER)
_OTHERS_MONEY_AT, _NOT_THIS_JOB_AT = StartScreened(OTHERS_MONEY), StartScreened(_NOT_THIS_JOB)


@sentence_memo
def _sentence_pay(sent: str) -> tuple[PayMention, ...]:
    """Pay in one sentence, at offsets within it. Remembered: ads repeat their boilerplate, and
    section detection and the pay rules ask about the same sentences."""
    out: list[PayMention] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    lowered = safe_lower(sent)
    if not _DIGIT.search(sent):
        # every concrete kind (range, open, single, grade) needs a digit but an amount in words;
        # most sentences have none, and the amount regexes below are the classifier's main cost
        words = _word_amounts(sent, lowered)
        if words and (COMPANY_WIDE.search(sent) or TOP_EARNERS.search(sent)):
            words = []  # a floor for everyone, or what the best earn
        return tuple(sorted(words + [PayMention("vague", s, e, sent[s:e]) for s, e in _vague_spans(sent, lowered)
                                     if not any(w.start < e and s < w.end for w in words)]
                            + [PayMention("unpaid", s, e, sent[s:e]) for s, e in _unpaid(sent, lowered)], key=lambda p: p.start))
    vague = [PayMention("vague", s, e, sent[s:e]) for s, e in _vague_spans(sent, lowered)]
    vague += [PayMention("unpaid", s, e, sent[s:e]) for s, e in _unpaid(sent, lowered)]
    if _COMPANY_WIDE_AT.search(sent) or _TOP_EARNERS_AT.search(sent):
        return tuple(vague)  # a floor for everyone, or what the best earn, says nothing about this job's pay
    allowances = _pay_allowances(sent)
    # a line that is an amount and nothing else but its bound ("Upwards of £60,000", "£35,000", "From $80k"):
    # a posting's pay written as its own line, the way a pay section's value stands (pay13)
    # (pay14) and so is that line with what the amount depends on after it ("PHP 30,000 and above, depending on
    # account", "£28k-£32k DOE", "R25 000 negotiable"): the qualifier says it is someone's pay, and is not counted
    qualifier = _MONEY_LINE_QUALIFIER_AT.search(sent)
    head = sent[:qualifier.start()] if qualifier else sent
    money_line = few_words(head, 5) and _may_hold_amount(head, lowered) and _MONEY_LINE_REST.fullmatch(_ANY_AMOUNT.sub(" ", RANGE_RE.sub(" ", head))) is not None \
        and _ANY_AMOUNT.search(head) is not None
    pay_context = _PAY_WORDS.found(sent, lowered) or bool(allowances) or money_line
    # (pay16) a worker named as the line's label, or right after an amount, says whose pay the amount is
    labelled_worker = _WORKER_LABEL.match(sent) is not None

    def for_worker(end: int) -> bool:
        return labelled_worker or _FOR_WORKER.match(sent, end) is not None
    clauses = _Clauses(sent, _NOT_PAY.found(sent, lowered), pay_context, allowances)
    # what customers pay or are charged, an industry's average: the money of that clause is
    # someone else's ("Salary is £26,000 a year; guests pay £120 per night" keeps the salary)
    others: list[tuple[int, int]] = []
    matches = _OTHERS_MONEY_AT.spans(sent)
    if lowered is None or contains_any(lowered, _NOT_THIS_JOB_HINTS):
        matches += _NOT_THIS_JOB_AT.spans(sent)
    for cs, ce in sorted({clauses.span(*span) for span in matches}):
        if others and cs < others[-1][1]:
            others[-1] = (others[-1][0], max(ce, others[-1][1]))  # merged: within() bisects disjoint spans
        else:
            others.append((cs, ce))

    def millions_ok(amount: str, after: str, s: int, e: int) -> bool:
        # an amount in millions is pay only before a period in a sentence about pay ("KRW 45m per
        # year"), or in a clause that names it as pay before it with no period ("Annual salary
        # ¥5.5m–¥6.5m", "Total compensation of JPY 9m"; pay13: yen, won, dong and rupiah pay is
        # written in millions), not a company's money ("$5m raised", "a £1.2m budget", "we pay
        # $2m in wages")
        if not _MILLIONS.search(amount):
            return True
        if clauses.not_pay(s, e):
            return False
        period = PERIOD.match(after)
        if not pay_context:
            # millions by the month, week, day or hour are a wage where a currency's unit is small ("UGX 1.2m per
            # month", "VND 25 million a month"); a company's money is counted by the year, when at all
            # (pay15) and so are millions a month of a currency whose year's pay runs to millions, said gross or net
            # ("NGN 1.2m monthly gross"): a company's money is not taxed as a wage
            return bool(period) and _SHORT_PERIOD.search(period.group()) is not None and not _MONEY_IN_AFTER.match(after, period.end()) \
                and (_SMALL_UNIT.search(amount) is not None
                     or (_MILLIONS_A_YEAR.search(amount) is not None and _TAXED.match(after, period.end()) is not None))
        if period:
            return True
        # (only where a year's pay runs to millions: yen, won, forint, naira ...; "Salary: $1-2 million" with no
        # period is no salary anyone is offered)
        cs, _ = clauses.span(s, e)
        return _PAY_NOUN_BEFORE.search(sent, cs, s) is not None and not _PAYROLL_AFTER.match(after) \
            and _PAYROLL.search(sent) is None and (_SMALL_UNIT.search(amount) is not None or _MILLIONS_A_YEAR.search(amount) is not None)
    # ranges, open-ended and single amounts all contain an amount, and most sentences with
    # digits ("5+ years", "401(k)") have none
    amounts = _may_hold_amount(sent, lowered) and _ANY_AMOUNT.search(sent) is not None
    indian = lowered is None or contains_any(lowered, ("lpa", "l.p.a", "lakh", "lac", "crore", "cr"))
    for m in INDIAN_AMOUNT.finditer(sent) if indian else ():
        scale = (m.group("scale") or m.group("scale1")).lower()
        # "LPA" says pay by itself; a lakh or crore is pay with a pay word or a period after it
        # ("₹8 lakh per annum"), not "3 crore customers" or "₹500 crore of assets"
        if not _PER_ANNUM_SCALE.match(scale) and not (
                (pay_context and not clauses.not_pay(m.start(), m.end())) or PERIOD.match(sent[m.end():])):
            continue
        # a bound before it leaves it open, and is part of the figure as for any amount ("up to 35 LPA")
        bound = None if m.group("b") else OPEN_BEFORE.search(sent, max(0, m.start() - 30), m.start())
        # and so does one after it, as after any amount ("5 LPA and above", "8 LPA+", "10 lakh or more")
        after = None if m.group("b") or bound else _OPEN_AFTER.match(sent, m.end())
        s, e = (bound.start() if bound else m.start()), (after.end() if after else m.end())
        out.append(PayMention("range" if m.group("b") else "open" if bound or after else "single", s, e, sent[s:e]))
        taken.append((s, e))
    for m in RANGE_RE.finditer(sent) if amounts else ():
        if not free(m.start(), m.end()):
            continue
        after = sent[m.end():]
        if BIG.match(after) or (m.group("a") is not None and BIG.match(sent[m.end("a"):])) \
                or not millions_ok(m.group(), after, m.start(), m.end()):
            continue
        if not pay_context and not PERIOD.match(after) and clauses.not_pay(m.start(), m.end()):
            continue
        if not (pay_context or PERIOD.match(after) or for_worker(m.end())) and not _k_or_large(m.group()):
            continue
        if not clauses.pay(m.start(), m.end()) and not for_worker(m.end()) and _priced(sent, m.start(), m.end(), PERIOD.match(after)):
            continue  # a range of prices ("Policies range from $45 to $300 per month in premium"), as for single amounts
        out.append(PayMention("range", m.start(), m.end(), m.group()))
        taken.append((m.start(), m.end()))
    if pay_context and not taken:
        for m in PLAIN_RANGE.finditer(sent):
            nums = re.findall(r"\d[\d,.]*", m.group())
            if _STEP_BEFORE.search(sent, 0, m.start()):
                continue  # a step of a pay structure ("spine points 18-22"), not an amount
            if _DASH_AFTER.match(sent, m.end()) or _DASH_BEFORE.search(sent, max(0, m.start() - 4), m.start()):
                continue  # (pay46) two parts of three, a date or a phone number ("Posted 2025-10-01"), not a range
            if all(_value(n) >= 7 for n in nums) and not re.search(r"years?|%|hours|minutes|mins|days|weeks|months", sent[m.end():m.end() + 8], re.I) \
                    and (re.search(r"salary|pay|wage|compensation|rate|range|\bpackage\b|\bbase\b|\bote\b|\bctc\b|\bcomp\s*:", sent, re.I)
                         # (pay15) a range in thousands with what it depends on ("Vet surgeon: 55-65k DOE")
                         or (re.search(r"\d\s?[kK]\b", m.group()) and re.search(r"\bdo[eq]\b|\bdepending\s+on\b", sent, re.I))):
                out.append(PayMention("range", m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    for m in PAY_FLOOR.finditer(sent) if amounts else ():
        s, e = m.start("b"), m.end("b")
        period = PERIOD.match(sent[e:])
        if not millions_ok(m.group("b"), sent[e:], s, e):
            continue
        if free(s, e) and (period or pay_context):
            e2 = e + (period.end() if period else 0)
            out.append(PayMention("floor", s, e2, sent[s:e2]))
            taken.append((m.start(), e2))
    for m in OPEN_ENDED.finditer(sent) if amounts else ():
        s, e = m.start(), m.end()
        if not free(s, e) or BIG.match(sent[m.end():]) or not millions_ok(m.group(), sent[m.end():], s, e):
            continue
        if not clauses.pay(s, e) and not for_worker(e) and _priced(sent, s, e, PERIOD.match(sent[e:])):
            continue  # a price ("we rent kayaks from $25 an hour"), as for single amounts below
        # (pay16: the period may stand between the amount and its bound, "$30/hr and upwards", "$25/hr minimum")
        if not (pay_context or PERIOD.match(sent[m.end():]) or _PERIOD_INSIDE.search(m.group()) or for_worker(e) or _PACKAGE_AFTER.match(sent, e)) or (clauses.not_pay(s, e) and not PERIOD.match(sent[m.end():])
                                                                 and not re.search(r"salary|pay|wage|compensation", sent, re.I)):
            continue
        # a lower bound the employer guarantees is a floor, this job's figure, not open-ended pay (pay12):
        # "Guaranteed pay of at least £500 a week", "A minimum of $20 per hour is guaranteed"
        floor = (_LOWER_BOUND.match(m.group()) or _MINIMUM_AFTER.search(m.group())) and _GUARANTEE.search(sent, *clauses.span(s, e))
        out.append(PayMention("floor" if floor else "open", s, e, m.group()))
        taken.append((s, e))
    if pay_context and not amounts:
        for m in PLAIN_OPEN.finditer(sent):
            if free(m.start(), m.end()) and re.search(r"salary|pay\b|wage|compensation|package|\bote\b|earn", sent, re.I):
                out.append(PayMention("open", m.start(), m.end(), m.group()))
                taken.append((m.start(), m.end()))
    if pay_context and not amounts and not taken:
        # a figure with no currency at all, right after a pay noun and before its period ("Salary:
        # 45,000 per annum", "Pay: 15 per hour"); not a step of a pay structure or a count
        for m in PLAIN_AMOUNT.finditer(sent):
            period = PERIOD.match(sent[m.end():])
            if period is None and _rate_label_before(sent, m.start()):
                period = _NO_PERIOD  # (pay47) "Hourly rate 18.75": the label names the period
            if not period or _NOT_A_PERIOD.fullmatch(period.group().strip()) or not free(m.start(), m.end()):
                continue
            value = _value(m.group("n")) * (1000 if m.group("k") else 1)
            if value < 5 or _STEP_BEFORE.search(sent, 0, m.start()) or not (
                    _PAY_NOUN_BEFORE.search(sent, max(0, m.start() - 40), m.start())
                    or _CONTRACT_FORM_AFTER.match(sent, m.end() + period.end())):
                continue
            if _HOURS_BOUND.search(sent, max(0, m.start() - 30), m.start()):
                continue  # a count of hours ("Overtime is paid for hours over 40 per week"), not an amount
            e2 = m.end() + period.end()
            # a bound before it leaves it open, as for an amount with a currency ("Salary: up to 50K per month")
            bound = OPEN_BEFORE.search(sent, max(0, m.start() - 30), m.start())
            s = bound.start() if bound else m.start()
            # and so does "+" after it (pay46: "Salary 80,000+ per annum")
            out.append(PayMention("open" if bound or sent.startswith("+", m.end()) else "single", s, e2, sent[s:e2]))
            taken.append((s, e2))
    if not amounts and not taken:
        # (pay14) a pay label and a figure in thousands, alone on their line ("Salary: 65,000", "OTE: 110K"):
        # the label names what the figure is, as a period would
        m = _LABELLED_THOUSANDS.fullmatch(sent)
        if m and (m.group("k") or _value(m.group("n")) >= 1000) \
                and not (m.group("b") and _value(m.group("b")) < _value(m.group("n"))):  # bounds in order
            out.append(PayMention("range" if m.group("b") else "single", m.start("a"), m.end("a"), m.group("a")))
            taken.append(m.span("a"))
        else:
            qualified = _labelled_figure_qualified(sent)
            if qualified is not None:
                out.append(qualified)
                taken.append((qualified.start, qualified.end))
    for m in AMOUNT_RE.finditer(sent) if amounts else ():
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        after = sent[m.end():]
        if BIG.match(after) or re.match(r"\s?%", after) or not millions_ok(m.group(), after, s, e) or _BIG_RANGE_END.match(after):
            continue
        period = PERIOD.match(after)
        worker = for_worker(e + (period.end() if period else 0))
        if not clauses.pay(s, e) and not worker and _priced(sent, s, e, period):
            continue  # a price or a budget by the month ("memberships start at $29 a month"), not pay
        if period or (not clauses.not_pay(s, e) and (_TAXED.match(sent, e) or worker or _PACKAGE_AFTER.match(sent, e)
                                                     or (pay_context and (money_line or _near_pay_word(sent, m.start(), m.end(), allowances))))):
            e2 = e + (period.end() if period else 0)
            out.append(PayMention("single", s, e2, sent[s:e2]))
            taken.append((s, e2))
    for m in COMMISSION.finditer(sent):
        split = m.group("split1") or m.group("split2") or m.group("split3")
        if split and (sum(int(n) for n in re.findall(r"\d+", split)) != 100 or _SPLIT_NOT_PAY.search(sent)):
            continue
        if m.group("split3") and not _SPLIT_OF_MONEY.search(sent):
            continue  # (pay40) "70/30 in your favour" is a share of money only where the sentence says of what

        if _GIVEN_AWAY.search(sent):
            continue  # "we donate 10% of every sale to charity": the employer's giving, not pay
        if free(m.start(), m.end()):
            # a bound before the share leaves it open (pay13): "Up to 40% commission on colour services"
            bound = OPEN_BEFORE.search(sent, max(0, m.start() - 30), m.start())
            start = bound.start() if bound else m.start()
            out.append(PayMention("open" if bound else "commission", start, m.end(), sent[start:m.end()]))
            taken.append((start, m.end()))
    out = [PayMention(p.kind, p.start, p.end, p.text, _figure(sent, p)) for p in out
           if not _bonus_only(sent, p.start, p.end, clauses.span(p.start, p.end)[1])]
    # "$0.00 per hour" is a template's blank (T102), not a figure
    out = [p for p in out if not (p.figure is not None and p.figure.minimum == 0 and not p.figure.maximum)]
    for m in GRADE.finditer(sent):
        s, e = m.start(), m.end()
        # a federal or civil-service grade code in a sentence about the job's grade or post ("This is
        # a GS-11 position", "graded GS-9"), not a model number among others
        # (pay16) or placed on a scale ("Placed at GS-12 on the federal scale")
        if free(s, e) and (AMOUNT_RE.search(sent) or re.search(r"\b(pay|grade|salary|level|classified|scale|placed)\b", sent, re.I)
                           or ("-" in m.group() and re.search(r"\b(?:graded|classification|position|post|role|series|step)\b", sent, re.I))):
            out.append(PayMention("grade", s, e, m.group()))
    for m in PAY_BAND.finditer(sent):
        if free(m.start(), m.end()) and not any(p.start < m.end() and m.start() < p.end for p in out):
            out.append(PayMention("grade", m.start(), m.end(), m.group()))
    for m in GRADE_NO_AMOUNT.finditer(sent) if lowered is None or contains_any(lowered, _GRADE_HINTS) else ():
        s, e = next(m.span(g) for g in ("step", "step2", "step3") if m.group(g))
        e = m.end("step4") if m.group("step4") else e
        if free(s, e) and not any(p.start < e and s < p.end for p in out):
            out.append(PayMention("grade", s, e, sent[s:e]))
    out.extend(w for w in _word_amounts(sent, lowered) if free(w.start, w.end))
    if others:
        out = [p for p in out if not clauses.within(others, p.start)]
    out.extend(vague)
    return tuple(out)


#: what may stand between a price word and its amount: words, not a list's separators ("Staff
#: parking is $5 a day", "memberships start at $29"; not "dental plan and $25 an hour")
_PRICE_GAP = regex_programs.compile(r"(?:(?!\b(?:and|plus|with|or)\b)[^,;+&\n])*")
#: a price word right after the amount and its period ("$29 a month for a membership")
_PRICE_AFTER = LazyPattern(rf"^\s*(?:for\s+(?:a\s+|an\s+|the\s+|each\s+|every\s+|your\s+)?)?(?:{_words('price_words')})\b"
                           rf"|^\s*,?\s*for\s+(?:(?:our|all|the)\s+)?(?:{_words('sold_to')})\b", re.I)


#: an amount said before tax is someone's pay (pay7): "Lønn: kr 32 000 brutto", "€2.450 gross"; not a
#: business's gross figures ("$80,000 gross margin")
_TAXED = regex_programs.compile(r"\s*,?\s*(?:gross|brutto|bruto|netto|before\s+tax(?:es)?|pre-?tax)\b"
                    r"(?!\s+(?:margin|profits?|revenues?|sales|income|value|weight|tonnage|floor|area|domestic|receipts|bookings))", re.I)


#: (pay16) an amount said to be for a worker, right after it or its period, is that worker's pay with no pay word
#: ("₱2,500 for waiters", "$90k+ for experienced Class 1 drivers", "HK$20k+ for an experienced helper"); the worker
#: noun ends its phrase ("£10 for an extra hour" names no worker)
_FOR_WORKER = LazyPattern(
    r"\s*(?:\+\s*)?,?\s*for\s+(?:(?:(?:an?|the|our|all|each|every|new|experienced|qualified|senior|junior)\s+)?(?:[\w'’-]+\s+){0,3}?"
    rf"(?:{_paid_workers()})(?:e?s)?(?=\s*(?:$|[.,;:!?)(/]|(?:and|or|who|with|in|at|on|per|only|from|working|based)\b))"
    # or the job advertised itself ("£30k and above for this role")
    r"|(?:this|the)\s+(?:role|position|post|job|vacancy)\b)", re.I)
#: (pay16) a worker named as the label of a line of figures ("Door staff: $200 per night", "DJs: R1,800 per set")
_WORKER_LABEL = LazyPattern(rf"^\W*(?:[\w'’-]+\s+){{0,2}}?(?:{_paid_workers()})(?:e?s)?\s*:", re.I)
#: (pay16) an amount with a pay addition after it, or paid a number of times a year, is a package: this job's pay
#: with no pay word ("AED 9,000 + accommodation", "AUD $145k + super", "HKD 45,000 x 13 months"); not what is added to
#: a price or a fee (data/pay_wording.yaml's price_additions: "£500 + VAT")
_PACKAGE_AFTER = LazyPattern(
    r"\s*(?:\+|plus\b|&)\s*(?:(?:free|shared|paid|full|company|staff|annual|monthly|quarterly|performance|generous)\s+)?"
    rf"(?:{_word_list(set(pay_wording()['pay_additions']) - set(pay_wording()['price_additions']))})\b"
    r"|\s*[x×]\s*1[2-6]\s*(?:months?|salaries|pays|payments)\b", re.I)


def _priced(sent: str, start: int, end: int, period: re.Match | None = None) -> bool:
    """The amount at ``start:end`` (``period``: the PERIOD match right after it, if any) is the
    price of a thing the price words name: one of them stands before it in the same list item
    ("Our plans start at 9,99 € per month", "Staff parking is $5 a day"), or right after it or
    its period ("$29 a month for a membership", "Rooms from ¥18,000 per night"). A perk listed
    beside the pay is no price ("Health plan, dental plan and $25 an hour", "£12.50 an hour, free
    parking"). The callers ask only where the amount's own clause names no pay."""
    before = [m for m in PRICE.finditer(sent, max(0, start - 60), start)]
    if before and _PRICE_GAP.fullmatch(sent, before[-1].end(), start):
        return True
    ends = (end, end + period.end()) if period else (end,)
    return any(_PRICE_AFTER.search(sent[at:at + 40]) is not None for at in ends)


#: where a clause of a sentence ends: a semicolon, a comma or dash before a space, a "+" or a
#: joining word. What a figure is (pay, a bonus, a budget, a price) is said in its own clause:
#: "Hourly wage: €14,50 gross, plus holiday allowance of 8%" is pay beside an allowance.
_CLAUSE_BREAK = regex_programs.compile(r";|[,–—]\s|\s[-|]\s|\+|\b(?:plus|and|with|but|while|whereas|as\s+well\s+as|whilst)\b", re.I)


class _Clauses:
    """The clauses of one sentence, and what the words of an amount's own clause say: a word of
    money that is not pay (``NOT_PAY``: funding, a budget, an allowance, a price) vetoes only the
    amounts of its clause, and a pay word in the clause keeps a price reading away."""

    def __init__(self, sent: str, not_pay_in_sentence: bool, pay_in_sentence: bool,
                 allowances: tuple[tuple[int, int], ...] = ()) -> None:
        self.sent = sent
        self.allowances = allowances  # allowances that are the pay: their "allowance" is no veto
        self.any_not_pay, self.any_pay = not_pay_in_sentence, pay_in_sentence
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._said: dict[tuple[str, int, int], bool] = {}  # each clause is read once (linear in the sentence)
        self._shift_work: bool | None = None

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The clause around ``sent[s:e]``: from the end of the last break before ``s`` to the
        start of the first break after ``e`` (breaks inside the amount, "$50,000 and $60,000", do not count)."""
        if self._starts is None:
            breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(self.sent)]
            self._starts, self._ends = [b[0] for b in breaks], [b[1] for b in breaks]
        i = bisect_right(self._ends, s)
        j = bisect_left(self._starts, e)
        return (self._ends[i - 1] if i else 0), (self._starts[j] if j < len(self._starts) else len(self.sent))

    def not_pay(self, s: int, e: int) -> bool:
        if not self.any_not_pay:
            return False
        cs, ce = self.span(s, e)
        key = ("not", cs, ce)
        if key not in self._said:
            self._said[key] = any(not _inside(self.allowances, *m.span()) for m in NOT_PAY.finditer(self.sent, cs, ce))
        return self._said[key]

    def pay(self, s: int, e: int) -> bool:
        """A pay word in the clause other than a period ("Boat hire is 300 kr per hour": a price's
        period is no pay word), or a word of shift work ("Sleep-in shifts: £95 a night")."""
        if self._shift_work is None:
            self._shift_work = _SHIFT_WORK.search(self.sent) is not None
        if not self.any_pay and not self._shift_work:
            return False
        cs, ce = self.span(s, e)
        key = ("pay", cs, ce)
        if key not in self._said:
            self._said[key] = any(m.group().lower() not in _PERIOD_PAY_WORDS for m in PAY_WORDS.finditer(self.sent, cs, ce)) \
                or (self._shift_work and _SHIFT_WORK.search(self.sent, cs, ce) is not None)
        return self._said[key]

    def within(self, spans: list[tuple[int, int]], at: int) -> bool:
        """Whether ``at`` falls in one of ``spans`` (sorted and disjoint)."""
        i = bisect_right(spans, (at, len(self.sent) + 1)) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]


#: PAY_WORDS that only name a period, which a price has as well
_PERIOD_PAY_WORDS = frozenset({"hourly", "annually", "per hour", "per year", "per annum"})
#: words of shift work: an amount by the night or shift in their clause is pay, not a room's price; not the amount's own
#: period after "per" (pay40: "Staff meals are €3 per shift" is a price by the shift)
_SHIFT_WORK = regex_programs.compile(r"(?<!\bper\s)(?<!\beach\s)(?<!/)\b(?:shifts?|sleep[\s-]?ins?|waking\s+nights?|on[\s-]call|overtime|night\s+(?:carers?|workers?|staff|nurses?|porters?))\b", re.I)


#: a pay noun that is the first word of an HR practice about pay, not this job's pay (pay8): "Advise
#: clients on competitive pay benchmarking", "good money discipline", "fair pay legislation"
_PAY_PRACTICE_AFTER = regex_programs.compile(
    r"\s+(?:benchmark\w*|surveys?|data|analys[ie]s|analytics|equity|gaps?|audits?|transparency|legislation|laws?|practices?"
    r"|strateg(?:y|ies)|discipline|philosophy|administration|consult\w*|advice|advisory|studies|study|research)\b", re.I)


def _vague_spans(sent: str, lowered: str | None) -> list[tuple[int, int]]:
    """``_VAGUE_PAY.spans(sent, lowered)``, screened first; not a pay noun naming an HR practice. Each span
    runs on over the rest of its pay statement (``_continued``)."""
    if _VAGUE_PAY not in _VAGUE_SCREEN.may_match(sent):
        return []
    counts = _counts_masked(sent) if _DIGIT.search(sent) else sent  # (pay46) read once the screen lets the sentence by
    # an overtime rate as a multiple of pay says how overtime is paid, not that pay is vague: no vague
    # span from where it starts ("Overtime paid at 1.5x the hourly rate"; "Pay is competitive and
    # overtime is paid at time and a half" keeps its first clause)
    overtime = _OVERTIME_RATE.search(sent)
    if _payroll_duty(sent):
        return []
    found = _VAGUE_PAY.spans(sent, lowered)
    if counts is not sent:
        # (pay46) the wording's "no figure after" tests read a digit as a figure; read again with the digits that are no
        # amount put out of the way ("5 days a week, salary: as per industry standards", "Day rate contract, outside IR35")
        # ("Payscale: Level 7" is a grade, "Bonus scheme: 10% of base salary" a bonus's share: a span holding a number
        # put away is not read again)
        found = sorted(found + [(s, e) for s, e in _VAGUE_PAY.spans(counts, safe_lower(counts))
                                if not any(a < e and s < b for a, b in found) and counts[s:e] == sent[s:e]])
    spans = [(s, e) for s, e in found if not _PAY_PRACTICE_AFTER.match(sent, e)
             and (overtime is None or s < overtime.start()) and not _extra_paid(sent, s)
             and (not _DOE.fullmatch(sent, s, e) or _doe_is_pay(sent, s, e)) and not _duty_object(sent, s)
             and not _company_floor(sent, s, e)]
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            continue  # inside the statement the span before ran on over
        out.append((s, _continued(sent, e, overtime.start() if overtime else len(sent))))
    return out


#: (pay46) what stands right before a number that makes it no amount: a grade, band, level or other place in an order
#: ("Band 5", "Grade 7", "Level 2 NVQ", "Tier 2 visa", "Year 6", "Zone 1", "team of 12"), or letters glued to it (a code:
#: "IR35", "W2"; a letter sign's amount, "R25", is the money grammar's and read before)
_PLACE_BEFORE = regex_programs.compile(
    r"(?:\b(?:band|grade|level|step|tier|class|zone|year|stage|phase|section|page|room|ward|unit|no\.?|top|team\s+of)\s*|[A-Za-z])$",
    re.I)
#: what right after a number makes it a count, a time or a code: a unit of time or of the work ("5 days", "37.5 hrs",
#: "12-hour shifts", "3 x 12", "4 on 4 off"), an ordinal ("13th month"), a clock time ("8am", "5 pm"), "+" before
#: years, "401(k)", "24/7"; "pm" after a number of more than two digits is per month ("R9 800 pm") and stays
_COUNT_AFTER = regex_programs.compile(
    r"\s?(?:-\s?)?(?:days?|hours?|hrs?|h\b|weeks?|wks?|months?|years?|yrs?|minutes?|mins?|shifts?|nights?|on\s+\d|off\b|x\b"
    r"|st\b|nd\b|rd\b|th\b|a\.?m\b|openings?|positions?|vacanc|roles?"
    r"|posts?\b|people|staff|sites?|stores?|locations?|\+\s?(?:years?|yrs?)|\(k\)|k\b(?<=401k)|/7)", re.I)
#: a bound right before a number: it is read as a figure however bare ("circa 500", "from 450")
_BOUND_BEFORE = regex_programs.compile(r"(?:\b(?:circa|c\.|ca\.|around|about|approx\.?|approximately|up\s+to|from|between|over|min|max)\s*)$", re.I)


def _counts_masked(sent: str) -> str:
    """``sent`` with each number that is no amount written as letters of the same length, so the pay wording's "no
    figure" tests see a figure only where there may be one (pay46). A count, a grade or band, a year or date, a clock
    time, a phone number or a code goes; a number stays where it may be money: inside an amount of the money grammar,
    with a scale or a pay period after it ("35-40K", "12.50 an hour"), a pay noun or a bound right before it ("Salary:
    45000", "circa 500"), grouped in thousands or with cents ("45,000", "18.75"), or four digits or more that are no
    year or phone number. ``sent`` itself when no number goes."""
    amounts = [m.span() for m in _ANY_AMOUNT.finditer(sent)] if _may_hold_amount(sent, None) else []
    # a phone number is seven digits or more in groups, opened by "+", "(" or a 0 or in three groups or more
    phones = [m.span() for m in _PHONE.finditer(sent) if sum(c.isdigit() for c in m.group()) >= 7
              and (m.group()[0] in "+(0" or len(_PHONE_GROUP.findall(m.group())) >= 3)]
    chars = None
    for m in _NUMBER.finditer(sent):
        s, e = m.span("n")
        if any(a <= s < b for a, b in amounts) or not (any(a <= s < b for a, b in phones) or _no_amount(sent, s, e, m)):
            continue
        if chars is None:
            chars = list(sent)
        chars[s:e] = "n" * (e - s)
    return sent if chars is None else "".join(chars)


def _no_amount(sent: str, s: int, e: int, m: re.Match) -> bool:
    """Whether the number at ``sent[s:e]`` (``m``: its ``_NUMBER`` match) is a count, a grade, a year, a time, a phone
    number or a code rather than a figure, however bare (a share is a figure: "a generous bonus of 10%")."""
    if _PLACE_BEFORE.search(sent, max(0, s - 12), s) or _COUNT_AFTER.match(sent, e) \
            or (e - s <= 2 and _CLOCK_PM.match(sent, e)):  # "5 pm", "8am-5pm"
        return True
    if m.group("k") or m.group("m") or m.group("cjk") or sent.startswith("%", e) or PERIOD.match(sent[e:]) \
            or sent[e:e + 8].lstrip().lower().startswith(_INDIAN_SCALE_WORDS) \
            or _PAY_NOUN_BEFORE.search(sent, max(0, s - 12), s) or _BOUND_BEFORE.search(sent, max(0, s - 16), s):
        return False
    number = m.group("n")
    if number[0] == "0" and number[1:2].isdigit():
        return True  # a phone number or a code ("0800"), never an amount
    if _DASH_BEFORE.search(sent, max(0, s - 4), s) or _DASH_AFTER.match(sent, e):
        return _value(number) < 25  # a range's end: a figure, but hours or a count ("9-5", "2-3 openings")
    digits = sum(c.isdigit() for c in number)
    if not number.isdigit():
        return not (digits >= 4 or number[-3:-2] in ",.")  # grouped in thousands or with cents ("45,000", "18.75")
    # four digits or more: a figure, but a year ("2026", "2025-10-01") or a phone number's group ("555-5555")
    return digits < 4 or _YEAR.fullmatch(number) is not None or (s >= 2 and sent[s - 1] in "-) " and sent[s - 2].isdigit())


_YEAR = regex_programs.compile(r"(?:19|20)\d\d")
_INDIAN_SCALE_WORDS = ("lpa", "l.p.a", "lakh", "lac", "crore", "cr ", "cr.")  # "2.5 lakhs", "12 LPA": India's pay units
_CLOCK_PM = regex_programs.compile(r"\s?p\.?m\b", re.I)
_DASH_BEFORE = regex_programs.compile(r"\d\s?[-–~]\s?$")
_DASH_AFTER = regex_programs.compile(r"\s?[-–~]\s?\d")
_PHONE = regex_programs.compile(r"(?<![\d,.])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,5}\)[\s-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}(?![\d,])")
_PHONE_GROUP = regex_programs.compile(r"\d+")


# (vaguepay36) The rest of a vague pay statement, with the pay left unnamed: a predicate of the pay after a comma, a
# dash, "and" or "but" ("Salary: negotiable, very good for right person", "Remuneration is attractive and comparable to
# what obtains in the sector", "Earning potential is limitless"), an idiom said of it ("OTE uncapped, sky's the limit",
# "..., but we're not stingy"), or praise of what comes on top ("Weekly pay with generous commissions"). Independent
# writers mark these words, not the first ones, as the vague pay; the finding now covers the statement. A predicate is
# an evaluation that ends its clause or takes a preposition, never one before a noun ("Competitive salary, great
# team" is two offers). Word classes: data/pay_wording.yaml (pay_evaluations, pay_idioms, praise, commission_words)
# and data/evaluative_words.yaml (praise; mild after a degree word).
_EVALUATION = _word_list(_PRAISE_WORDS | set(pay_wording()["pay_evaluations"]))
_DEGREE = _word_list(_evaluative()["degree"])
_MILD = _word_list(_evaluative()["mild"])
_CLAUSE_REST = r"[^.;!?,\n\d]*"  # the rest of the clause, with no figure
#: what stands between a vague pay statement's first words and the rest of it: a comma, a colon or a dash (then "and",
#: "but"), or "and"/"but", each with a copula after it or not; or a copula alone, whose subject is then the pay span
#: itself ("Earning potential is limitless")
_COPULA = r"(?:is|are|will\s+be|being|remains?|seems?|looks?)"
_JOIN = (r"(?:\s*(?:[,;:(]|\s[-–—]|[–—])\s*(?:(?:and|but|yet|so)\s+)?(?:" + _COPULA + r"\s+)?"
         r"|\s+(?:and|but|yet)\s+(?:" + _COPULA + r"\s+)?|\s+" + _COPULA + r"\s+)")
PAY_CONTINUATION = LazyPattern(
    _JOIN + rf"(?:(?:(?:{_DEGREE})\s+)*(?:{_EVALUATION})|(?:(?:{_DEGREE})\s+)+(?:{_MILD}))"
    # a predicate: its clause ends, or a preposition follows (not a noun: a new offer)
    r"(?=\s*(?:[.;!?,)\n]|$)|\s+(?:for|in|to|with|within|among|across|by|at|on|compared|than|versus|vs)\b)" + _CLAUSE_REST
    # an idiom said of the pay, or by the employer about it
    + rf"|(?:{_JOIN}|\s+)(?:{_words('pay_idioms')})(?![\w'’])" + _CLAUSE_REST
    # praise of what comes on top of the pay ("with generous commissions and bonuses")
    + rf"|\s*,?\s*(?:with|plus|and|&|\+)\s+(?:(?:{_DEGREE})\s+)*(?:{_EVALUATION}|{_MILD})\s+(?:{_words('commission_words')}|incentives)\b"
    r"(?![^.;\n]{0,40}\d)", re.I)


#: the rest of a clause up to its comma, colon or dash, short and with no figure
_CLAUSE_TAIL = regex_programs.compile(r"[^.;!?,:()\n\d–—]{1,40}?(?=\s*(?:[,;:(]|\s[-–—]|[–—]))")


def _continued(sent: str, end: int, limit: int) -> int:
    """Where the vague pay statement whose first vague words end at ``end`` ends: over each continuation in turn
    (``PAY_CONTINUATION``), trailing spaces left out, never past ``limit``."""
    for _ in range(3):
        m = PAY_CONTINUATION.match(sent, end)
        if m is None:
            # the first words' clause may run on a little before the rest ("Salary will be discussed at interview,
            # very competitive in the market"): over it to its comma or dash, with no figure in it
            tail = _CLAUSE_TAIL.match(sent, end)
            m = tail and PAY_CONTINUATION.match(sent, tail.end())
        if m is None or m.end() > limit:
            break
        stop = m.end()
        while stop > end and sent[stop - 1].isspace():
            stop -= 1
        if stop <= end:
            break
        end = stop
    return end


#: (pay18) an extra named as what is paid, right before "paid": how the extra is paid, not the job's pay left vague
#: ("End-of-service gratuity is paid as per UAE labour law", "Overtime is paid as per the collective agreement")
_EXTRA_PAID_BEFORE = regex_programs.compile(
    r"\b(?:gratuity|gratuities|overtime|bonus(?:es)?|allowances?|leave|holidays?|expenses|tips|per\s+diem|sick\s+pay|holiday\s+pay"
    # (vaguepay36) a fee for being called out or on standby, on top of the pay ("with a call-out fee paid per visit")
    r"|(?:call[\s-]?out|standby|on[\s-]call)\s+(?:fees?|payments?|allowances?)"
    r"|end[\s-]of[\s-]service(?:\s+benefits?)?|air\s*(?:fare|tickets?)|flights?|relocation|mileage)\s+(?:is\s+|are\s+|will\s+be\s+|shall\s+be\s+|gets\s+)?$", re.I)


def _company_floor(sent: str, start: int, end: int) -> bool:
    """(pay45) Whether the vague span is a legal floor the employer guarantees to all its staff ("All our staff are paid at
    least the national minimum wage", "Every member of staff earns the Real Living Wage"): a promise about everyone, not
    this job's pay left vague (a figure of the same kind is company-wide too, ``COMPANY_WIDE``)."""
    words = sent[start:end].lower()  # a containment test: no offsets to keep
    return ("minimum wage" in words or "living wage" in words) and COMPANY_WIDE.search(sent) is not None


def _extra_paid(sent: str, start: int) -> bool:
    """Whether the vague span at ``start`` opens with "paid" said of an extra named right before it."""
    return sent.startswith(("paid", "Paid"), start) and _EXTRA_PAID_BEFORE.search(sent, max(0, start - 50), start) is not None


#: the first word of a sentence, after a bullet or a number, as a verb (not "Market-leading pay", "Review: ...")
_FIRST_WORD = regex_programs.compile(r"[\W\d_]*([A-Za-z]+)(?![\w'’-])(?!\s*:)")
#: duty verbs that also open an offer to the applicant ("Make great money", "Start on a competitive salary",
#: "Work for an attractive package"): not read as a payroll duty
_OFFER_VERBS = frozenset({"make", "work", "start", "apply", "help", "join", "earn", "receive", "enjoy", "get",
                          "keep"})  # (pay47) "Keep all your tips!"


@lru_cache(maxsize=1)
def _duty_verbs() -> frozenset[str]:
    # the one home of duty verbs, data/section_terms.yaml, read as sections.terms reads it (extract may not
    # import sections: the module map runs the other way)
    return frozenset(_data("section_terms.yaml")["duty_verbs"]) - _OFFER_VERBS


#: (vaguepay36) the word before a span, after what may stand between a verb and its object
_WORD_BEFORE = regex_programs.compile(r"([A-Za-z]+)\s+(?:(?:the|a|an|our|their|its|all|staff|employee|company)\s+)?$")


def _duty_object(sent: str, start: int) -> bool:
    """Whether the vague span at ``start`` is the object of a duty verb ("You will administer performance-related
    pay across the group", "and process commission on all sales"): pay as the work's subject, as in
    ``_payroll_duty``, said in the middle of a sentence."""
    m = _WORD_BEFORE.search(sent, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in _handling_verbs()


@lru_cache(maxsize=1)
def _handling_verbs() -> frozenset[str]:
    """data/pay_wording.yaml's pay_handling_verbs, with their -s, -ed and -ing forms."""
    return frozenset(form for verb in pay_wording()["pay_handling_verbs"] for form in verbforms.inflections(verb))


def _payroll_duty(sent: str) -> bool:
    """A sentence that gives a duty in the imperative ("Ensure staff are paid in accordance with the award",
    "Prepare payroll for 300 staff on the public service pay scale"): the pay it names is the work's
    subject, an HR or payroll post's, not the vague pay of this job (pay14)."""
    if ":" in sent:
        return False  # a label's line ("Support staff salary: competitive") gives no duty
    m = _FIRST_WORD.match(sent)
    return m is not None and m.group(1)[0].isupper() and m.group(1).lower() in _duty_verbs()


#: overtime paid as a multiple of the pay ("Overtime paid at 1.5x the hourly rate", "time and a half")
_OVERTIME_RATE = regex_programs.compile(r"\b(?:overtime|over-time|OT)\b[^.;\n]{0,40}?(?:\d(?:\.\d+)?\s?[x×](?!\w)|time\s+and\s+a\s+half|double\s+time)"
                                        r"|(?:time\s+and\s+a\s+half|double\s+time)\s+(?:for|on|after)\b", re.I)
#: "DOE" (depending on experience) alone as the vague-pay span
_DOE = regex_programs.compile(r"d\.?o\.?e\.?", re.I)
#: A run of a word's characters (with a written number's or a name's marks); a line of a few words has at
#: most four runs that hold a letter or digit. Counted run by run: the one-regex form
#: ``^\W*(?:[\w.'’$£€-]+\W*){0,4}$`` backtracked exponentially over a run of dots ('.' is in both
#: classes): 40 dots after "DOE" took 19 s.
_WORD_RUN = regex_programs.compile(r"[\w.'’$£€-]+")
_WORD_CHARACTER = regex_programs.compile(r"\w")


def few_words(sent: str, most: int = 4) -> bool:
    """Whether ``sent`` has at most ``most`` words (runs of ``_WORD_RUN`` holding a letter or digit)."""
    count = 0
    for run in _WORD_RUN.finditer(sent):
        if _WORD_CHARACTER.search(run.group()):
            count += 1
            if count > most:
                return False
    return True


def _doe_is_pay(sent: str, s: int, e: int) -> bool:
    """Whether a "DOE" is "depending on experience" rather than a stock surname ("John Q. Doe", "Doe,
    Jane") or the Department of Energy ("DOE national laboratories", "the U.S. DOE"): written in
    capitals or lower case (not as a name is), in a sentence that names pay or holds an amount, or in
    a line of a few words (a pay section's "DOE.", "Salary DOE")."""
    written = sent[s:e]
    if written[:1].isupper() and written[1:2].islower():
        return False  # "Doe", a name's spelling
    return bool(_PAY_NOUN_BEFORE.search(sent) or _DIGIT.search(sent) or few_words(sent))


#: (pay16) expenses named right before their amount ("Expenses of up to £300 a month", "Mileage: 45p per mile",
#: "travel costs capped at $500"): what is repaid, not what is earned
_EXPENSES_BEFORE = regex_programs.compile(
    r"\b(?:expenses|mileage|travel\s+costs?|out[\s-]of[\s-]pocket\s+costs?)\s*(?:(?:of|:|capped\s+at|reimbursed\s+at|repaid\s+at|paid\s+at|at)\s*)?$", re.I)


def _bonus_only(sent: str, s: int, e: int, clause_end: int | None = None) -> bool:
    """An amount that is a bonus, tips, a reimbursement or an allowance rather than the job's pay:
    the nearest pay word before it says so ("a bonus of up to $5,000", "tuition reimbursement of
    $5,250 a year"), or, with none before it and no period, the word right after it does ("a $500
    sign-on bonus"). "Salary $90,000 plus a bonus of $10,000": the first is pay, the second not;
    "$20/hour plus a travel allowance" and "$15 per hour plus tips" stay pay; a word after the
    amount counts only before ``clause_end``, the end of its clause. What follows right
    after the amount names it first (``_NOT_PAY_AFTER``): "Earn up to $5,000 in annual bonuses"."""
    if _TIPS_SUBJECT.match(sent) and not _WAGE_NOUN.search(sent):
        return True  # what guests leave is the sentence's subject: "Service charge is shared and averages £250 a month"
    if _EXPENSES_BEFORE.search(sent, max(0, s - 40), s):
        return True  # (pay16) expenses repaid, not pay: "Expenses of up to £300 a month are reimbursed"
    allowances = _pay_allowances(sent)
    after = _NOT_PAY_AFTER.match(sent, e)
    if after and not any(a < after.end() and after.start() < b for a, b in allowances):
        return True
    # an allowance that is the pay names the amount as pay ("a living allowance of £150 a week")
    before = [(s - m.end(), "base" if _inside(allowances, *m.span()) else "bonus") for m in _BONUS_NEAR.finditer(sent, max(0, s - 30), s)]
    before += [(s - m.end(), "base") for m in _BASE_NEAR.finditer(sent, max(0, s - 30), s)]
    if before:
        return min(before)[1] == "bonus"
    if PERIOD.match(sent[e:]) or _PERIOD_WORD.search(sent[s:e]) or _PER_ANNUM_SCALE.search(sent, s, e):
        return False  # "12-15 LPA + incentives": lakhs per annum carry their period in the scale
    # within the amount's clause ("Day rate: £210, plus a travel allowance": the allowance is another's)
    return _BONUS_NEAR.search(sent, e, min(len(sent) if clause_end is None else clause_end, e + 25)) is not None


def _value(num: str) -> float:
    """A number as written: "52,000" and "4,50,000" (commas group), "12,50" (a decimal comma),
    "2.800" and "2.800,00" (points group, European), "1 500" (non-breaking spaces group)."""
    num = re.sub("[\u00a0\u202f\u2009 '\u2019]", "", num)
    if "," in num and "." in num:
        num = num.replace(".", "").replace(",", ".") if num.rfind(",") > num.rfind(".") else num.replace(",", "")
    elif "," in num:
        num = num.replace(",", ".") if re.fullmatch(r"\d+,\d{1,2}", num) else num.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", num):
        num = num.replace(".", "")
    try:
        return float(num)
    except ValueError:
        return 0.0


def _k_or_large(s: str) -> bool:
    # (pay40) tens of thousands grouped by any of the money grammar's separators, a space too ("18 000 – 24 000 PLN",
    # "12.000 - 15.000 €"), as by a comma
    return bool(re.search(r"\d\s?[kK]\b|\d{2}[,.'\u2019\u00a0\u202f\u2009 ]\d{3}(?!\d)", s))


def _near_pay_word(sent: str, s: int, e: int, allowances: tuple[tuple[int, int], ...] = ()) -> bool:
    window = sent[max(0, s - 60):min(len(sent), e + 40)]
    return bool(PAY_WORDS.search(window)) or any(a < e + 40 and b > s - 60 for a, b in allowances)



#: what money under a pay heading may be instead of the hire's pay: a bonus, an allowance, expenses or a
#: benefit's sum named right before or after it ("a $1,000 learning stipend", "expenses of up to £300")
_EXTRA_MONEY_NEAR = regex_programs.compile(
    r"\b(?:bonus(?:es)?|incentives?|sign[- ]on|signing|referral|relocation|tips|tuition|reimburs\w*|allowances?|stipends?"
    r"|per\s+diems?|expenses|learning|training|equipment|home[- ]office|conferences?|travel|401\s?\(?k\)?|pension|equity|shares?"
    r"|raised|funding|grants?|revenue|turnover|million|billion)\b", re.I)


def heading_money_figure(text: str, labelled: bool = False) -> "PayFigure | None":
    """The first sum of money with its currency in ``text``, a block under a heading that names the
    pay ("Compensation", "Compensation and timeline"), where no sentence names it as pay by itself: a
    contract's money told as what is available or budgeted for the work ("We have 25,000 USD available
    to complete these milestones", "We have a budget between USD 40,000 and 50,000 per year"). The
    heading says whose money it is, as a pay word would; a bonus, an allowance, expenses, a benefit's
    sum, funding or millions near it stay someone else's (sections18p, real ads).

    (pay52) ``labelled``: only the line's own label ("Salary:") names the pay, not a heading. A label
    whose own sentence gives the pay in words with no amount ("Salary: DOE.", "Pay: negotiable.") has
    its value, so money in the sentences after it is not claimed by it ("Salary: DOE. A deposit of
    £200 is held for the uniform", "... Staff rent a room for £450 a month"): vague pay, no section.
    Under any label, a price or what staff pay (data/pay_wording.yaml's price_words: a deposit, rent,
    accommodation, parking) is no pay (``_priced``)."""
    if not _DIGIT.search(text):
        return None
    for n, (sent_start, sent_end) in enumerate(sentence_spans(text, 0, len(text))):
        sent = text[sent_start:sent_end]
        lowered = safe_lower(sent)
        if labelled and n == 0 and not _DIGIT.search(sent) and _vague_spans(sent, lowered):
            return None
        if not _may_hold_amount(sent, lowered) or COMPANY_WIDE.search(sent) or TOP_EARNERS.search(sent) \
                or OTHERS_MONEY.search(sent):
            continue
        for pattern, kind in ((RANGE_RE, "range"), (AMOUNT_RE, "single")):
            for m in pattern.finditer(sent):
                s, e = m.start(), m.end()
                after = sent[e:]
                if BIG.match(after) or re.match(r"\s?%", after) or _MILLIONS.search(m.group()) or _BIG_RANGE_END.match(after) \
                        or _EXTRA_MONEY_NEAR.search(sent, max(0, s - 30), min(len(sent), e + 30)):
                    continue
                period = PERIOD.match(after)
                if _priced(sent, s, e, period):
                    continue
                mention = PayMention(kind, s, e + (period.end() if period else 0), sent[s:e + (period.end() if period else 0)])
                figure = _figure(sent, mention)
                if figure is not None and (figure.maximum or 0) > 0:
                    return figure
    return None


def shows_pay_figure(sent: str) -> bool:
    """A concrete figure for this job in ``sent`` (a pay section needs one; vague wording, a bare
    grade, bonus-only figures and company-wide floors do not count)."""
    return (_DIGIT.search(sent) is not None or _may_hold_money_words(sent)) \
        and any(p.kind in FIGURE_KINDS for p in pay_mentions(sent))


def shows_pay(sent: str, lowered: str | None = None) -> bool:
    """Vague-pay wording, or a concrete figure among ``pay_mentions(sent)`` (``lowered``: the
    sentence lower-cased, as for ``LowerCaseRegex``). Every concrete kind needs a digit, so
    sentences without one (most) are not taken apart for figures."""
    if _vague_spans(sent, lowered):
        return True
    return (_DIGIT.search(sent) is not None or _may_hold_money_words(sent)) \
        and any(p.kind != "vague" for p in pay_mentions(sent))


#: what a currency as written names: a code, or a sign, prefix, letters or word from the table
_SYMBOLS = {**{k.lower(): v for k, v in _TABLE["signs"].items() if k != "$"},
            **{k.lower(): v for k, v in _TABLE["prefixed_signs"].items()},
            **{k.lower(): v for k, v in _LETTERS.items()}, **{k.lower() + ".": v for k, v in _LETTERS.items()},
            **{k.lower(): v for k, v in _TABLE["after"].items()}, **{k.lower(): v for k, v in _TABLE["after_letters"].items()},
            "¢": "cents", "pound": "GBP", "pounds": "GBP"}
_CODE = LazyPattern(rf"(?<![A-Za-z])({CODES})(?![A-Za-z])|((?-i:\b(?:{_alternation(k[:-1] for k in _TABLE['prefixed_signs'])}))\$|{_SIGN_CLASS}|¢|{_LETTER_SIGN})"
                    rf"|(?<![A-Za-z])({_AFTER_WORDS}|{_AFTER_LETTERS}|pounds?)\b", re.I)
#: pence written "40p" after the digits (the money grammar's "p" before a period: "40p per box")
_PENCE = regex_programs.compile(r"\dp\b")
_CENTS = regex_programs.compile(r"\dc\b")
_NUMBER = LazyPattern(rf"(?P<n>\d{{1,3}}(?: \d{{3}})+(?!\d)|{NUM})(?:\s?(?P<k>[kK]\b|thousand\b|grand\b|tys\.)|\s?(?P<m>m|mn|million|juta|jt|tri[ệe]u)\b|(?P<cjk>{_CJK_SCALE}))?", re.I)


def _scaled(m: re.Match) -> float:
    """A ``_NUMBER`` match's value with its scale ("52k", "6.5m")."""
    return _value(m.group("n")) * (1000 if m.group("k") else 1e6 if m.group("m") else CJK_SCALES[m.group("cjk")] if m.group("cjk") else 1)
#: period words, normalised: the first after the figure (or anywhere in its sentence) wins
_PERIODS = (("hour", r"時給|时薪|時薪|시급|giờ|hour|hourly"
                     # "hr", but not "HR" as a word of its own: human resources ("benefits listed on the HR
                     # webpage" gave a $45,000 salary an hourly period, realads17 9817)
                     r"|(?-i:hr|Hr)|(?:(?<=/)|(?<=/\s)|(?<=\d)|(?<=\d\s)|(?<=per\s)|(?<=an\s)|(?<=each\s))(?i:hr)|/h\b|ph\b|hora|heure|stunde|timen|godzin[ęe]|uur|(?<=per\s)(?:jam|ora)|(?<=/)(?:jam|ora)|(?<=['’])ora|(?<=\bal\s)ora|(?<=kwa\s)saa|oras|(?<=po\s)satu|(?<=na\s)sat|(?<=в\s)час|(?<=на\s)годину|tunnilta|tunnissa|saatlik|stündlich|óránként|timme|timmen"),
            ("year", r"年収|年俸|年薪|연봉|(?<=/)năm|(?<=mỗi\s)năm|godi[šs]nje|(?<=в\s)год|(?<=на\s)рік|gad[āa]|metus|aastas|year|yearly|annum|annual|annually|yr|p\.?a\.?\b|a[ñn]o|anual(?:es)?|jahr|året|år|jaar|tahun|anno|annu[ie]|annuali|mwaka|vuodessa|évente|yıllık|ročně|jährlich|jaarlijks|annuel(?:le)?s?|(?<=par\s)an\b|(?<=/)an\b"),
            ("month", r"月給|月薪|월급|tháng|mese[čc]no|mje?se[čc]no|mesa[čc]ne|m[ēe]nes[īi]|m[ėe]nes[įi]|kuus|месяц|месец|місяць|месечно|ежемесячно|щомісяця|month|monthly|mo\b|pcm|p\.c\.m|(?<=/)月|(?<=\d\s)pm|(?<=\d)pm|(?<=/)mies|(?<=/\s)mies|mes|m[êe]s|mensual(?:es)?|mensais|mois|monat|m[åa]n(?:ad)?|måneden|m[áa]nu[ðd]i|miesi[ęe]cznie"
                      # (pay16) per month with its points after an amount ("Rs. 35,000/- p.m.")
                      r"|(?<=[\s-])p\.m(?=\.|\b)"
                      r"|maand|bulan|sebulan|mese|mensili|mwezi|buwan|kuukaudessa|havonta|lun[ăa]|aylık|měsíčně|monatlich|maandelijks|mensuel(?:le)?s?|månaden|måned|kk\b"), ("fortnight", r"fortnight|fortnightly|quincena(?:l|les)?"), ("week", r"week|weekly|wk|pw|p\.w|semana(?:l|les)"),
            ("day", r"日給|日薪|일급|day|daily|pd|p\.d|diem"),
            ("shift", r"shift"), ("visit", r"visit"), ("session", r"session|class|lesson"),
            ("piece", r"piece|item|unit|delivery|load|stop|task|word|st[üu]ck|sztuk[ęe]|pi[èe]ce|pieza|pezzo"
                      # (pay13) the units of farm and packing piece work
                      # (pay13) the units of farm and packing piece work, only as a rate's unit ("per bunch", "/crate",
                      # "each tray"): as words of their own they are things ("our two plants", "bring a bag")
                      r"|(?:(?<=per\s)|(?<=/)|(?<=each\s))(?:lugs?|sacks?|bunch(?:es)?|plants?|vines?|bales?|trays?|punnets?|baskets?|bushels?"
                      r"|seedlings?|saplings?|stems?|sheep|fleeces?|hives?|trees?|bins?|buckets?|crates?|cartons?|boxes|box|bags?|kilos?|kg|pallets?"
                      # (pay16) a performer's, event worker's or gig worker's unit ("per set", "per wedding", "per completed survey")
                      r"|sets?|gigs?|shows?|performances?|events?|weddings?|functions?|shoots?|surveys?|orders?|articles?)"), ("mile", r"mile"),
            # "min" is the minute only as a rate's unit ("per min", "/min", "a min"): "Min. 20,000 RMB" and
            # "20,000 RMB min" are the minimum (pay18 found them read as per minute)
            ("minute", r"minute|(?:(?<=/)|(?<=/\s)|(?<=per\s)|(?<=\ba\s)|(?<=each\s))min\b"))
_PERIOD_WORD = LazyPattern(r"(?:\b(?:per|an?|each)\s+|/\s*|\b)(?:" + "|".join(f"(?P<{name}>{alts})" for name, alts in _PERIODS)
                          # (a CJK pay word may run into its digits: "月給25万円")
                          + r")(?:\b|(?<=[給薪收収급봉]))", re.I)


#: Indonesia's million after a number, which only the rupiah is counted in
_JUTA = regex_programs.compile(r"\d\s*(?:juta|jt)\b", re.I)
#: a payment's frequency right before a period word ("paid monthly", "payable weekly"): when the pay arrives
_PAID_BEFORE = regex_programs.compile(r"\b(?:paid|payable|payments?|paying|disbursed)\s+(?:in\s+)?$", re.I)


@lru_cache(maxsize=256)
def _first_period_word(sent: str) -> re.Match | None:
    """The sentence's first period word, the fallback of every figure in it: read once per
    sentence, not once per figure (a sentence of many figures stays linear)."""
    return _PERIOD_WORD.search(sent)


#: an open-ended share of sales, as the commission reader finds one with its bound ("Up to 40% commission")
_OPEN_SHARE = regex_programs.compile(rf"(?:{_OPEN_BOUND})\s+\d{{1,2}}(?:\.\d+)?\s?%.*", re.I | re.S)
_PER_COUNT = regex_programs.compile(r"\bper\s+(?:\d{1,3}(?:,\d{3})?|hundred|thousand)\s+[a-z]", re.I)
_BASIS_POINTS = regex_programs.compile(r"(\d{2,3})\s?(?:bps|basis\s+points)\b", re.I)


def _figure(sent: str, mention: PayMention) -> PayFigure | None:
    """The amounts, currency and period of a figure kind of mention in ``sent``."""
    if mention.kind not in FIGURE_KINDS:
        return None
    text = mention.text
    if mention.kind == "commission":
        if _BASIS_POINTS.search(text):  # "Comp 220bps - 275bps": hundredths of a per cent of each loan
            values = [float(v) / 100 for v in _BASIS_POINTS.findall(text)]
            return PayFigure(min(values), max(values), "%", "loan", text)
        value = float(re.search(r"\d+(?:\.\d+)?", text).group())
        return PayFigure(value, value, "%", "sale", text)
    if mention.kind == "open" and _OPEN_SHARE.fullmatch(text):  # "Up to 40% commission"
        value = float(re.search(r"\d+(?:\.\d+)?", text).group())
        upper = re.match(_UPPER_BOUND, text, re.I) is not None
        return PayFigure(None if upper else value, value if upper else None, "%", "sale", text)
    values = []
    lead = _OPEN_LEAD.match(text) if mention.kind == "open" else None  # "up to 35 LPA"
    indian = INDIAN_AMOUNT.match(text, lead.end() if lead else 0)
    if indian and indian.end() < len(text) and not _OPEN_AFTER.fullmatch(text, indian.end()):
        indian = None  # the whole figure, or it and the bound after it ("5 LPA and above")
    if indian:
        scale = (indian.group("scale") or indian.group("scale1")).lower()
        values = [float(v) * _INDIAN_MULTIPLIER["c" if scale.startswith("c") else "l"]
                  for v in indian.group("a", "b", "one") if v]
    per_count = _PER_COUNT.search(text)  # "£4.50 per 100 leaflets": the 100 counts leaflets, not money
    scales = []  # each number's scale as written (1 with none)
    for m in _NUMBER.finditer(text, 0, per_count.start() if per_count else len(text)) if not indian else ():
        value = _value(m.group("n"))
        values.append(_scaled(m))
        scales.append(_scaled(m) / value if value else 1)
    if not values:
        return None
    if len(values) >= 2 and len(scales) == len(values) and scales[0] == 1 and scales[-1] >= 1e4 and values[0] * scales[-1] <= values[-1] * 10:
        values[0] *= scales[-1]  # (pay15) "8-10jt", "VND 20 - 30 million", "400〜550万円": the scale belongs to both ends
    elif len(values) >= 2 and values[-1] >= 1000 and values[0] < 1000 and re.search(r"[kK]", text) is None:
        pass  # "$18-$22": both as written
    elif len(values) >= 2 and re.search(r"\d\s?[kK]\b", text) and values[0] < 1000 <= values[-1]:
        values[0] *= 1000  # "$60-80k": the k belongs to both ends
    low, high = min(values[0], values[-1]), max(values[0], values[-1])
    if mention.kind == "floor":
        high = None  # a guaranteed minimum: the lower end is the promise, the upper is open
    if mention.kind == "open":
        lowered = text.lower()
        if re.search(rf"{_UPPER_BOUND}|^to\b|^(?:a\s+)?max(?:imum)?\b", lowered):  # (pay18: "Max. €2.800", as the amount in words reads it)
            low, high = None, values[-1]
        else:
            low, high = values[0], None
    code = _CODE.search(text) or _CODE.search(sent[mention.end:mention.end + 6])
    if code and code.group(2) == "$":
        # a "$" the text names by its code after the digits ("$15.000.000 COP", "$70,000 - $80,000 USD")
        named = next((m for m in _CODE.finditer(text, code.end()) if m.group(1)), None)
        code = named or code
    # (pay15) "8-10jt": the rupiah's million names its currency
    rupiah = not code and _JUTA.search(text) is not None
    currency = "IDR" if rupiah else "INR" if indian else "pence" if not code and _PENCE.search(text) else "cents" if not code and _CENTS.search(text) else None
    if code and not indian:
        if code.group(1):
            currency = code.group(1).upper()
        elif code.group(2):
            currency = _SYMBOLS.get(code.group(2).lower(), code.group(2))
        else:
            currency = _SYMBOLS.get(code.group(3).lower(), "dollars")
    after = _PERIOD_WORD.search(sent, mention.end - (len(text) - len(text.rstrip())), min(len(sent), mention.end + 40))
    if after and _PAID_BEFORE.search(sent, max(0, after.start() - 16), after.start()):
        after = None  # (pay15) how often it is paid, not what the figure is by: "Annual salary: 380万円～520万円, paid monthly"
    within = _PERIOD_WORD.search(text, lead.end() if lead else 0)  # (pay18) not the bound's "Min." ("Min. 20,000 RMB")
    found = within or after or _first_period_word(sent)
    period = next((name for name, _ in _PERIODS if found and found.group(name)), None)
    if indian and _PER_ANNUM_SCALE.search(text):
        period = "year"  # lakhs per annum
    return PayFigure(low, high, currency, period, text)


def front_matter_figure(data: dict, keys: tuple[str, ...]) -> PayFigure | None:
    """The pay figure of Markdown front matter: ``salary_min``/``salary_max``, or the first of the
    pay ``keys`` whose value holds a figure ("$50,000-$60,000 a year", 52000)."""
    def number(value) -> float | None:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        m = _NUMBER.search(str(value))
        return _scaled(m) if m else None

    if data.get("salary_min") not in (None, "") or data.get("salary_max") not in (None, ""):
        low, high = number(data.get("salary_min", "")), number(data.get("salary_max", ""))
        if low is not None or high is not None:
            text = f"{data.get('salary_min', '')}-{data.get('salary_max', '')}"
            return PayFigure(low, high, None, None, text)
    for key in keys:
        value = data.get(key)
        if value in (None, "", [], {}):
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return PayFigure(float(value), float(value), None, None, str(value))
        text = str(value)
        found = [m.figure for m in pay_mentions(f"Salary: {text}") if m.figure is not None]
        if found:
            figure = found[0]
            return PayFigure(figure.minimum, figure.maximum, figure.currency, figure.period, figure.text)
    return None
