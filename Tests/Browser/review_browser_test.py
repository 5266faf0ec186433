#!/usr/bin/env python3
"""Makes decisions in a Dekking report in headless Chromium, as a reviewer would.

Python 3 standard library only (the WebDriver client of report_browser_test.py). Each --decide
DOC:ITEM:DECISION[:NOTE] opens the document's cell of the item's competency (or, for a statement
such as 3-startbekwaam-2, the document's startbekwaam profile), types the note and presses
"Klopt", "Toevoegen" (confirmed) or "Klopt niet" (rejected); the page must show the decision at
once. With --server, URL is the address `dekking review` printed, and every decision must reach
the reviewer's overrides file (--file) and still show after a reload. Without it, URL is a
report.html opened as a file: the decisions must survive a reload, and "Exporteer beslissingen"
must download them (to --downloads) as beslissingen.csv.

Usage:
  review_browser_test.py URL --decide DOC:ITEM:DECISION[:NOTE]... [--server --file CSV]
      [--downloads DIR] [--screenshot PNG] [--chromedriver PATH] [--chromium PATH]
"""

import argparse
import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_browser_test import CheckFailed, WebDriver, free_port, wait_for  # noqa: E402


def start(driver, chromium, downloads):
    """A Chromium session that saves downloads in `downloads` without asking."""
    options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1500,1900"],
               "prefs": {"download.default_directory": downloads, "download.prompt_for_download": False}}
    if chromium:
        options["binary"] = chromium
    value = driver.call("POST", "/session", {"capabilities": {"alwaysMatch": {
        "browserName": "chrome", "goog:chromeOptions": options, "goog:loggingPrefs": {"browser": "ALL"}}}}, timeout=60)
    driver.session = value["sessionId"]


def decide(driver, doc, item, decision, note):
    if "-startbekwaam-" in item:
        selector = f'#startbekwaam li[data-item="{item}"][data-doc="{doc}"]'
        wait_for(f"de uitspraak {item} van {doc}", lambda: driver.find(selector))
        driver.execute(f"var li = document.querySelector('{selector}'); li.closest('details.profile-doc').open = true;"
                       " li.querySelector('details.decide-fold').open = true; li.scrollIntoView();")
        box = selector + " .decide"
        shown = lambda: driver.execute(f"return document.querySelector('{selector}').className;") == (
            "covered" if decision == "confirmed" else "gap")
    else:
        competency = item.split("-")[0]
        cell = f'button.cell[data-doc="{doc}"][data-competency="{competency}"]'
        driver.click(wait_for(f"het vakje van {doc}, {competency}", lambda: driver.find(cell)))
        if item == competency:
            box = f'#evidence-body .decide[data-item="{item}"]'
            shown = lambda: driver.execute(f"return document.querySelector('{cell}').classList.contains('s-"
                                           + ("covered" if decision == "confirmed" else "gap") + "');")
        else:
            box = f'#evidence-body .indicator[data-indicator="{item}"] .decide'
            badge = f'#evidence-body .indicator[data-indicator="{item}"] .indicator-head .badge'
            word = "bevestigd" if decision == "confirmed" else "afgewezen"
            shown = lambda: word in driver.execute(f"return document.querySelector('{badge}').textContent;")
    button = wait_for(f"de knop bij {item}", lambda: driver.find(f'{box} button[data-decision="{decision}"]'))
    driver.execute(f"document.querySelector('{box} input').value = arguments[0];", note)
    driver.click(button)
    wait_for(f"de pagina toont de beslissing over {item}", shown)


def rows_of(text):
    return [row for row in csv.DictReader(io.StringIO(text))]


def check_rows(rows, decisions, where):
    for doc, item, decision, note in decisions:
        found = [r for r in rows if r["document"] == doc and r["indicator"] == item]
        if len(found) != 1 or found[0]["decision"] != decision or found[0]["note"] != note:
            raise CheckFailed(f"{where}: verwacht {doc},{item},{decision},{note!r}; gevonden {found}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--decide", action="append", required=True)
    parser.add_argument("--server", action="store_true")
    parser.add_argument("--file", help="the reviewer's overrides file the server writes")
    parser.add_argument("--downloads", help="where the export is downloaded to (without --server)")
    parser.add_argument("--screenshot")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--chromium", default=next((p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None))
    args = parser.parse_args()
    if not args.chromedriver:
        print("review_browser_test: chromedriver niet gevonden (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        return 1
    decisions = []
    for spec in args.decide:
        parts = spec.split(":", 3)
        decisions.append((parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else ""))
    downloads = os.path.abspath(args.downloads or ".")
    port = free_port()
    service = subprocess.Popen([args.chromedriver, f"--port={port}", "--allowed-ips=127.0.0.1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = WebDriver(f"http://127.0.0.1:{port}")
    count = lambda: driver.execute("return document.getElementById('review-count').textContent;")
    try:
        wait_for("chromedriver luistert", lambda: (driver.call("GET", "/status", timeout=2) or {}).get("ready"), timeout=15)
        start(driver, args.chromium, downloads)
        driver.navigate(args.url)
        for doc, item, decision, note in decisions:
            decide(driver, doc, item, decision, note)
        expected = f"beslissingen: {len(decisions)}"
        if args.server:
            text = wait_for("alle beslissingen staan in het bestand", lambda: (lambda t: t if len(rows_of(t)) >= len(decisions) else None)(
                Path(args.file).read_text(encoding="utf-8") if os.path.exists(args.file) else ""))
            check_rows(rows_of(text), decisions, args.file)
            if expected not in count() or "beoordeling-" not in count():
                raise CheckFailed(f"de balk zegt niet dat er {len(decisions)} beslissingen zijn opgeslagen: {count()!r}")
        else:
            driver.click(driver.find("#review-export"))
            target = os.path.join(downloads, "beslissingen.csv")
            text = wait_for("de export is gedownload", lambda: Path(target).read_text(encoding="utf-8")
                            if os.path.exists(target) and not os.path.exists(target + ".crdownload") else None)
            check_rows(rows_of(text), decisions, "beslissingen.csv")
        if args.screenshot:
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            Path(args.screenshot).write_bytes(driver.screenshot())
        # After a reload the decisions are still there (from the server, or kept in the browser).
        driver.navigate(args.url)
        wait_for("na herladen zijn de beslissingen er nog", lambda: expected in count())
        errors = [entry for entry in (driver.log("browser") or []) if entry.get("level") == "SEVERE"]
        if errors:
            raise CheckFailed(f"fouten in de console: {errors[:3]}")
        print(f"review_browser_test: geslaagd: {len(decisions)} beslissing(en) "
              f"{'opgeslagen door de server' if args.server else 'bewaard in de browser en geëxporteerd'}")
        return 0
    except CheckFailed as failure:
        print(f"review_browser_test: MISLUKT: {failure}", file=sys.stderr)
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
