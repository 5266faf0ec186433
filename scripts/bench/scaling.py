#!/usr/bin/env python3
"""Whether any step grows faster than its input: times `dekking analyze` on pathological
documents at three sizes (1x, 2x, 4x) and prints the ratio of the 4x time to the 1x time.

The start-up time (mappings loaded, on a one-line document) is subtracted first. A linear
step gives a ratio near 4, a quadratic one near 16. The
shapes are those a hostile tester or a broken export produces: one endless line, words glued
together (a PDF that lost its spaces), thousands of headings, deep heading levels, a long
list, thousands of structural codes, many short paragraphs and an XML of many empty elements.

Usage: scaling.py path/to/dekking [--base-kb 256] [--limit 4.0]
Exits 1 when a ratio is above 8 (clearly worse than linear), so it can guard a change.
"""

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time

WORDS = (
    "de klant schuldhulpverlening budget gesprek inkomen uitgaven regeling schuldeiser aflossing "
    "afspraak hulpvraag signaleert bespreekt wetgeving gemeente wijkteam vertrouwen rapporteert "
    "adviseert financiële situatie overzicht dossier privacy samenwerking netwerk"
).split()


def words(rng, n):
    return [rng.choice(WORDS) for _ in range(n)]


def long_line(rng, size):
    text, out = 0, []
    while text < size:
        w = rng.choice(WORDS)
        out.append(w)
        text += len(w) + 1
    return "Functie\n\n" + " ".join(out) + "\n", "txt"


def glued(rng, size):
    out, text = [], 0
    while text < size:
        w = rng.choice(WORDS)
        out.append(w)
        text += len(w)
    # a space every 4,000 characters: the line is long, each "word" is glued from hundreds
    line = "".join(out)
    return " ".join(line[i : i + 4000] for i in range(0, len(line), 4000)) + "\n", "txt"


def many_headings(rng, size):
    parts, text, i = [], 0, 0
    while text < size:
        i += 1
        block = f"<h{1 + i % 6}>Hoofdstuk {i} {' '.join(words(rng, 3))}</h{1 + i % 6}>\n<p>{' '.join(words(rng, 12))}.</p>\n"
        parts.append(block)
        text += len(block)
    return "<html><body>\n" + "".join(parts) + "</body></html>\n", "html"


def deep_headings(rng, size):
    parts, text, i = [], 0, 0
    while text < size:
        i += 1
        depth = ".".join(str(1 + (i + k) % 9) for k in range(1 + i % 12))
        block = f"{depth} {' '.join(words(rng, 3)).capitalize()}\n{' '.join(words(rng, 14))}.\n\n"
        parts.append(block)
        text += len(block)
    return "".join(parts), "txt"


def long_list(rng, size):
    items, text = [], 0
    while text < size:
        item = f"<li>{' '.join(words(rng, 6))}</li>\n"
        items.append(item)
        text += len(item)
    return "<html><body><h1>Taken</h1><ul>\n" + "".join(items) + "</ul></body></html>\n", "html"


def many_codes(rng, size):
    lines, text, i = [], 0, 0
    while text < size:
        i += 1
        line = f"B{1 + i % 3}-K{1 + i % 7}-W{1 + i % 9} {' '.join(words(rng, 8))}\n"
        lines.append(line)
        text += len(line)
    return "".join(lines), "txt"


def many_paragraphs(rng, size):
    paras, text = [], 0
    while text < size:
        p = " ".join(words(rng, 5)).capitalize() + ".\n\n"
        paras.append(p)
        text += len(p)
    return "".join(paras), "txt"


def empty_elements(rng, size):
    count = max(1, size // 4)
    return '<?xml version="1.0"?>\n<doc>' + "<a/>" * count + "<p>schuldhulpverlening</p></doc>\n", "xml"


CASES = [
    ("één lange regel", long_line),
    ("aaneengeplakte woorden", glued),
    ("veel koppen", many_headings),
    ("diepe kopniveaus", deep_headings),
    ("lange lijst", long_list),
    ("veel codes", many_codes),
    ("veel alinea's", many_paragraphs),
    ("veel lege elementen (XML)", empty_elements),
]


def run(binary, path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    done = subprocess.run(
        [binary, "analyze", path, "--json", path + ".json", "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, after.ru_maxrss, done.returncode, done.stderr.strip().splitlines()[:1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--base-kb", type=int, default=256)
    parser.add_argument("--limit", type=float, default=8.0)
    args = parser.parse_args()
    rng = random.Random(20261202)
    worst = 0.0
    print(f"{'vorm':28} {'1x s':>7} {'2x s':>7} {'4x s':>7} {'4x/1x':>6}  eerste melding")
    with tempfile.TemporaryDirectory() as folder:
        tiny = os.path.join(folder, "klein.txt")
        with open(tiny, "w", encoding="utf-8") as handle:
            handle.write("De klant bespreekt zijn budget.\n")
        startup = min(run(args.binary, tiny)[1] for _ in range(3))
        print(f"(opstarten: {startup:.2f} s CPU, van elke tijd afgetrokken)")
        for name, make in CASES:
            times, message = [], ""
            for factor in (1, 2, 4):
                text, ext = make(rng, args.base_kb * 1024 * factor)
                path = os.path.join(folder, f"geval.{ext}")
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(text)
                _, cpu, _, code, first = run(args.binary, path)
                times.append(max(cpu - startup, 0.0))
                if first:
                    message = first[0][:60]
            ratio = times[2] / max(times[0], 1e-3)
            worst = max(worst, ratio)
            print(f"{name:28} {times[0]:7.2f} {times[1]:7.2f} {times[2]:7.2f} {ratio:6.1f}  {message}")
    print(f"grootste verhouding 4x/1x: {worst:.1f} (lineair ≈ 4, kwadratisch ≈ 16; grens {args.limit})")
    return 1 if worst > args.limit else 0


if __name__ == "__main__":
    sys.exit(main())
