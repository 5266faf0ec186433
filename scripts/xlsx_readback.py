#!/usr/bin/env python3
"""Read an .xlsx file back, independently of the library that wrote it.

Usage: xlsx_readback.py FILE.xlsx

Prints JSON to stdout:

    {"sheets": [{"name": "Matrix",
                 "rows": [["Cluster", "Competentie", ...], [...], ...],
                 "conditional_formatting": 12, "color_scales": 3,
                 "frozen": {"rows": 1, "columns": 3},
                 "autofilter": "A1:K40",
                 "outline_levels": {"3": 1, ...},
                 "merged": ["D1:E1", ...], "row_heights": {"4": 30.0, ...},
                 "rules": [{"type": "expression", "range": "D4:D40", "formulas": ["AND(...)"],
                            "fill": "1D4F91", "font": "FFFFFF"}, ...],
                 "print": {"orientation": "landscape", "paper_size": 9, "fit_to_page": true,
                           "fit_to_width": 1, "fit_to_height": 0, "header": "&L...", "footer": "&C...",
                           "margins": {"left": 0.4, ...}, "print_titles": "Matrix!$A:$C,Matrix!$1:$3"}},
                ...]}

`rows` is dense from cell A1: row i of the list is spreadsheet row i + 1, cell j is column j.
A cell is a string (shared strings, inline strings and formula strings resolved), a number,
a boolean, or null when empty. `frozen` is null when the sheet has no frozen pane; `autofilter`
is the filter's range or null; `outline_levels` maps 0-based row numbers to their outline level,
`row_heights` those with a height of their own to it in points. `rules` are the conditional
formatting rules with the fill and font colour (RRGGBB) of their format; `print` is the page setup
(print titles from the workbook's defined name _xlnm.Print_Titles of the sheet, null when none).

Python 3 standard library only (zipfile, xml.etree), so tests can check the workbook without
trusting the writer.
"""

import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def text_of(element):
    """The text of a shared or inline string: plain <t> or rich-text runs <r><t>."""
    if element is None:
        return ""
    return "".join(t.text or "" for t in element.iter(MAIN + "t"))


def column_index(reference):
    """0-based column of a cell reference such as 'AB12'."""
    letters = re.match(r"[A-Z]+", reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - ord("A") + 1)
    return index - 1


def row_index(reference):
    return int(re.search(r"[0-9]+", reference).group(0)) - 1


def shared_strings(archive):
    try:
        root = ET.fromstring(archive.read("xl/sharedStrings.xml"))
    except KeyError:
        return []
    return [text_of(si) for si in root.findall(MAIN + "si")]


def sheet_paths(archive):
    """(name, path inside the archive) of every worksheet, in workbook order."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target") for rel in rels.findall(PKG_REL + "Relationship")}
    result = []
    for sheet in workbook.find(MAIN + "sheets").findall(MAIN + "sheet"):
        target = targets[sheet.get(REL + "id")]
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
        result.append((sheet.get("name"), path))
    return result


def colour(element):
    """RRGGBB of a colour element's rgb (ARGB in the file), or None."""
    if element is None or element.get("rgb") is None:
        return None
    return element.get("rgb")[-6:].upper()


def differential_formats(archive):
    """(fill, font) colours of each dxf of xl/styles.xml, by index: the formats of conditional rules."""
    try:
        root = ET.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return []
    dxfs = root.find(MAIN + "dxfs")
    result = []
    for dxf in dxfs.findall(MAIN + "dxf") if dxfs is not None else []:
        fill = dxf.find(MAIN + "fill/" + MAIN + "patternFill/" + MAIN + "bgColor")
        font = dxf.find(MAIN + "font/" + MAIN + "color")
        result.append((colour(fill), colour(font)))
    return result


def print_titles(archive):
    """Sheet index (0-based) -> the text of its _xlnm.Print_Titles defined name."""
    workbook = ET.fromstring(archive.read("xl/workbook.xml"))
    names = workbook.find(MAIN + "definedNames")
    result = {}
    for name in names.findall(MAIN + "definedName") if names is not None else []:
        if name.get("name") == "_xlnm.Print_Titles" and name.get("localSheetId") is not None:
            result[int(name.get("localSheetId"))] = name.text
    return result


