#!/usr/bin/env python3
"""Writes large inputs that stress the readers' memory, into a folder given on the command line.

    python3 scripts/hostile/make-large-inputs.py FOLDER [--megabytes N] [--only xml|html|pdf]

- leeg-elementen.xml: a root holding `<a/>` repeated, about N MB (default 48);
- veel-alineas.html: a body holding `<p>woord</p>` repeated, about N MB;
- grote-tekstlaag.pdf: a PDF of some tens of KB whose text layer is about N MB (ten tall pages
  share one Flate-compressed content stream, so the file stays small).

Nothing here is committed as data: tests and measurements generate the files when they need them.
"""

import argparse
import os
import zlib


def write_xml(path, size):
    unit = b"<a/>"
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<r>')
        out.write(unit * (size // len(unit)))
        out.write(b"</r>\n")


def write_html(path, size):
    unit = b"<p>woord</p>"
    with open(path, "wb") as out:
        out.write(b"<!DOCTYPE html>\n<html><head><title>Groot</title></head><body>")
        out.write(unit * (size // len(unit)))
        out.write(b"</body></html>\n")


def write_pdf(path, size):
    # Ten tall pages share one content stream of many lines; pdftotext writes the lines once per
    # page. The stream is very repetitive, so it compresses to a few tens of KB.
    line = b"Je brengt met de client de schulden in kaart en stelt een plan op."
    pages = 10
    lines_per_page = max(1, size // pages // (len(line) + 1))
    leading = 12
    height = leading * (lines_per_page + 2)
    content = (
        b"BT /F1 10 Tf %d TL 40 %d Td " % (leading, height - leading)
        + b" ".join(b"(" + line + b") '" for _ in range(lines_per_page))
        + b" ET"
    )
    stream = zlib.compress(content, 9)
    kids = b" ".join(b"%d 0 R" % (6 + p) for p in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Font << /F1 3 0 R >> >>",
    ]
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 %d] /Contents 4 0 R /Resources 5 0 R >>" % height
        )
    with open(path, "wb") as out:
        out.write(b"%PDF-1.4\n")
        offsets = []
        for number, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--megabytes", type=float, default=48)
    parser.add_argument("--only", choices=["xml", "html", "pdf"])
    arguments = parser.parse_args()
    os.makedirs(arguments.folder, exist_ok=True)
    size = int(arguments.megabytes * 1_048_576)
    writers = {
        "xml": (write_xml, "leeg-elementen.xml"),
        "html": (write_html, "veel-alineas.html"),
        "pdf": (write_pdf, "grote-tekstlaag.pdf"),
    }
    for name, (write, file) in writers.items():
        if arguments.only in (None, name):
            write(os.path.join(arguments.folder, file), size)


if __name__ == "__main__":
    main()
