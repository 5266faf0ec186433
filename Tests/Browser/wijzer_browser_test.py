#!/usr/bin/env python3
"""Fills in a competentiewijzer in headless Chromium, as a professional would, and exports it.

Python 3 standard library only (the WebDriver client of report_browser_test.py). URL is the
wijzer opened as a file. The script types --name, then for each --rate ID:RATING[:EXAMPLE]
chooses the rating (a code such as beheers-ik) of indicator ID and types the example. With
--keyboard ID:RATING it reaches the rating of ID with the keyboard alone: it clicks "nog niet" and
presses the right arrow until RATING is chosen, as a radio group is used without a mouse. The page
must count the answers, keep them over a reload (localStorage), and "Exporteer JSON" and
"Exporteer CSV" must download them (to --downloads) as competentiewijzer-<naam>-<datum>.json and
.csv with every answer. Printed (print media), the buttons and the progress bar are hidden; the
page makes no network request and logs no error. Exits 1 with a Dutch message on the first failed
check.

Usage:
  wijzer_browser_test.py URL --name NAME --rate ID:RATING[:EXAMPLE]... [--keyboard ID:RATING]
      --downloads DIR [--screenshot PNG] [--chromedriver PATH] [--chromium PATH]
"""

import argparse
import csv
import glob
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_browser_test import CheckFailed, WebDriver, free_port, wait_for  # noqa: E402
from review_browser_test import start  # noqa: E402

SCALE = ["nog-niet", "in-ontwikkeling", "beheers-ik", "kan-anderen-leren"]
ARROW_RIGHT = "\ue014"


def type_into(driver, css, text):
    element = driver.find(css)
    driver.call("POST", driver.s(f"/element/{element}/clear"), {})
    driver.call("POST", driver.s(f"/element/{element}/value"), {"text": text})


def radio(indicator, rating):
    return f'fieldset.indicator[data-indicator="{indicator}"] input[type=radio][value="{rating}"]'


def checked(driver, indicator):
    return driver.execute(
        "var r = document.querySelector('fieldset.indicator[data-indicator=\"' + arguments[0] + '\"] input:checked');"
        " return r ? r.value : null;", indicator)