def page_setup(root, titles):
    setup = root.find(MAIN + "pageSetup")
    properties = root.find(MAIN + "sheetPr/" + MAIN + "pageSetUpPr")
    margins = root.find(MAIN + "pageMargins")
    header_footer = root.find(MAIN + "headerFooter")

    def number(element, key, default=None):
        value = element.get(key) if element is not None else None
        return int(value) if value is not None else default

    def text(tag):
        element = header_footer.find(MAIN + tag) if header_footer is not None else None
        return element.text if element is not None else None

    return {
        "orientation": setup.get("orientation", "default") if setup is not None else "default",
        "paper_size": number(setup, "paperSize", 1),
        "fit_to_page": properties is not None and properties.get("fitToPage") in ("1", "true"),
        # ECMA-376 defaults: 1 page wide and 1 tall; 0 means as many as needed.
        "fit_to_width": number(setup, "fitToWidth", 1),
        "fit_to_height": number(setup, "fitToHeight", 1),
        "header": text("oddHeader"),
        "footer": text("oddFooter"),
        "margins": {key: float(margins.get(key)) for key in ("left", "right", "top", "bottom")}
        if margins is not None
        else None,
        "print_titles": titles,
    }


def cell_value(cell, strings):
    kind = cell.get("t", "n")
    value = cell.find(MAIN + "v")
    if kind == "inlineStr":
        return text_of(cell.find(MAIN + "is"))
    if value is None or value.text is None:
        return None
    if kind == "s":
        return strings[int(value.text)]
    if kind in ("str", "e"):
        return value.text
    if kind == "b":
        return value.text == "1"
    number = float(value.text)
    return number


def read_sheet(archive, name, path, strings, dxfs, titles):
    root = ET.fromstring(archive.read(path))
    rows = []
    outline = {}
    heights = {}
    for row in root.iter(MAIN + "row"):
        r = int(row.get("r")) - 1
        if row.get("outlineLevel"):
            outline[str(r)] = int(row.get("outlineLevel"))
        if row.get("customHeight") in ("1", "true") and row.get("ht"):
            heights[str(r)] = float(row.get("ht"))
        while len(rows) <= r:
            rows.append([])
        cells = rows[r]
        for cell in row.findall(MAIN + "c"):
            c = column_index(cell.get("r"))
            while len(cells) <= c:
                cells.append(None)
            cells[c] = cell_value(cell, strings)
    frozen = None
    for pane in root.iter(MAIN + "pane"):
        if pane.get("state") in ("frozen", "frozenSplit"):
            frozen = {"rows": int(float(pane.get("ySplit", "0"))), "columns": int(float(pane.get("xSplit", "0")))}
    autofilter = root.find(MAIN + "autoFilter")
    formats = root.findall(MAIN + "conditionalFormatting")
    scales = sum(1 for rule in root.iter(MAIN + "cfRule") if rule.get("type") == "colorScale")
    rules = []
    for formatting in formats:
        for rule in formatting.findall(MAIN + "cfRule"):
            dxf = int(rule.get("dxfId")) if rule.get("dxfId") is not None else None
            fill, font = dxfs[dxf] if dxf is not None and dxf < len(dxfs) else (None, None)
            rules.append({
                "type": rule.get("type"),
                "range": formatting.get("sqref"),
                "formulas": [f.text for f in rule.findall(MAIN + "formula")],
                "fill": fill,
                "font": font,
            })
    merged = [m.get("ref") for m in root.iter(MAIN + "mergeCell")]
    return {
        "name": name,
        "rows": rows,
        "conditional_formatting": len(formats),
        "color_scales": scales,
        "frozen": frozen,
        "autofilter": autofilter.get("ref") if autofilter is not None else None,
        "outline_levels": outline,
        "row_heights": heights,
        "merged": merged,
        "rules": rules,
        "print": page_setup(root, titles),
    }


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("gebruik: xlsx_readback.py BESTAND.xlsx\n")
        return 64
    with zipfile.ZipFile(argv[1]) as archive:
        strings = shared_strings(archive)
        dxfs = differential_formats(archive)
        titles = print_titles(archive)
        sheets = [
            read_sheet(archive, name, path, strings, dxfs, titles.get(index))
            for index, (name, path) in enumerate(sheet_paths(archive))
        ]
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
