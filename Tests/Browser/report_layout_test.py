#!/usr/bin/env python3
"""Checks the layout of a Dekking report.html at several screen widths in headless Chromium and Firefox.

Chromium is driven by chromedriver over W3C WebDriver (as report_browser_test.py does, whose
client this reuses); Firefox over its built-in WebDriver BiDi (a websocket; Debian ships no
geckodriver), which needs the `websocket` module (Debian: python3-websocket, for /usr/bin/python3).
At every width (default 390, 1024 and 1440 px) it checks:

  * the page itself does not scroll sideways (document scrollWidth <= its visible width), as it
    opens and with every section opened, and the cluster filter fits on the screen;
  * the heatmap scrolls in one box, whose header row and first column stay put when it scrolls;
  * scrolling that box brings every document column into view, not covered by anything, and no
    document title runs past its column; every column header carries the full title (`title`);
  * the startbekwaam statements lie within the screen;
  * a click on a cell opens the evidence panel with a reachable close button: up to 1100 px over
    the page without narrowing the heatmap, wider beside it, where every column must still be
    reachable; the close button closes it.

A screenshot per browser and width is saved into SHOTS (`report-<browser>-<width>.png`, and
`…-paneel.png` with the evidence panel open). Exits 0 when every check passes, 1 with a Dutch
message per failed check otherwise; the measured page widths are printed either way.

Usage:
  report_layout_test.py REPORT.html SHOTS [--browsers chromium,firefox] [--widths 390,1024,1440]
      [--chromedriver PATH] [--chromium PATH] [--firefox PATH]
"""

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.dont_write_bytecode = True
sys.path.insert(0, str(Path(__file__).resolve().parent))
from report_browser_test import TIMEOUT, CheckFailed, WebDriver, free_port, wait_for  # noqa: E402

HEIGHT = 900  # viewport height at every width
PANEL_OVER = 1100  # up to this width the evidence panel lies over the page (report.css), wider beside the heatmap

