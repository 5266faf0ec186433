#!/usr/bin/env python3
"""Opens a Dekking report.html in headless Chromium and checks it as a user would see it.

Python 3 standard library only: chromedriver is started on a free loopback port and spoken to
with the W3C WebDriver protocol (JSON over HTTP). Checks:

  * the matrix has one row per competency and one column per document;
  * clicking a cell opens the evidence panel with the expected indicator and its text;
  * no network request was attempted (Chromium's network log and the page's resource timing),
    and the browser console shows no errors;
  * a screenshot is saved (default Output/report-screenshot.png).

Usage:
  report_browser_test.py REPORT.html [--competencies 30] [--documents N]
      [--doc ID --competency ID --indicator ID --indicator-text TEXT] [--screenshot PNG]
      [--chromedriver PATH] [--chromium PATH]

Without --doc/--competency/--indicator the first cell is clicked and the expected indicator is read
from the report's embedded data. Exits 0 when every check passes, 1 with a message otherwise.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

TIMEOUT = 20.0  # seconds for any single wait


class CheckFailed(Exception):
    pass


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebDriver:
    """The few W3C WebDriver commands this test needs."""

    def __init__(self, base):
        self.base = base
        self.session = None

    def call(self, method, path, body=None, timeout=TIMEOUT):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                payload = json.loads(response.read().decode() or "{}")
        except urllib.error.HTTPError as error:
            detail = error.read().decode(errors="replace")
            raise CheckFailed(f"WebDriver {method} {path} gaf HTTP {error.code}: {detail[:500]}")
        return payload.get("value")

    def start(self, chromium):
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=1500,1900", "--hide-scrollbars"]}
        if chromium:
            options["binary"] = chromium
        capabilities = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": options,
            "goog:loggingPrefs": {"browser": "ALL", "performance": "ALL"},
        }}}
        value = self.call("POST", "/session", capabilities, timeout=60)
        self.session = value["sessionId"]

    def s(self, path):
        return f"/session/{self.session}{path}"

    def navigate(self, url):
        self.call("POST", self.s("/url"), {"url": url}, timeout=60)

    def execute(self, script, *args):
        return self.call("POST", self.s("/execute/sync"), {"script": script, "args": list(args)})

    def find(self, css):
        value = self.call("POST", self.s("/element"), {"using": "css selector", "value": css})
        return next(iter(value.values()))

    def click(self, element):
        self.call("POST", self.s(f"/element/{element}/click"), {})

    def screenshot(self):
        return base64.b64decode(self.call("GET", self.s("/screenshot"), timeout=60))

    def log(self, kind):
        try:
            return self.call("POST", self.s("/se/log"), {"type": kind}) or []
        except CheckFailed:
            return None

    def quit(self):
        if self.session:
            try:
                self.call("DELETE", self.s(""), timeout=10)
            except Exception:
                pass
            self.session = None


def wait_for(description, predicate, timeout=TIMEOUT):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = predicate()
            if last:
                return last
        except (CheckFailed, urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.1)
    raise CheckFailed(f"na {timeout:.0f} s nog steeds niet: {description}")


def expectations_from_report(path):
    """The first cell of the report and its first indicator, read from the embedded JSON."""
    text = Path(path).read_text(encoding="utf-8")
    marker = '<script type="application/json" id="report-data">'
    start = text.index(marker) + len(marker)
    data = json.loads(text[start:text.index("</script>", start)])
    document = data["documents"][0]
    competency = document["competencies"][0]
    indicator = competency["indicators"][0]
    texts = {i["id"]: i["text"] for c in data["framework"]["clusters"] for k in c["competencies"] for i in k["indicators"]}
    return document["id"], competency["id"], indicator["id"], texts[indicator["id"]], len(data["documents"])


def check_offline_and_quiet(driver):
    """The page made no network request and logged no error."""
    resources = driver.execute("return performance.getEntries().map(function (e) { return e.name; });")
    remote = [r for r in resources if r.startswith(("http:", "https:", "ws:", "wss:", "ftp:"))]
    if remote:
        raise CheckFailed(f"de pagina heeft netwerkverzoeken gedaan: {remote[:5]}")
    performance = driver.log("performance")
    if performance is not None:
        requested = []
        for entry in performance:
            message = json.loads(entry.get("message", "{}")).get("message", {})
            if message.get("method") == "Network.requestWillBeSent":
                requested.append(message.get("params", {}).get("request", {}).get("url", ""))
        remote = [u for u in requested if not u.startswith(("file:", "data:", "about:"))]
        if remote:
            raise CheckFailed(f"Chromium probeerde netwerkverzoeken: {remote[:5]}")
    console = driver.log("browser")
    if console:
        errors = [e.get("message", "") for e in console if e.get("level") == "SEVERE"]
        if errors:
            raise CheckFailed(f"fouten in de browserconsole: {errors[:5]}")


def run_checks(driver, args):
    url = Path(args.report).resolve().as_uri()
    driver.navigate(url)
    wait_for("de pagina is geladen (html[data-ready])",
             lambda: driver.execute("return document.documentElement.getAttribute('data-ready') === 'true';"))

    rows = driver.execute("return document.querySelectorAll('#matrix tbody tr[data-competency]').length;")
    if rows != args.competencies:
        raise CheckFailed(f"de matrix heeft {rows} competentierijen, verwacht {args.competencies}")
    columns = driver.execute("return document.querySelectorAll('#matrix thead th[data-doc]').length;")
    if columns != args.documents:
        raise CheckFailed(f"de matrix heeft {columns} documentkolommen, verwacht {args.documents}")
    cells = driver.execute("return document.querySelectorAll('#matrix button.cell').length;")
    if cells != rows * columns:
        raise CheckFailed(f"de matrix heeft {cells} cellen, verwacht {rows * columns}")

    selector = f'#matrix button.cell[data-doc="{args.doc}"][data-competency="{args.competency}"]'
    driver.click(driver.find(selector))
    indicator_selector = f'#evidence .indicator[data-indicator="{args.indicator}"]'
    wait_for(f"het bewijspaneel toont {args.indicator}",
             lambda: driver.execute(
                 "var p = document.getElementById('evidence');"
                 "return !p.hidden && !!p.querySelector(arguments[0]);", indicator_selector))
    shown = driver.execute("return document.querySelector(arguments[0]).textContent;", indicator_selector)
    expected = " ".join(args.indicator_text.split())
    if expected[:60] not in " ".join(shown.split()):
        raise CheckFailed(f"het bewijspaneel voor {args.indicator} toont niet de indicatortekst '{expected[:60]}…'")
    if args.evidence_place is not None:
        where = driver.execute("var w = document.querySelector(arguments[0] + ' .where');"
                               "return w ? w.textContent : null;", indicator_selector)
        if where is None or not where.startswith(args.evidence_place + " · sterkte "):
            raise CheckFailed(f"het bewijspaneel noemt de plaats '{where}', verwacht '{args.evidence_place} · sterkte …'")
    title = driver.execute("return document.getElementById('evidence-title').textContent;")
    if not title.startswith(args.competency + " "):
        raise CheckFailed(f"de paneeltitel is '{title}', verwacht competentie {args.competency}")

    if columns > 1:
        check_run_wide_section(driver, rows)
    check_offline_and_quiet(driver)

    driver.execute("window.scrollTo(0, 0);")
    png = driver.screenshot()
    if not png.startswith(b"\x89PNG"):
        raise CheckFailed("de schermafbeelding is geen PNG")
    target = Path(args.screenshot)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(png)
    return rows, columns


def run_unit_checks(driver, args):
    """The units table of a document of several units: a cell opens the unit's own evidence."""
    url = Path(args.report).resolve().as_uri()
    driver.navigate(url)
    wait_for("de pagina is geladen (html[data-ready])",
             lambda: driver.execute("return document.documentElement.getAttribute('data-ready') === 'true';"))
    table = f'table.unit-matrix[data-doc="{args.doc}"]'
    columns = driver.execute("return document.querySelectorAll(arguments[0] + ' thead th[data-unit]').length;", table)
    if columns != args.units:
        raise CheckFailed(f"de eenhedentabel heeft {columns} kolommen, verwacht {args.units}")
    selector = f'{table} button.cell[data-unit="{args.unit}"][data-competency="{args.competency}"]'
    driver.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", selector)
    driver.click(driver.find(selector))
    indicator_selector = f'#evidence .indicator[data-indicator="{args.indicator}"]'
    wait_for(f"het bewijspaneel toont {args.indicator}",
             lambda: driver.execute(
                 "var p = document.getElementById('evidence');"
                 "return !p.hidden && !!p.querySelector(arguments[0]);", indicator_selector))
    heading = driver.execute("return document.querySelector('#evidence .panel-doc').textContent;")
    if args.unit_title not in heading:
        raise CheckFailed(f"het paneel noemt '{heading}', verwacht de eenheid '{args.unit_title}'")
    passage = driver.execute("var q = document.querySelector(arguments[0] + ' .passage');"
                             "return q ? q.textContent : null;", indicator_selector)
    expected = " ".join(args.passage.split())
    if passage is None or expected[:60] not in " ".join(passage.split()):
        raise CheckFailed(f"het paneel toont de passage '{passage}', verwacht '{expected[:60]}…'")
    places = driver.execute("return Array.prototype.map.call(document.querySelectorAll('#evidence .where'),"
                            " function (w) { return w.textContent; });")
    outside = [p for p in places if args.unit_heading not in p]
    if outside:
        raise CheckFailed(f"het paneel toont passages buiten '{args.unit_heading}': {outside[:2]}")
    if driver.execute("return document.querySelectorAll('#evidence .decide').length;"):
        raise CheckFailed("het paneel van een eenheid biedt beslissingen aan")
    check_offline_and_quiet(driver)
    if args.unit_screenshot:
        driver.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", table)
        target = Path(args.unit_screenshot)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(driver.screenshot())
    return columns, len(places)


