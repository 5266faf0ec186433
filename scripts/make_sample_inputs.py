#!/usr/bin/env python3
"""Generates the sample documents in Inputs/ (and, with --fixtures, the PDF test fixtures in
Tests/Fixtures/pdf/). Standard library only; output is deterministic.

All organisations, dossiers and people in these documents are fictitious.

Usage: scripts/make_sample_inputs.py [--fixtures] [--root DIR]
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_inputs"))

import functieboek_content  # noqa: E402
import kd_content  # noqa: E402
import office  # noqa: E402
import pdfwriter  # noqa: E402
import studiegids_content  # noqa: E402
from texts import FUNCTIE, METSELAAR, OPLEIDINGSPROFIEL, VACATURE_HTML  # noqa: E402


def make_kd(path):
    document = pdfwriter.Document(header=kd_content.HEADER, footer=kd_content.FOOTER)
    for style, text in kd_content.body():
        if style == "li":
            document.add("li", text, indent=12, bullet="\u2022")
        else:
            document.add(style, text)
    document.write(path)


def make_functieboek(path):
    # The running header on every page, and a footer that combines the title and the page number.
    document = pdfwriter.Document(header=functieboek_content.HEADER, footer=None, counter=functieboek_content.COUNTER)
    for item in functieboek_content.body():
        if item == "page":
            document.new_page()
        elif item[0] == "li":
            document.add("li", item[1], indent=12, bullet="\u2022")
        else:
            document.add(*item)
    document.write(path)


def make_inputs(root):
    inputs = os.path.join(root, "Inputs")
    os.makedirs(inputs, exist_ok=True)
    make_kd(os.path.join(inputs, "kd-medewerker-schuldhulpverlening.pdf"))
    office.docx(os.path.join(inputs, "opleidingsprofiel-sociaal-financiele-dienstverlening.docx"),
                "Opleidingsprofiel Bachelor Sociaal-Financiële Dienstverlening", OPLEIDINGSPROFIEL)
    make_functieboek(os.path.join(inputs, "functieboek-welzijn-en-schuldhulp.pdf"))
    office.docx(os.path.join(inputs, "studiegids-sociaal-financiele-dienstverlening.docx"),
                studiegids_content.TITLE, studiegids_content.items())
    office.odt(os.path.join(inputs, "functiebeschrijving-schuldhulpverlener.odt"),
               "Functiebeschrijving Schuldhulpverlener", FUNCTIE)
    with open(os.path.join(inputs, "vacature-budgetcoach.html"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(VACATURE_HTML)
    with open(os.path.join(inputs, "kd-metselaar.txt"), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(METSELAAR)
    with open(os.path.join(inputs, "manifest.csv"), "w", encoding="utf-8", newline="") as handle:
        handle.write("file,kind,level,title\r\n")
        handle.write("vacature-budgetcoach.html,vacature,mbo,\"Vacature Budgetcoach (32-36 uur), Gemeente Voorbeeldstad\"\r\n")
        handle.write("kd-metselaar.txt,kwalificatiedossier,mbo,\r\n")


def make_fixtures(root):
    folder = os.path.join(root, "Tests", "Fixtures", "pdf")
    os.makedirs(folder, exist_ok=True)
    # Everything the PDF reader handles: running header and footer with "x van y", numbered,
    # capitalised and coded headings, bullets and numbered items, line-end hyphenation that must be
    # joined (schuld-/hulpverlening), kept (wet- en regelgeving, sociaal-financiële) or that is a
    # soft hyphen (budget\u00ad/beheer), a two-column page and a page counter of its own form.
    document = pdfwriter.Document(header="Voorbeeld – alles wat de PDF-lezer kent", footer="Fictieve Hogeschool Voorbeeldstad")
    document.add("title", "Alles in één PDF")
    document.add("p", "Dit document bevat elke structuur die de PDF-lezer herkent. De medewerker schuld~hulpverlening "
                 "werkt met burgers en kent de wet-\nen regelgeving. Hij heeft sociaal-\nfinanciële vaardigheden en helpt bij budget\u00ad\nbeheer.")
    document.add("h1", "TYPERING VAN HET BEROEP")
    document.add("p", "De beroepsbeoefenaar werkt zelfstandig. Hij ondersteunt klanten met geldzorgen en verwijst door waar nodig.")
    document.add("h2", "2.3 Beroepsvereisten")
    document.add("p", "Er zijn geen wettelijke beroepsvereisten. Een Verklaring Omtrent het Gedrag is gewenst.")
    document.add("h2", "B1-K1: Ondersteunt klanten bij hun financiën")
    document.add("h3", "B1-K1-W1")
    document.add("h3", "Voert een kennismakingsgesprek")
    document.add("label", "Omschrijving")
    document.add("p", "De medewerker legt contact met de klant en maakt afspraken over de hulp.")
    document.add("label", "Resultaat")
    document.add("p", "De klant weet wat hij kan verwachten.")
    document.add("label", "Gedrag")
    document.add("li", "luistert actief;", indent=12, bullet="\u2022")
    document.add("li", "komt afspraken na.", indent=12, bullet="\u2022")
    document.new_page()
    document.add("h2", "Werkwijze")
    document.add("li", "1. Kennismaken met de klant.", indent=12)
    document.add("li", "2. Financiële situatie in kaart brengen.", indent=12)
    document.add("li", "3. Plan van aanpak opstellen.", indent=12)
    document.columns(
        [("h2", "Linkerkolom"), ("p", "De linkerkolom wordt eerst gelezen. Zij beschrijft het kennismakingsgesprek met de klant.")],
        [("h2", "Rechterkolom"), ("p", "De rechterkolom volgt daarna. Zij beschrijft het plan van aanpak en de afspraken.")])
    document.new_page()
    document.add("h2", "Keuzedelen")
    document.add("p", "K0912 Omgaan met agressie")
    document.add("p", "Laatste pagina met gewone tekst om de voettekst en het paginanummer te testen.")
    document.write(os.path.join(folder, "everything.pdf"))

    image_only = pdfwriter.Document(header=None, footer=None, counter=None)
    image_only.rectangle(100, 400, 300, 200)
    image_only.new_page()
    image_only.rectangle(120, 420, 200, 100)
    image_only.write(os.path.join(folder, "image-only.pdf"), running=False)

    secret = pdfwriter.Document(header=None, footer=None, counter=None)
    secret.add("p", "Deze tekst is alleen met het wachtwoord te lezen.")
    secret.write(os.path.join(folder, "encrypted.pdf"), running=False, user_password="geheim")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fixtures", action="store_true", help="also write Tests/Fixtures/pdf/")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    args = parser.parse_args()
    make_inputs(args.root)
    if args.fixtures:
        make_fixtures(args.root)


if __name__ == "__main__":
    main()
