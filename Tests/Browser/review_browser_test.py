#!/usr/bin/env python3
"""Makes decisions in a Dekking report in headless Chromium, as a reviewer would.

Python 3 standard library only (the WebDriver client of report_browser_test.py). With --server,
URL is the address `dekking review` printed: the test rejects an indicator with a note and confirms
the competency, and checks that both reach the reviewer's overrides file (--file) and show on the
page at once. Without --server, URL is a report.html opened as a file: the same decisions are kept
in the browser (they survive a reload) and the export button becomes usable.

Usage:
  review_browser_test.py URL --doc ID --competency ID --indicator ID [--server --file CSV]
      [--screenshot PNG] [--chromedriver PATH] [--chromium PATH]
"""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from report_browser_test import CheckFailed, WebDriver, free_port, wait_for  # noqa: E402


def decide(driver, args):
    cell = f'button.cell[data-doc="{args.doc}"][data-competency="{args.competency}"]'
    driver.click(wait_for("het vakje van de matrix", lambda: driver.find(cell)))
    box = f'#evidence-body .indicator[data-indicator="{args.indicator}"] .decide'
    wait_for("de knoppen bij de indicator", lambda: driver.find(box + ' button[data-decision="rejected"]'))
    driver.execute(f"document.querySelector('{box} input').value = arguments[0];", "alleen in de inleiding, p. 2")
    driver.click(driver.find(box + ' button[data-decision="rejected"]'))
    badge = f'#evidence-body .indicator[data-indicator="{args.indicator}"] .indicator-head .badge'
    wait_for("de indicator toont de afwijzing",
             lambda: "afgewezen" in driver.execute(f"return document.querySelector('{badge}').textContent;"))
    competency_box = f'#evidence-body .decide[data-item="{args.competency}"]'
    driver.click(wait_for("de knoppen bij de competentie", lambda: driver.find(competency_box + ' button[data-decision="confirmed"]')))
    wait_for("het vakje toont de bevestiging",
             lambda: driver.execute(f"return document.querySelector('{cell}').classList.contains('s-covered') && !!document.querySelector('{cell} .ovr');"))
    statement = driver.execute("var li = document.querySelector('#startbekwaam li[data-item][data-doc=\"" + args.doc + "\"]');"
                               " return li ? li.getAttribute('data-item') : null;")
    if statement:
        selector = f'#startbekwaam li[data-item="{statement}"][data-doc="{args.doc}"]'
        # The document's profile and the statement's fold open as a reader would open them.
        driver.execute(f"var li = document.querySelector('{selector}'); li.closest('details.profile-doc').open = true;"
                       " li.querySelector('details.decide-fold').open = true; li.scrollIntoView();")
        driver.click(driver.find(selector + ' button[data-decision="confirmed"]'))
        wait_for("de uitspraak toont de bevestiging",
                 lambda: driver.execute(f"return document.querySelector('{selector}').className === 'covered';"))
    return cell, statement


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--doc", required=True)
    parser.add_argument("--competency", required=True)
    parser.add_argument("--indicator", required=True)
    parser.add_argument("--server", action="store_true")
    parser.add_argument("--file", help="the reviewer's overrides file the server writes")
    parser.add_argument("--screenshot")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--chromium", default=next((p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None))
    args = parser.parse_args()
    if not args.chromedriver:
        print("review_browser_test: chromedriver niet gevonden (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        return 1
    port = free_port()
    service = subprocess.Popen([args.chromedriver, f"--port={port}", "--allowed-ips=127.0.0.1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = WebDriver(f"http://127.0.0.1:{port}")
    try:
        wait_for("chromedriver luistert", lambda: (driver.call("GET", "/status", timeout=2) or {}).get("ready"), timeout=15)
        driver.start(args.chromium)
        driver.navigate(args.url)
        cell, statement = decide(driver, args)
        expected = 3 if statement else 2
        if args.server:
            wanted = [f"{args.doc},{args.indicator},rejected,\"alleen in de inleiding, p. 2\",",
                      f"{args.doc},{args.competency},confirmed,,"] + ([f"{args.doc},{statement},confirmed,,"] if statement else [])
            text = wait_for("beide beslissingen staan in het bestand",
                            lambda: (lambda t: t if all(w in t for w in wanted) else None)(
                                Path(args.file).read_text(encoding="utf-8") if os.path.exists(args.file) else ""))
            count = driver.execute("return document.getElementById('review-count').textContent;")
            if f"beslissingen: {expected}" not in count or "beoordeling-" not in count:
                raise CheckFailed(f"de balk zegt niet dat er {expected} beslissingen zijn opgeslagen: {count!r}")
            # A reload shows the decisions the server holds.
            driver.navigate(args.url)
            wait_for("na herladen zijn de beslissingen er nog",
                     lambda: f"beslissingen: {expected}" in driver.execute("return document.getElementById('review-count').textContent;"))
            wait_for("na herladen toont het vakje de bevestiging",
                     lambda: driver.execute(f"return document.querySelector('{cell}').classList.contains('s-covered');"))
            rows = len(text.strip().splitlines()) - 1
        else:
            enabled = driver.execute("return !document.getElementById('review-export').disabled;")
            if not enabled:
                raise CheckFailed(f"de knop 'Exporteer beslissingen' is niet te gebruiken na {expected} beslissingen")
            csv = driver.execute(
                "var rows = JSON.parse(localStorage.getItem(Object.keys(localStorage).filter(function (k) {"
                " return k.indexOf('dekking-beslissingen:') === 0; })[0]));"
                " return rows.map(function (r) { return [r.document, r.item, r.decision, r.note].join('|'); }).join('\\n');")
            if f"{args.doc}|{args.indicator}|rejected|alleen in de inleiding, p. 2" not in csv:
                raise CheckFailed(f"de afwijzing is niet in de browser bewaard: {csv!r}")
            driver.navigate(args.url)
            wait_for("na herladen zijn de beslissingen er nog",
                     lambda: f"beslissingen: {expected}" in driver.execute("return document.getElementById('review-count').textContent;"))
            wait_for("na herladen toont het vakje de bevestiging",
                     lambda: driver.execute(f"return document.querySelector('{cell}').classList.contains('s-covered');"))
            rows = expected
        errors = [entry for entry in (driver.log("browser") or []) if entry.get("level") == "SEVERE"]
        if errors:
            raise CheckFailed(f"fouten in de console: {errors[:3]}")
        if args.screenshot:
            Path(args.screenshot).parent.mkdir(parents=True, exist_ok=True)
            Path(args.screenshot).write_bytes(driver.screenshot())
        print(f"review_browser_test: geslaagd: {rows} beslissing(en) {'opgeslagen door de server' if args.server else 'bewaard in de browser'}, "
              f"getoond in het paneel en in het vakje {cell}")
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