def run_overview_checks(driver, args):
    """The page of a large run: one row per document, the filter narrows them, every competency opens."""
    driver.navigate(Path(args.report).resolve().as_uri())
    wait_for("de pagina is geladen", lambda: driver.execute("return document.readyState === 'complete';"))
    rows = driver.execute("return document.querySelectorAll('#documenten tbody tr').length;")
    if rows != args.documents:
        raise CheckFailed(f"de documententabel heeft {rows} rijen, verwacht {args.documents}")
    if driver.execute("return document.getElementById('doc-filter').hidden;"):
        raise CheckFailed("het zoekveld boven de documenten is niet zichtbaar")
    driver.execute("var i = document.getElementById('doc-filter-input'); i.value = arguments[0];"
                   "i.dispatchEvent(new Event('input'));", args.doc)
    shown = wait_for(f"het zoekveld laat alleen de rijen met '{args.doc}' zien", lambda: driver.execute(
        "var q = arguments[0], r = Array.prototype.slice.call(document.querySelectorAll('#documenten tbody tr'));"
        "var v = r.filter(function (x) { return !x.hidden; });"
        "return v.length > 0 && v.length < r.length && v.every(function (x) { return x.textContent.indexOf(q) !== -1; })"
        " ? v.length : 0;", args.doc))
    check_run_wide_section(driver, args.competencies)
    check_offline_and_quiet(driver)
    return rows, shown


