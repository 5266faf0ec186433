#!/usr/bin/env python3
"""Write a fictitious CAO functieboek of N functions (default 60) in three function families, as
plain text, for timing units: `python3 scripts/bench/functieboek.py 60 > /tmp/functieboek-60.txt`,
then `time dekking analyze /tmp/functieboek-60.txt --out /tmp/run --force`.

Each function has a name, a scale, Doel van de functie, four resultaatgebieden and Kennis en
vaardigheden, drawn deterministically (the same N gives the same bytes) from phrases of the
sociaal-financiële field. Python 3 standard library only.
"""
import random
import sys

FAMILIES = ["Schuldhulp en budgetbeheer", "Klantcontact en ondersteuning", "Leiding en kwaliteit"]
ROLES = ["Medewerker", "Adviseur", "Coach", "Consulent", "Specialist", "Coördinator"]
FIELDS = ["budgetbeheer", "schuldhulp", "inkomensondersteuning", "klantcontact", "preventie", "wijkteam",
          "bewindvoering", "vroegsignalering", "kwaliteit", "ketensamenwerking"]
GOALS = [
    "begeleidt inwoners met geldzorgen naar een stabiele financiële situatie",
    "ondersteunt huishoudens bij het op orde brengen van hun administratie",
    "zorgt dat inwoners snel de juiste hulp bij schulden krijgen",
    "bewaakt de kwaliteit en de continuïteit van de dienstverlening",
    "ontvangt inwoners en wijst hen de weg naar voorzieningen",
]
TASKS = [
    "Brengt inkomsten, uitgaven en schulden in kaart en stelt een schuldenoverzicht op.",
    "Onderhandelt met schuldeisers over een betalingsregeling en overtuigt hen van een haalbaar voorstel.",
    "Signaleert problemen op andere leefgebieden en verwijst door naar passende hulp.",
    "Informeert inwoners over toeslagen en voorzieningen en bevordert dat zij die aanvragen.",
    "Stelt samen met de inwoner een plan van aanpak op en bewaakt de voortgang.",
    "Versterkt de zelfredzaamheid van de inwoner en stimuleert eigen regie.",
    "Bouwt duurzame samenwerkingsrelaties op met gemeente, woningcorporaties en zorgaanbieders.",
    "Werkt transparant, zorgvuldig en kostenbewust en legt afspraken vast in het dossier.",
    "Reflecteert op het eigen handelen en bespreekt beroepsethische dilemma's in het team.",
    "Komt op voor de rechten en de financiële belangen van de inwoner.",
    "Ontvangt bezoekers, beantwoordt vragen aan de telefoon en plant afspraken in.",
    "Voert functioneringsgesprekken en stuurt medewerkers aan.",
]
KNOWLEDGE = [
    "Kennis van de Wet gemeentelijke schuldhulpverlening en de Participatiewet.",
    "Vaardig in gespreksvoering en motiverende gesprekstechnieken.",
    "Kennis van budgetteren, toeslagen en het minnelijk traject.",
    "Kan plannen en organiseren en werkt nauwkeurig.",
]


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    rng = random.Random(count)
    out = ["Functieboek Sociaal-financiële dienstverlening (fictief)", "",
           f"Dit functieboek van Stichting Voorbeeldhulp beschrijft {count} functies in drie functiefamilies.", ""]
    per_family = -(-count // len(FAMILIES))
    number = 0
    for family in FAMILIES:
        out += [f"Functiefamilie: {family}", ""]
        for _ in range(per_family):
            if number == count:
                break
            number += 1
            name = f"{rng.choice(ROLES)} {rng.choice(FIELDS)} {number}"
            level = "hbo werk- en denkniveau" if rng.random() < 0.4 else f"mbo niveau {rng.choice([2, 3, 4])}"
            out += [f"Functie {number}: {name}", "", f"Functieniveau: schaal {rng.randint(4, 11)}, {level}.", "",
                    "Doel van de functie", "", f"De {name.lower()} {rng.choice(GOALS)}.", "", "Resultaatgebieden", ""]
            out += [f"- {task}" for task in rng.sample(TASKS, 4)]
            out += ["", "Kennis en vaardigheden", ""] + [f"- {line}" for line in rng.sample(KNOWLEDGE, 2)] + [""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main()