def download(driver, downloads, button, suffix):
    before = set(glob.glob(os.path.join(downloads, "*" + suffix)))
    driver.click(driver.find(button))
    path = wait_for(f"de export {suffix} is gedownload", lambda: next(
        (p for p in glob.glob(os.path.join(downloads, "competentiewijzer-*" + suffix))
         if p not in before and not os.path.exists(p + ".crdownload")), None))
    return path, wait_for(f"{path} is geschreven", lambda: Path(path).read_text(encoding="utf-8") or None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--name", required=True)
    parser.add_argument("--rate", action="append", required=True)
    parser.add_argument("--keyboard")
    parser.add_argument("--downloads", required=True)
    parser.add_argument("--screenshot")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--chromium", default=next((p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None))
    args = parser.parse_args()
    if not args.chromedriver:
        print("wijzer_browser_test: chromedriver niet gevonden (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        return 1
    ratings = {}
    for spec in args.rate:
        parts = spec.split(":", 2)
        ratings[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    downloads = os.path.abspath(args.downloads)
    port = free_port()
    service = subprocess.Popen([args.chromedriver, f"--port={port}", "--allowed-ips=127.0.0.1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = WebDriver(f"http://127.0.0.1:{port}")
    try:
        wait_for("chromedriver luistert", lambda: (driver.call("GET", "/status", timeout=2) or {}).get("ready"), timeout=15)
        start(driver, args.chromium, downloads)
        driver.navigate(args.url)
        total = driver.execute("return document.querySelectorAll('fieldset.indicator').length;")
        type_into(driver, "#w-naam", args.name)
        for indicator, (rating, example) in ratings.items():
            driver.click(wait_for(f"de keuze {rating} bij {indicator}", lambda: driver.find(radio(indicator, rating))))
            if example:
                type_into(driver, f'fieldset.indicator[data-indicator="{indicator}"] textarea', example)
        if args.keyboard:
            indicator, rating = args.keyboard.split(":", 1)
            first = driver.find(radio(indicator, SCALE[0]))
            driver.click(first)
            for _ in range(SCALE.index(rating)):
                focused = next(iter(driver.call("GET", driver.s("/element/active")).values()))
                driver.call("POST", driver.s(f"/element/{focused}/value"), {"text": ARROW_RIGHT})
            if checked(driver, indicator) != rating:
                raise CheckFailed(f"met het toetsenbord is bij {indicator} {checked(driver, indicator)!r} gekozen, niet {rating}")
            ratings[indicator] = (rating, "")
        expected = f"{len(ratings)} van {total} indicatoren beoordeeld"
        wait_for(f"de voortgang zegt '{expected}'",
                 lambda: driver.execute("return document.getElementById('voortgang').textContent;") == expected)
        # Kept in the browser: after a reload every answer and the name are still there.
        driver.navigate(args.url)
        for indicator, (rating, _) in ratings.items():
            if checked(driver, indicator) != rating:
                raise CheckFailed(f"na herladen staat bij {indicator} {checked(driver, indicator)!r}, niet {rating}")
        if driver.execute("return document.getElementById('w-naam').value;") != args.name:
            raise CheckFailed("na herladen is de naam weg")
        json_path, text = download(driver, downloads, "#exporteer-json", ".json")
        exported = json.loads(text)
        if exported.get("schema") != "dekking-competentiewijzer/1" or exported.get("name") != args.name:
            raise CheckFailed(f"{json_path}: verkeerd schema of naam: {exported.get('schema')!r}, {exported.get('name')!r}")
        for indicator, (rating, example) in ratings.items():
            answer = exported["answers"].get(indicator) or {}
            if answer.get("rating") != rating or answer.get("example", "") != example:
                raise CheckFailed(f"{json_path}: bij {indicator} verwacht {rating} {example!r}, gevonden {answer}")
        if len(exported["answers"]) != len(ratings):
            raise CheckFailed(f"{json_path}: {len(exported['answers'])} antwoorden, verwacht {len(ratings)}")
        csv_path, text = download(driver, downloads, "#exporteer-csv", ".csv")
        rows = list(csv.DictReader(io.StringIO(text)))
        if sorted(r["indicator"] for r in rows) != sorted(ratings) or any(r["naam"] != args.name for r in rows):
            raise CheckFailed(f"{csv_path}: de regels passen niet bij de antwoorden: {rows[:3]}")
        # Printed: the buttons and the progress bar stay off the paper.
        driver.call("POST", driver.s("/goog/cdp/execute"), {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
        hidden = driver.execute("return ['exporteren', 'voortgang-balk'].map(function (id) {"
                                " return getComputedStyle(document.getElementById(id)).display; });")
        driver.call("POST", driver.s("/goog/cdp/execute"), {"cmd": "Emulation.setEmulatedMedia", "params": {"media": ""}})
        if hidden != ["none", "none"]:
            raise CheckFailed(f"bij afdrukken staan de knoppen of de voortgangsbalk nog op de pagina: {hidden}")
        # Offline: the page asked for nothing but itself and its data: exports.
        resources = driver.execute("return performance.getEntries().map(function (e) { return e.name; });")
        remote = [r for r in resources if r.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]
        if remote:
            raise CheckFailed(f"de pagina heeft netwerkverzoeken gedaan: {remote[:5]}")
        if args.screenshot:
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            Path(args.screenshot).write_bytes(driver.screenshot())
        errors = [entry for entry in (driver.log("browser") or []) if entry.get("level") == "SEVERE"]
        if errors:
            raise CheckFailed(f"fouten in de console: {errors[:3]}")
        print(f"wijzer_browser_test: geslaagd: {len(ratings)} van {total} indicatoren ingevuld, bewaard en geëxporteerd "
              f"als {os.path.basename(json_path)} en {os.path.basename(csv_path)}")
        return 0
    except CheckFailed as failure:
        print(f"wijzer_browser_test: MISLUKT: {failure}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
        service.terminate()
        try:
            service.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.kill()


if __name__ == "__main__":
    sys.exit(main())
