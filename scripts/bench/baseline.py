#!/usr/bin/env python3
"""Python baseline for the benchmark: TF-IDF matching of documents against the framework's indicators.

Usage: baseline.py CORPUS_DIR FRAMEWORK_YAML [--json OUT]

The common approach, done as fast as ordinary Python does it:
- every indicator text of the framework (all levels) is one query;
- every document is split into sentences, and each pair of consecutive sentences is a window;
- words are lower-cased, Dutch stop words dropped and stemmed with the Snowball Dutch stemmer of
  PyStemmer (C); each sentence is analysed once and windows reuse its stems;
- ONE scikit-learn TfidfVectorizer is fitted once per batch on indicators + windows;
- similarities are sparse matrix products (windows x indicators^T), in row blocks to bound memory;
- a competency's score in a document is the best cosine of any of its indicators in any window;
  one threshold gives the status (covered or gap).
Writes JSON {"framework", "threshold", "documents": [{"id", "competencies": [{"id", "score",
"status"}]}]} to OUT (or stdout), documents in path order. Needs scikit-learn and PyStemmer;
PyYAML when present (otherwise a small regex reads the indicator texts).
"""
import argparse
import json
import os
import re
import sys

import numpy as np
import Stemmer
from sklearn.feature_extraction.text import TfidfVectorizer

# Cosine similarity at or above which a competency counts as covered.
THRESHOLD = 0.35
# Sentences per window (as Dekking's windowSentences).
WINDOW_SENTENCES = 2
# Windows per block of the similarity product (bounds the dense block to ~ rows x indicators).
BLOCK_ROWS = 50_000
# Document files the baseline reads.
EXTENSIONS = (".txt",)
SCORE_DIGITS = 4

STOP_WORDS = frozenset("""
aan al alle als ander andere bij binnen daar dan dat de deze die dit door dus een eens en er haar
heeft hem het hier hij hoe hun iemand ik in is je kan kunnen maar meer met mij naar niet nog nu of
om onder ons ook op over te tegen tot u uit van veel voor was wat we wel werd wie wij wil worden
wordt zal ze zelf zich zij zijn zo zoals zodat zou
""".split())

TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# A sentence ends at . ! ? or ; followed by white space, or at a line break (headings, list items).
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def load_indicators(path):
    """[(competency id, indicator text)] in file order, via PyYAML or, without it, a regex."""
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        import yaml
    except ImportError:
        return regex_indicators(source)
    framework = yaml.safe_load(source)
    result = []
    for cluster in framework["clusters"]:
        for competency in cluster["competencies"]:
            for level in sorted(competency.get("indicators", {})):
                for indicator in competency["indicators"][level]:
                    result.append((str(competency["id"]), indicator["text"]))
    return framework.get("id", ""), result


def regex_indicators(source):
    """Fallback reader: competency ids from `- id: "1.1"` lines, indicator texts from `text:` lines."""
    framework_id = re.search(r'^id:\s*"?([^"\n]+)"?', source, re.M)
    result, competency = [], None
    for line in source.splitlines():
        m = re.match(r'\s+- id: "(\d+\.\d+)"', line)
        if m:
            competency = m.group(1)
            continue
        m = re.match(r'\s+text: "(.*)"\s*$', line)
        if m and competency:
            result.append((competency, m.group(1).replace('\\"', '"')))
    return (framework_id.group(1) if framework_id else ""), result


class Analyzer:
    """Lower-case, tokenise, drop stop words, stem (PyStemmer's Snowball Dutch, in C)."""

    def __init__(self):
        self.stemmer = Stemmer.Stemmer("dutch")

    def __call__(self, text):
        tokens = [t for t in TOKEN.findall(text.lower()) if t not in STOP_WORDS]
        return self.stemmer.stemWords(tokens)


def document_windows(text, analyze):
    """Stem lists of the document's windows of WINDOW_SENTENCES consecutive sentences."""
    sentences = [s for s in (analyze(part) for part in SENTENCE_END.split(text)) if s]
    if len(sentences) <= WINDOW_SENTENCES:
        return [sum(sentences, [])] if sentences else []
    return [sum(sentences[i:i + WINDOW_SENTENCES], []) for i in range(len(sentences) - WINDOW_SENTENCES + 1)]


def list_documents(corpus):
    paths = []
    for root, dirs, files in os.walk(corpus):
        dirs.sort()
        paths.extend(os.path.join(root, f) for f in sorted(files) if f.lower().endswith(EXTENSIONS))
    return paths


def identity(tokens):
    return tokens


def score(corpus, framework_path):
    framework_id, indicators = load_indicators(framework_path)
    competencies = sorted({c for c, _ in indicators}, key=lambda c: tuple(int(p) for p in c.split(".")))
    analyze = Analyzer()
    query_tokens = [analyze(text) for _, text in indicators]

    paths = list_documents(corpus)
    bounds = [0]

    def all_windows():
        """Queries, then each document's windows (streamed: read, analysed and counted once)."""
        yield from query_tokens
        for path in paths:
            with open(path, encoding="utf-8", errors="replace") as f:
                windows = document_windows(f.read(), analyze)
            bounds.append(bounds[-1] + len(windows))
            yield from windows

    vectorizer = TfidfVectorizer(analyzer=identity, sublinear_tf=True)
    matrix = vectorizer.fit_transform(all_windows())
    queries = matrix[:len(query_tokens)].T.tocsc()
    window_matrix = matrix[len(query_tokens):].tocsr()

    # Best cosine per window and indicator, reduced to the best per document, block by block.
    best = np.zeros((len(paths), len(indicators)), dtype=np.float32)
    doc_of_window = np.repeat(np.arange(len(paths)), np.diff(bounds))
    for start in range(0, window_matrix.shape[0], BLOCK_ROWS):
        block = (window_matrix[start:start + BLOCK_ROWS] @ queries).toarray()
        docs = doc_of_window[start:start + block.shape[0]]
        starts = np.flatnonzero(np.r_[True, docs[1:] != docs[:-1]])
        segment_best = np.maximum.reduceat(block, starts, axis=0)
        best[docs[starts]] = np.maximum(best[docs[starts]], segment_best)

    columns = {c: [i for i, (cid, _) in enumerate(indicators) if cid == c] for c in competencies}
    per_competency = np.stack([best[:, columns[c]].max(axis=1) for c in competencies], axis=1)
    documents = []
    for d, path in enumerate(paths):
        rows = [{"id": c, "score": round(float(per_competency[d, j]), SCORE_DIGITS),
                 "status": "covered" if per_competency[d, j] >= THRESHOLD else "gap"}
                for j, c in enumerate(competencies)]
        documents.append({"id": os.path.relpath(path, corpus), "competencies": rows})
    return {"framework": framework_id, "threshold": THRESHOLD, "windows": bounds[-1],
            "indicators": len(indicators), "documents": documents}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("framework")
    parser.add_argument("--json", help="write the report here instead of stdout")
    args = parser.parse_args()
    report = score(args.corpus, args.framework)
    text = json.dumps(report, ensure_ascii=False, indent=1)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