def check_run_wide_section(driver, competencies):
    """'Dekking per competentie': one row per competency, and its button opens every one of them."""
    found = driver.execute("return document.querySelectorAll('#competenties tr[data-competency]').length;")
    if found != competencies:
        raise CheckFailed(f"'Dekking per competentie' heeft {found} competentierijen, verwacht {competencies}")
    driver.click(driver.find("#tallies-open"))
    closed = driver.execute("return document.querySelectorAll('#competenties details:not([open])').length;")
    if closed:
        raise CheckFailed(f"na 'Alles uitklappen' zijn nog {closed} competenties dicht")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("--competencies", type=int, default=30)
    parser.add_argument("--overview", action="store_true", help="the page of a run above the detail limit")
    parser.add_argument("--documents", type=int)
    parser.add_argument("--doc")
    parser.add_argument("--competency")
    parser.add_argument("--indicator")
    parser.add_argument("--indicator-text")
    parser.add_argument("--evidence-place", help="the place line of the indicator's first passage, as EvidencePlace writes it")
    parser.add_argument("--unit", help="check the units table: click this unit's cell of --competency")
    parser.add_argument("--units", type=int, help="the number of units of --doc")
    parser.add_argument("--unit-title")
    parser.add_argument("--unit-heading", help="the heading every passage of the unit lies under")
    parser.add_argument("--passage", help="the text of the unit's first passage for --indicator")
    parser.add_argument("--unit-screenshot", help="with --unit: save a picture of the units table with the panel open")
    parser.add_argument("--screenshot", default="Output/report-screenshot.png")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--chromium", default=next((p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None))
    args = parser.parse_args()

    if not os.path.isfile(args.report):
        print(f"report_browser_test: {args.report}: bestand bestaat niet", file=sys.stderr)
        return 1
    if not args.chromedriver:
        print("report_browser_test: chromedriver niet gevonden (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        return 1
    if args.unit:
        if not (args.doc and args.units and args.unit_title and args.unit_heading and args.passage
                and args.competency and args.indicator):
            print("report_browser_test: --unit needs --doc, --units, --unit-title, --unit-heading, --passage,"
                  " --competency and --indicator", file=sys.stderr)
            return 1
    elif args.overview:
        if args.documents is None or not args.doc:
            print("report_browser_test: --overview needs --documents and --doc", file=sys.stderr)
            return 1
    else:
        try:
            doc, competency, indicator, text, documents = expectations_from_report(args.report)
        except (ValueError, KeyError, IndexError) as error:
            print(f"report_browser_test: MISLUKT: {args.report} is geen Dekking-rapport met een report-data-blok ({error})", file=sys.stderr)
            return 1
        if not (args.doc and args.competency and args.indicator and args.indicator_text):
            args.doc, args.competency, args.indicator, args.indicator_text = doc, competency, indicator, text
        if args.documents is None:
            args.documents = documents

    port = free_port()
    service = subprocess.Popen([args.chromedriver, f"--port={port}", "--allowed-ips=127.0.0.1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    driver = WebDriver(f"http://127.0.0.1:{port}")
    try:
        wait_for("chromedriver luistert", lambda: (driver.call("GET", "/status", timeout=2) or {}).get("ready"), timeout=15)
        driver.start(args.chromium)
        if args.unit:
            columns, passages = run_unit_checks(driver, args)
            print(f"report_browser_test: geslaagd: eenhedentabel met {columns} eenheden, cel {args.unit} × "
                  f"{args.competency} toont {passages} passages van die eenheid, geen netwerkverzoeken")
            return 0
        if args.overview:
            rows, shown = run_overview_checks(driver, args)
            print(f"report_browser_test: geslaagd: overzicht met {rows} documenten, zoeken laat er {shown} zien, "
                  "alle competenties klappen uit, geen netwerkverzoeken")
            return 0
        rows, columns = run_checks(driver, args)
        print(f"report_browser_test: geslaagd: {rows} competenties × {columns} documenten, paneel toont {args.indicator}, "
              f"geen netwerkverzoeken; schermafbeelding: {args.screenshot}")
        return 0
    except CheckFailed as failure:
        print(f"report_browser_test: MISLUKT: {failure}", file=sys.stderr)
        return 1
    except (urllib.error.URLError, OSError, KeyError, ValueError) as error:
        print(f"report_browser_test: MISLUKT: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    finally:
        driver.quit()
        service.terminate()
        try:
            service.wait(timeout=10)
        except subprocess.TimeoutExpired:
            service.kill()
            service.wait(timeout=5)


if __name__ == "__main__":
    sys.exit(main())