# Measurements in the page, one object of functions; each returns something JSON can carry.
PAGE = r"""({
  describe: function (e) {
    if (!e) return "niets";
    return e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") +
      (e.className && typeof e.className === "string" ? "." + e.className.trim().split(/\s+/).join(".") : "");
  },
  clipped: function (e) {
    for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== "visible") return true;
    }
    return false;
  },
  page: function () {
    var root = document.documentElement, self = this, wide = [];
    if (root.scrollWidth > root.clientWidth) {
      document.querySelectorAll("body *").forEach(function (e) {
        var r = e.getBoundingClientRect();
        if (r.width > 0 && r.right + window.scrollX > root.clientWidth + 0.5 && !self.clipped(e)) {
          var parent = e.parentElement, r2 = parent.getBoundingClientRect();
          if (parent === document.body || r2.right + window.scrollX <= root.clientWidth + 0.5) {
            wide.push(self.describe(e) + " " + Math.round(r.width) + " px");
          }
        }
      });
    }
    var filter = document.getElementById("filter-cluster");
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, innerWidth: window.innerWidth,
      filterRight: filter ? Math.round(filter.getBoundingClientRect().right) : null,
      filterWidth: filter ? Math.round(filter.getBoundingClientRect().width) : null, wide: wide.slice(0, 6) };
  },
  // Opens (true) or closes again (false) every section that is closed, as print does.
  openAll: function (open) {
    if (open) {
      window.__closed = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (d) { d.open = true; return true; });
    } else {
      (window.__closed || []).forEach(function (d) { d.open = false; });
    }
    return true;
  },
  scrollBoxes: function () {
    var boxes = [];
    for (var a = document.getElementById("matrix").parentElement; a && a !== document.body; a = a.parentElement) {
      var s = getComputedStyle(a);
      var x = (s.overflowX === "auto" || s.overflowX === "scroll") && a.scrollWidth > a.clientWidth;
      var y = (s.overflowY === "auto" || s.overflowY === "scroll") && a.scrollHeight > a.clientHeight;
      if (x || y) boxes.push(this.describe(a) + (x ? " (zijwaarts)" : "") + (y ? " (omlaag)" : ""));
    }
    return boxes;
  },
  wrap: function () { return document.querySelector("#workspace .matrix-wrap") || document.getElementById("matrix").parentElement; },
  // Brings the top of the heatmap's box to the top of the window.
  toMatrix: function () {
    var wrap = this.wrap();
    wrap.scrollTop = 0; wrap.scrollLeft = 0;
    window.scrollTo(0, window.scrollY + wrap.getBoundingClientRect().top - 8);
  },
  sticky: function () {
    var wrap = this.wrap(), matrix = document.getElementById("matrix");
    this.toMatrix();
    var head = matrix.querySelector("thead th[data-doc]"), rowHead = matrix.querySelector("tbody tr[data-competency] th");
    wrap.scrollLeft = wrap.scrollWidth; wrap.scrollTop = 400;
    var w = wrap.getBoundingClientRect();
    var result = { scrollsX: wrap.scrollLeft > 0, scrollsY: wrap.scrollTop > 0,
      tableTaller: matrix.getBoundingClientRect().height > window.innerHeight,
      headerOffset: Math.round(head.getBoundingClientRect().top - (w.top + wrap.clientTop)),
      firstColumnOffset: Math.round(rowHead.getBoundingClientRect().left - (w.left + wrap.clientLeft)) };
    wrap.scrollLeft = 0; wrap.scrollTop = 0;
    return result;
  },
  // Scrolls the heatmap's box to each document column and tells whether it is then in full view.
  columns: function () {
    var wrap = this.wrap(), matrix = document.getElementById("matrix"), self = this;
    var corner = matrix.querySelector("thead th.corner"), root = document.documentElement;
    this.toMatrix();
    var out = [];
    matrix.querySelectorAll("thead th[data-doc]").forEach(function (th) {
      if (th.offsetParent === null) return;
      var offset = th.getBoundingClientRect().left - matrix.getBoundingClientRect().left;
      wrap.scrollLeft = Math.max(0, offset - corner.getBoundingClientRect().width);
      var w = wrap.getBoundingClientRect(), r = th.getBoundingClientRect(), c = corner.getBoundingClientRect();
      var left = Math.max(w.left + wrap.clientLeft, c.right), right = Math.min(w.left + wrap.clientLeft + wrap.clientWidth, root.clientWidth);
      var hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      var title = th.querySelector(".doc-title");
      out.push({ doc: th.getAttribute("data-doc"), full: r.left >= left - 1 && r.right <= right + 1,
        left: Math.round(r.left), right: Math.round(r.right), visibleLeft: Math.round(left), visibleRight: Math.round(right),
        covered: th.contains(hit) ? null : self.describe(hit),
        title: th.getAttribute("title"), text: title ? title.textContent : "",
        overflows: title ? title.scrollWidth > th.clientWidth + 1 || title.getBoundingClientRect().right > r.right + 1 : false });
    });
    wrap.scrollLeft = 0;
    return out;
  },
  statements: function () {
    var section = document.getElementById("startbekwaam");
    if (!section) return null;
    var closed = Array.prototype.filter.call(section.querySelectorAll("details:not([open])"), function (d) { d.open = true; return true; });
    var root = document.documentElement, self = this, outside = [], items = section.querySelectorAll(".statements > li");
    items.forEach(function (li) {
      var r = li.getBoundingClientRect();
      if (r.width < 80 || r.left < -0.5 || r.right > root.clientWidth + 0.5 || li.scrollWidth > li.clientWidth + 1) {
        outside.push(li.textContent.trim().slice(0, 50) + "… (" + Math.round(r.left) + "–" + Math.round(r.right) + " px)");
      }
    });
    closed.forEach(function (d) { d.open = false; });
    return { count: items.length, outside: outside.slice(0, 3), outsideCount: outside.length };
  },
  // The centre of the first cell of the document column `doc`, scrolled into view; null if something covers it.
  cell: function (doc) {
    var cell = document.querySelector('#matrix button.cell[data-doc="' + doc + '"]');
    this.toMatrix();
    var wrap = this.wrap(), matrix = document.getElementById("matrix"), corner = matrix.querySelector("thead th.corner");
    wrap.scrollLeft = Math.max(0, cell.getBoundingClientRect().left - matrix.getBoundingClientRect().left - corner.getBoundingClientRect().width);
    var r = cell.getBoundingClientRect(), x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    var hit = document.elementFromPoint(x, y);
    return { x: x, y: y, hit: cell.contains(hit), covered: this.describe(hit),
      wrapWidth: Math.round(wrap.getBoundingClientRect().width) };
  },
  panel: function () {
    var panel = document.getElementById("evidence"), close = document.getElementById("evidence-close");
    var r = close.getBoundingClientRect(), root = document.documentElement;
    var x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2, hit = document.elementFromPoint(x, y);
    var p = panel.getBoundingClientRect();
    return { open: !panel.hidden && !!panel.querySelector(".indicator"), position: getComputedStyle(panel).position,
      closeX: x, closeY: y, closeReachable: close.contains(hit) && r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= root.clientWidth,
      closeCovered: this.describe(hit), panelLeft: Math.round(p.left), panelRight: Math.round(p.right),
      wrapWidth: Math.round(this.wrap().getBoundingClientRect().width) };
  },
  closed: function () {
    var panel = document.getElementById("evidence");
    return { hidden: panel.hidden, focus: this.describe(document.activeElement) };
  },
  ready: function () { return document.documentElement.getAttribute("data-ready") === "true"; },
  showControls: function () {
    var controls = document.querySelector("section.controls") || document.querySelector("main");
    window.scrollTo(0, window.scrollY + controls.getBoundingClientRect().top - 8);
    return true;
  }
})"""


