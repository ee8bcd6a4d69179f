"""J003 not-english: a posting in another language gets one finding and nothing else; English postings (skills
lists, bilingual ads, ads naming foreign places and firms) are linted as ever. Postings written for this test."""
from __future__ import annotations

import pytest

import jdlint
from jdlint.config import Config
from jdlint.language import foreign_language

from conftest import run_cli

GERMAN = """# Projektkoordinator (m/w/d)

Wir sind ein mittelständisches Ingenieurbüro mit Sitz in Leipzig und suchen ab sofort Verstärkung für unser Team.

## Deine Aufgaben
- Du planst und steuerst Projekte von der Angebotsphase bis zur Abnahme
- Du bist Ansprechpartner für unsere Kunden und stimmst dich eng mit der Bauleitung ab
- Du erstellst Berichte und Terminpläne

## Das bringst du mit
- Ein abgeschlossenes Studium im Bauingenieurwesen oder eine vergleichbare Ausbildung
- Erfahrung in der Projektsteuerung und sicheres Auftreten

## Wir bieten
Ein unbefristetes Arbeitsverhältnis, 30 Tage Urlaub und die Möglichkeit, zwei Tage pro Woche im Homeoffice zu arbeiten.
Bewirb dich mit deinem Lebenslauf über unser Karriereportal.
"""

DUTCH = """# Magazijnmedewerker

Wij zijn een groothandel in sanitair en zoeken een collega voor ons magazijn in Zwolle. Je bent verantwoordelijk voor
het ontvangen en verzenden van goederen en je helpt de binnendienst bij het verwerken van orders. Wat vragen wij:
een rijbewijs B, ervaring in een magazijn is een pré en je bent flexibel. Wat bieden wij: een vast contract na een
proefperiode, een goed salaris en een fijn team. Stuur je sollicitatie naar onze afdeling personeelszaken.
"""

FRENCH = """# Conseiller clientèle

Nous sommes une agence d'assurance basée à Lyon et nous recherchons un conseiller pour notre équipe. Vous serez
chargé de l'accueil des clients, du suivi des dossiers et de la vente de nos produits. Vous avez une première
expérience dans la relation client et vous aimez le travail en équipe. Nous vous proposons un contrat à durée
indéterminée, des tickets restaurant et une mutuelle. Envoyez votre candidature avec votre CV à notre service RH.
"""

SPANISH = """# Camarero/a

Buscamos camarero para nuestro restaurante en el centro de Valencia. Tus tareas serán atender a los clientes en
la sala y en la terraza, preparar las mesas y cobrar. Se valora experiencia en hostelería y conocimientos de inglés.
Ofrecemos contrato indefinido, horario de tarde y buen ambiente de trabajo con un equipo joven y con ganas. Envía tu
currículum por correo o pásate por el local de lunes a viernes por la mañana.
"""

JAPANESE = """# 営業アシスタント

当社は東京に本社を置く医療機器メーカーです。営業部門のアシスタントとして、見積書や請求書の作成、顧客からの電話対応、
営業担当者のスケジュール管理をお願いします。必要な経験：事務経験一年以上、基本的なパソコン操作ができる方。
給与：月給二十五万円から。賞与年二回、交通費支給、社会保険完備。応募は履歴書と職務経歴書をメールでお送りください。
"""

RUSSIAN = """# Менеджер по продажам

Мы ищем менеджера по продажам в наш офис в Москве. Обязанности: поиск новых клиентов, ведение переговоров,
подготовка коммерческих предложений. Требования: опыт работы в продажах от одного года, грамотная речь.
Мы предлагаем официальное трудоустройство, оклад и процент от продаж, обучение за счёт компании.
"""

# English postings that carry other languages' words, names or letters: read as English.
SKILLS_LIST = """# Data Engineer

- Python, Scala, SQL
- Spark, Kafka, Airflow, dbt
- AWS (S3, EMR, Glue), Terraform
- Docker, Kubernetes, GitHub Actions
- PostgreSQL, Snowflake, BigQuery
- Berlin, Amsterdam, Lisboa, remote EU
"""