class Chromium:
    """Headless Chromium through chromedriver (W3C WebDriver), with the window at an exact width."""

    name = "chromium"

    def __init__(self, chromedriver, chromium):
        port = free_port()
        self.service = subprocess.Popen([chromedriver, f"--port={port}", "--allowed-ips=127.0.0.1"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.driver = WebDriver(f"http://127.0.0.1:{port}")
        options = {"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            f"--window-size=1440,{HEIGHT}"]}
        if chromium:
            options["binary"] = chromium
        try:
            wait_for("chromedriver luistert",
                     lambda: (self.driver.call("GET", "/status", timeout=2) or {}).get("ready"), timeout=15)
            value = self.driver.call("POST", "/session", {"capabilities": {"alwaysMatch": {
                "browserName": "chrome", "goog:chromeOptions": options}}}, timeout=60)
            self.driver.session = value["sessionId"]
        except BaseException:
            self.close()  # chromedriver is stopped, not left running
            raise

    def open(self, url, width):
        self.driver.call("POST", self.driver.s("/goog/cdp/execute"), {
            "cmd": "Emulation.setDeviceMetricsOverride",
            "params": {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False}})
        self.driver.navigate(url)

    def run(self, call):
        return json.loads(self.driver.execute(f"return JSON.stringify({PAGE}.{call});"))

    def click_at(self, x, y):
        self.driver.call("POST", self.driver.s("/actions"), {"actions": [{
            "type": "pointer", "id": "muis", "parameters": {"pointerType": "mouse"}, "actions": [
                {"type": "pointerMove", "duration": 0, "x": int(x), "y": int(y), "origin": "viewport"},
                {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})

    def screenshot(self):
        return self.driver.screenshot()

    def close(self):
        self.driver.quit()
        stop(self.service)


class Firefox:
    """Headless Firefox over its built-in WebDriver BiDi (a websocket on a loopback port)."""

    name = "firefox"
    PREFERENCES = {
        "browser.shell.checkDefaultBrowser": False, "browser.startup.homepage_override.mstone": "ignore",
        "datareporting.policy.dataSubmissionEnabled": False, "toolkit.telemetry.reportingpolicy.firstRun": False,
        "app.update.disabledForTesting": True, "browser.safebrowsing.update.enabled": False,
        "network.captive-portal-service.enabled": False, "network.connectivity-service.enabled": False,
    }

    def __init__(self, firefox):
        import websocket  # python3-websocket

        self.websocket = websocket
        self.profile = tempfile.mkdtemp(prefix="dekking-firefox-")
        with open(os.path.join(self.profile, "user.js"), "w", encoding="utf-8") as prefs:
            for key, value in self.PREFERENCES.items():
                prefs.write(f"user_pref({json.dumps(key)}, {json.dumps(value)});\n")
        port = free_port()
        self.process = subprocess.Popen(
            [firefox, "--headless", "--no-remote", f"--remote-debugging-port={port}", "--profile", self.profile],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.socket = None
        self.last = 0
        try:
            self.socket = wait_for("Firefox luistert (WebDriver BiDi)", lambda: self.connect(port), timeout=45)
            self.command("session.new", {"capabilities": {}}, timeout=60)
            self.context = self.command("browsingContext.getTree", {})["contexts"][0]["context"]
        except BaseException:
            self.close()  # a Firefox that did not answer is stopped, not left running
            raise

    def connect(self, port):
        if self.process.poll() is not None:
            # Not a CheckFailed, which wait_for would wait out: a stopped Firefox will not come back.
            raise RuntimeError(f"Firefox stopte meteen (afsluitcode {self.process.returncode})")
        try:
            # Firefox refuses a handshake with an Origin header (--remote-allow-origins), so none is sent.
            return self.websocket.create_connection(f"ws://127.0.0.1:{port}/session", timeout=5,
                                                    suppress_origin=True)
        except (OSError, self.websocket.WebSocketException):
            return None

    def command(self, method, params, timeout=TIMEOUT):
        self.last += 1
        self.socket.settimeout(timeout)
        self.socket.send(json.dumps({"id": self.last, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") != self.last:
                continue  # an event
            if message.get("type") == "error":
                raise CheckFailed(f"Firefox (BiDi) {method}: {message.get('error')}: {message.get('message')}")
            return message.get("result", {})

    def open(self, url, width):
        self.command("browsingContext.setViewport",
                     {"context": self.context, "viewport": {"width": width, "height": HEIGHT}})
        self.command("browsingContext.navigate", {"context": self.context, "url": url, "wait": "complete"}, timeout=60)

    def run(self, call):
        result = self.command("script.evaluate", {"expression": f"JSON.stringify({PAGE}.{call})",
                                                  "target": {"context": self.context}, "awaitPromise": False})
        if result.get("type") != "success":
            raise CheckFailed(f"Firefox: script mislukt: {result.get('exceptionDetails', {}).get('text')}")
        return json.loads(result["result"]["value"])

    def click_at(self, x, y):
        self.command("input.performActions", {"context": self.context, "actions": [{
            "type": "pointer", "id": "muis", "parameters": {"pointerType": "mouse"}, "actions": [
                {"type": "pointerMove", "x": int(x), "y": int(y), "origin": "viewport"},
                {"type": "pointerDown", "button": 0}, {"type": "pointerUp", "button": 0}]}]})

    def screenshot(self):
        return base64.b64decode(self.command("browsingContext.captureScreenshot", {"context": self.context},
                                             timeout=60)["data"])

    def close(self):
        try:
            if self.socket:
                self.command("session.end", {}, timeout=10)
                self.socket.close()
        except Exception:
            pass
        stop(self.process)
        shutil.rmtree(self.profile, ignore_errors=True)


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def check_width(browser, url, width, shots):
    """Every check at one width; returns the page measurement and the failures found (in Dutch)."""
    failures = []
    where = f"{browser.name} {width} px"
    browser.open(url, width)
    wait_for("de pagina is geladen (html[data-ready])", lambda: browser.run("ready()"))

    page = browser.run("page()")
    if page["innerWidth"] != width:
        failures.append(f"{where}: het venster is {page['innerWidth']} px breed, niet {width} px")
    if page["scrollWidth"] > page["clientWidth"]:
        failures.append(f"{where}: de pagina schuift zijwaarts: {page['scrollWidth']} px breed bij {page['clientWidth']} px "
                        f"zichtbaar (te breed: {', '.join(page['wide']) or 'onbekend'})")
    if page["filterRight"] is not None and page["filterRight"] > page["clientWidth"]:
        failures.append(f"{where}: het clusterfilter ({page['filterWidth']} px) past niet op het scherm")

    browser.run("openAll(true)")
    opened = browser.run("page()")
    browser.run("openAll(false)")
    if opened["scrollWidth"] > opened["clientWidth"] and page["scrollWidth"] <= page["clientWidth"]:
        failures.append(f"{where}: met alle onderdelen uitgeklapt schuift de pagina zijwaarts: {opened['scrollWidth']} px "
                        f"breed bij {opened['clientWidth']} px (te breed: {', '.join(opened['wide']) or 'onbekend'})")

    boxes = browser.run("scrollBoxes()")
    if len(boxes) > 1:
        failures.append(f"{where}: de tabel schuift in {len(boxes)} vakken tegelijk: {', '.join(boxes)}")
    sticky = browser.run("sticky()")
    if sticky["scrollsX"] and abs(sticky["firstColumnOffset"]) > 1:
        failures.append(f"{where}: de eerste kolom blijft niet staan als de tabel zijwaarts schuift "
                        f"({sticky['firstColumnOffset']} px verschoven)")
    if sticky["scrollsY"] and abs(sticky["headerOffset"]) > 1:
        failures.append(f"{where}: de kopregel blijft niet staan als de tabel omlaag schuift ({sticky['headerOffset']} px)")
    if not sticky["scrollsY"] and sticky["tableTaller"]:
        failures.append(f"{where}: de tabel is hoger dan het scherm maar schuift niet in haar vak, "
                        "dus de kopregel met de documenten blijft niet in beeld")

    columns = browser.run("columns()")
    failures += column_failures(where, columns)

    statements = browser.run("statements()")
    if statements is not None:
        if statements["count"] == 0:
            failures.append(f"{where}: het startbekwame profiel toont geen uitspraken")
        elif statements["outsideCount"]:
            failures.append(f"{where}: {statements['outsideCount']} van {statements['count']} uitspraken van het "
                            f"startbekwame profiel vallen (deels) buiten het scherm, zoals: {'; '.join(statements['outside'])}")

    browser.run("showControls()")
    save(browser, shots / f"report-{browser.name}-{width}.png")

    # The panel on the last column: beside the heatmap on a wide screen, over the page on a narrow one.
    if columns:
        last = columns[-1]["doc"]
        cell = browser.run(f"cell({json.dumps(last)})")
        if not cell["hit"]:
            failures.append(f"{where}: de eerste cel van {last} is niet aan te klikken ({cell['covered']} ligt erover)")
        else:
            browser.click_at(cell["x"], cell["y"])
            wait_for("het bewijspaneel gaat open", lambda: browser.run("panel()")["open"])
            panel = browser.run("panel()")
            failures += panel_failures(where, width, panel, cell, browser.run("page()"))
            if width > PANEL_OVER:
                failures += [f"{f} (met het bewijspaneel open)" for f in column_failures(where, browser.run("columns()"))]
                browser.run(f"cell({json.dumps(last)})")
            save(browser, shots / f"report-{browser.name}-{width}-paneel.png")
            panel = browser.run("panel()")
            if panel["closeReachable"]:
                browser.click_at(panel["closeX"], panel["closeY"])
                try:
                    wait_for("het paneel sluit", lambda: browser.run("closed()")["hidden"], timeout=5)
                except CheckFailed:
                    failures.append(f"{where}: de knop Sluiten sluit het bewijspaneel niet")
    return page, failures


def column_failures(where, columns):
    failures = []
    if not columns:
        return [f"{where}: de tabel heeft geen documentkolommen"]
    for column in columns:
        if not column["full"]:
            failures.append(f"{where}: kolom {column['doc']} komt niet helemaal in beeld door de tabel te schuiven "
                            f"({column['left']}–{column['right']} px, zichtbaar {column['visibleLeft']}–{column['visibleRight']} px)")
        elif column["covered"]:
            failures.append(f"{where}: kolom {column['doc']} wordt bedekt door {column['covered']}")
        if column["overflows"]:
            failures.append(f"{where}: de titel van {column['doc']} loopt buiten zijn kolom")
        if not column["title"] or " ".join(column["title"].split()) != " ".join(column["text"].split()):
            failures.append(f"{where}: de kop van {column['doc']} heeft niet de volledige titel als title-attribuut")
    return failures


def panel_failures(where, width, panel, cell, page):
    failures = []
    if not panel["closeReachable"]:
        failures.append(f"{where}: de knop Sluiten van het bewijspaneel is niet bereikbaar ({panel['closeCovered']} ligt erover "
                        "of hij valt buiten het scherm)")
    if page["scrollWidth"] > page["clientWidth"]:
        failures.append(f"{where}: met het bewijspaneel open schuift de pagina zijwaarts ({page['scrollWidth']} px bij "
                        f"{page['clientWidth']} px)")
    if width <= PANEL_OVER:
        if panel["position"] != "fixed":
            failures.append(f"{where}: het bewijspaneel ligt niet over de pagina (position: {panel['position']})")
        if abs(panel["wrapWidth"] - cell["wrapWidth"]) > 1:
            failures.append(f"{where}: het bewijspaneel maakt de tabel smaller ({cell['wrapWidth']} → {panel['wrapWidth']} px)")
    return failures


def save(browser, path):
    png = browser.screenshot()
    if not png.startswith(b"\x89PNG"):
        raise CheckFailed(f"de schermafbeelding {path.name} is geen PNG")
    path.write_bytes(png)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("shots", help="folder for the screenshots")
    parser.add_argument("--browsers", default="chromium,firefox")
    parser.add_argument("--widths", default="390,1024,1440")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver"))
    parser.add_argument("--chromium", default=next((p for p in map(shutil.which, ["chromium", "chromium-browser", "google-chrome"]) if p), None))
    parser.add_argument("--firefox", default=next((p for p in map(shutil.which, ["firefox-esr", "firefox"]) if p), None))
    args = parser.parse_args()
    widths = [int(w) for w in args.widths.split(",")]
    names = [b.strip() for b in args.browsers.split(",") if b.strip()]

    if not os.path.isfile(args.report):
        print(f"report_layout_test: {args.report}: bestand bestaat niet", file=sys.stderr)
        return 1
    unknown = [n for n in names if n not in ("chromium", "firefox")]
    if unknown or not names:
        print(f"report_layout_test: onbekende browser {unknown}; kies uit chromium, firefox", file=sys.stderr)
        return 1
    if "chromium" in names and not args.chromedriver:
        print("report_layout_test: chromedriver niet gevonden (Debian: apt-get install chromium chromium-driver)", file=sys.stderr)
        return 1
    if "firefox" in names:
        if not args.firefox:
            print("report_layout_test: Firefox niet gevonden (Debian: apt-get install firefox-esr)", file=sys.stderr)
            return 1
        try:
            import websocket  # noqa: F401
        except ImportError:
            print(f"report_layout_test: de module websocket ontbreekt voor {sys.executable} "
                  "(Debian: apt-get install python3-websocket, en start met /usr/bin/python3)", file=sys.stderr)
            return 1
    shots = Path(args.shots)
    shots.mkdir(parents=True, exist_ok=True)
    url = Path(args.report).resolve().as_uri()

    failures = []
    for name in names:
        browser = None
        try:
            browser = Chromium(args.chromedriver, args.chromium) if name == "chromium" else Firefox(args.firefox)
            for width in widths:
                page, found = check_width(browser, url, width, shots)
                print(f"report_layout_test: {name} {width} px: scrollWidth {page['scrollWidth']} px, zichtbaar "
                      f"{page['clientWidth']} px, clusterfilter {page['filterWidth']} px; "
                      + ("in orde" if not found else f"{len(found)} problemen"))
                failures += found
        except CheckFailed as failure:
            failures.append(f"{name}: {failure}")
        except Exception as error:  # a browser that stopped or answered nonsense: a failure, not a traceback
            failures.append(f"{name}: de browser gaf een fout: {type(error).__name__}: {error}")
        finally:
            if browser:
                browser.close()
    if failures:
        for failure in failures:
            print(f"report_layout_test: MISLUKT: {failure}", file=sys.stderr)
        return 1
    print(f"report_layout_test: geslaagd in {', '.join(names)} bij {', '.join(map(str, widths))} px; "
          f"schermafbeeldingen in {shots}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