BILINGUAL = """# Policy Analyst / Analyste des politiques

We are hiring a policy analyst for our Ottawa office. You will research and draft briefing notes on housing
policy and work with the provinces on data sharing. You have a degree in public policy or economics and two years
of experience in government. Apply by 15 March with your CV and a cover letter.

Nous recrutons un analyste des politiques pour notre bureau d'Ottawa. Vous ferez de la recherche et rédigerez
des notes d'information sur la politique du logement. Vous avez un diplôme en politiques publiques ou en
économie et deux ans d'expérience au gouvernement. Postulez avant le 15 mars avec votre CV et une lettre.
"""

FOREIGN_NAMES = """# Export Sales Manager

Müller & Söhne Werkzeugbau GmbH, a family-owned tool maker from Stuttgart, is looking for an export sales
manager for the UK and Ireland. Our motto "Qualität, die bleibt" has guided the firm since 1952. You will visit
distributors, run trade-fair stands in Birmingham and Köln and report to our Geschäftsführer, Frau Weber. You
speak English fluently; German is a plus. Apply at jobs@mueller-werkzeug.de by 30 April, quoting "Export UK".
Our partners: Société Générale, Banco de la Nación, 株式会社トヨタ.
"""

US_ABBREVIATIONS = """# Shift Supervisor

Our distribution center in Chicago, IL runs three shifts (6am-2pm EST). You will lead a team of 12 on the UN
humanitarian supply contract, check loads for LA and NYC routes, and log hours at portal.example.com. Pay is
$24-$27 an hour. Must have 2+ years of supervising in a warehouse. Apply in person or online.
"""


@pytest.mark.parametrize("posting, language", [
    (GERMAN, "German"), (DUTCH, "Dutch"), (FRENCH, "French"), (SPANISH, "Spanish"),
    (JAPANESE, "Chinese or Japanese"), (RUSSIAN, "a Cyrillic-script language"),
])
def test_a_posting_in_another_language_gets_one_finding_and_nothing_else(posting, language):
    report = jdlint.lint_text(posting, path="ad.md")
    assert [d.code for d in report.diagnostics] == ["J003"], [d.code for d in report.diagnostics]
    (finding,) = report.diagnostics
    assert (finding.line, finding.column) == (1, 1)
    assert f"looks to be in {language}, not English" in finding.message


@pytest.mark.parametrize("posting", [SKILLS_LIST, BILINGUAL, FOREIGN_NAMES, US_ABBREVIATIONS])
def test_english_postings_with_other_languages_words_are_linted_as_english(posting):
    assert foreign_language(posting) is None
    report = jdlint.lint_text(posting, path="ad.md", config=Config(select=("ALL",)))
    assert "J003" not in {d.code for d in report.diagnostics}


def test_too_few_function_words_to_tell():
    assert foreign_language("# Kellner\n\nKellner gesucht. Vollzeit. Berlin Mitte.\n") is None


def test_ignoring_j003_lints_the_posting_with_the_english_rules():
    report = jdlint.lint_text(GERMAN, path="ad.md", config=Config(ignore=("J003",)))
    codes = {d.code for d in report.diagnostics}
    assert "J003" not in codes and codes - {"J001", "J002"}, codes


def test_the_cli_reports_one_info_line_and_exits_clean(tmp_path):
    english = tmp_path / "en.md"
    english.write_text(US_ABBREVIATIONS, encoding="utf-8")
    german = tmp_path / "de.md"
    german.write_text(GERMAN.replace("\n", "\r\n"), encoding="utf-8")
    r = run_cli("--no-cache", str(german), str(english))
    lines = [line for line in r.stdout.splitlines() if line.startswith(str(german) + ":")]
    assert len(lines) == 2 and "J003 not-english" in lines[0] and "words" in lines[1], r.stdout
    assert any(line.startswith(str(english) + ":") and "J003" not in line for line in r.stdout.splitlines())
    assert "Traceback" not in r.stderr
