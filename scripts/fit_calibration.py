#!/usr/bin/env python3
"""Fit the engine's calibration (Mappings/calibration.yaml) on the development set, and report it
cross-validated by passage.

Usage:
  fit_calibration.py GOLD.json REPORT.json --model lexical|semantic [--write Mappings/calibration.yaml]
                     [--cv-report OUT.json] [--l2 1.0]

REPORT.json is `dekking analyze DOCS --json REPORT.json` on the development passages; every
competency carries the signals the engine combines (see docs/scoring.md): its best indicator's
lexical share and semantic similarity, its title's share, its key phrases, and the field signals.
One logistic regression, p = σ(intercept + w·signals), is fitted on the (passage, competency)
pairs of the gold file (uncertain pairs left out). Evidence weights are kept non-negative, so an
indicator's probability (the same formula on its own signals, title and key phrases 0) is never
above its competency's: a competency is addressed when one of its indicators is.

The development passages hold no text that restates an indicator, so nothing in them says what
a share near 1 means; `--anchors N` adds N pairs of a restated indicator (lexical share 1) that
is addressed, which is what the framework's rule says of it. Without them a text that repeats an
indicator word for word could stay below `partial`.

Prints the figures of scripts' own scorer (../shared/eval/score.py, same definitions) twice:
in-sample (one fit on every passage), and cross-validated by passage (each passage scored by a
model fitted without it, thresholds chosen on that model's own training passages). With --write it
stores the fit on all passages and the `partial` threshold that maximises its in-sample F1.
Needs numpy and scipy. Deterministic: the same report gives the same file.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np
from scipy.optimize import minimize

FEATURES = ["lexical", "title", "keyword", "semantic", "fieldGap", "genericGap", "restated"]
NONNEGATIVE = {"lexical", "title", "keyword", "semantic", "restated"}
COVERED_FLOOR = 0.6  # `covered` is at least this probability, and never below `partial`


def bags(gold, report):
    """Per scored (passage, competency): passage id, label, instance signal matrix."""
    out = []
    for d in report["documents"]:
        g = gold["documents"].get(d["id"])
        if g is None:
            continue
        for c in d["competencies"]:
            if c["id"] in g["uncertain"]:
                continue
            x = np.array([c["signals"][f] for f in FEATURES], dtype=float)
            out.append((d["id"], c["id"], 1 if c["id"] in g["positive"] else 0, x))
    return out


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def fit_lr(x, y, l2):
    """Logistic regression with an L2 penalty on the weights (not the intercept); the evidence
    signals' weights are kept at 0 or above (more evidence never lowers a probability)."""
    xb = np.c_[np.ones(len(x)), x]

    def loss(w):
        p = sigmoid(xb @ w)
        eps = 1e-12
        return -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)) + l2 * np.sum(w[1:] ** 2)

    def grad(w):
        p = sigmoid(xb @ w)
        g = xb.T @ (p - y)
        g[1:] += 2 * l2 * w[1:]
        return g

    bounds = [(None, None)] + [(0, None) if f in NONNEGATIVE else (None, None) for f in FEATURES]
    return minimize(loss, np.zeros(xb.shape[1]), jac=grad, method="L-BFGS-B", bounds=bounds).x


def fit(data, l2, anchors):
    """Weights (intercept first) of the logistic regression on `data` plus `anchors` restated
    indicators (see the module's docstring)."""
    x = np.array([b[3] for b in data])
    y = np.array([b[2] for b in data], dtype=float)
    anchor = np.zeros((anchors, len(FEATURES)))
    anchor[:, FEATURES.index("lexical")] = 1
    anchor[:, FEATURES.index("restated")] = 1
    return fit_lr(np.r_[x, anchor], np.r_[y, np.ones(anchors)], l2)


def predict(w, bag):
    return float(sigmoid(w[0] + bag[3] @ w[1:]))


def best_threshold(p, y):
    """The `partial` threshold (a multiple of 0.01) with the best F1; ties: the higher one."""
    best = (-1.0, 0.5)
    for t in np.arange(0.05, 0.96, 0.01):
        t = round(float(t), 2)
        pred = p >= t
        tp = np.sum(pred & (y == 1)); fp = np.sum(pred & (y == 0)); fn = np.sum(~pred & (y == 1))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 >= best[0]:
            best = (f1, t)
    return best[1]


def score_file(gold_path, scores, thresholds):
    """A report in score.py's format from per-(passage, competency) probabilities."""
    docs = {}
    for (did, cid), p in scores.items():
        partial, covered = thresholds[did]
        status = "covered" if p >= covered else "partial" if p >= partial else "gap"
        docs.setdefault(did, []).append({"id": cid, "score": round(p, 4), "status": status})
    return {"documents": [{"id": d, "competencies": c} for d, c in sorted(docs.items())]}


def run_scorer(scorer, gold_path, report):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(report, f)
        path = f.name
    try:
        return subprocess.run([sys.executable, scorer, gold_path, path], capture_output=True, text=True).stdout.strip()
    finally:
        os.unlink(path)


def all_pairs(gold, report):
    """Every (passage, competency) of the report with its instance signals, uncertain ones too."""
    out = []
    for d in report["documents"]:
        if d["id"] not in gold["documents"]:
            continue
        for c in d["competencies"]:
            out.append((d["id"], c["id"], 0, np.array([c["signals"][f] for f in FEATURES], dtype=float)))
    return out


def write_yaml(path, model_name, w, note):
    existing = {}
    if os.path.exists(path):
        import yaml  # PyYAML, only to keep the other model of the file as it is

        with open(path, encoding="utf-8") as f:
            existing = (yaml.safe_load(f) or {}).get("models", {})
    existing[model_name] = {"intercept": round(float(w[0]), 4), **{f: round(float(v), 4) for f, v in zip(FEATURES, w[1:])}}
    lines = [
        "# The fitted combination of the engine's signals: written by scripts/fit_calibration.py, do not edit",
        "# by hand (re-fit instead). An indicator's or competency's probability is",
        "# σ(intercept + Σ weight × signal); docs/scoring.md defines every signal. `lexical` serves runs",
        "# without the sentence encoder, `semantic` runs with it. Checked when loaded: every model needs",
        "# an intercept and one finite weight per signal.",
        f"# {note}",
        "schema: 1",
        "models:",
    ]
    for name in sorted(existing):
        lines.append(f"  {name}:")
        for key in ["intercept"] + FEATURES:
            if key in existing[name]:
                lines.append(f"    {key}: {existing[name][key]}")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("report")
    ap.add_argument("--model", choices=["lexical", "semantic"], required=True)
    ap.add_argument("--write")
    ap.add_argument("--cv-report")
    ap.add_argument("--l2", type=float, default=0.1)
    ap.add_argument("--anchors", type=int, default=20)
    ap.add_argument("--scorer", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval", "score.py"))
    args = ap.parse_args()
    with open(args.gold, encoding="utf-8") as f:
        gold = json.load(f)
    with open(args.report, encoding="utf-8") as f:
        report = json.load(f)
    data = bags(gold, report)
    pairs = all_pairs(gold, report)
    passages = sorted({b[0] for b in data})

    # Cross-validated by passage: each passage scored by a model fitted without it.
    cv_scores, cv_thresholds = {}, {}
    for held in passages:
        train = [b for b in data if b[0] != held]
        w = fit(train, args.l2, args.anchors)
        p = np.array([predict(w, b) for b in train])
        partial = best_threshold(p, np.array([b[2] for b in train]))
        cv_thresholds[held] = (partial, max(partial, COVERED_FLOOR))
        for b in pairs:
            if b[0] == held:
                cv_scores[(b[0], b[1])] = predict(w, b)
    cv_report = score_file(args.gold, cv_scores, cv_thresholds)
    if args.cv_report:
        with open(args.cv_report, "w", encoding="utf-8") as f:
            json.dump(cv_report, f, sort_keys=True)

    # In-sample: one fit on every passage.
    w = fit(data, args.l2, args.anchors)
    p = np.array([predict(w, b) for b in data])
    partial = best_threshold(p, np.array([b[2] for b in data]))
    covered = max(partial, COVERED_FLOOR)
    in_scores = {(b[0], b[1]): predict(w, b) for b in pairs}
    in_report = score_file(args.gold, in_scores, {d: (partial, covered) for d in passages})

    print(f"model {args.model}: {len(data)} pairs, {sum(b[2] for b in data)} positive, {len(passages)} passages")
    print("weights: " + ", ".join(f"{n}={v:.3f}" for n, v in zip(["intercept"] + FEATURES, w)) + f"; partial={partial}, covered={covered}")
    print("in-sample (fit on all passages):")
    print("  " + run_scorer(args.scorer, args.gold, in_report).replace("\n", "\n  "))
    print("cross-validated by passage (each passage scored by a fit without it):")
    print("  " + run_scorer(args.scorer, args.gold, cv_report).replace("\n", "\n  "))
    if args.write:
        note = f"Fitted on {len(passages)} passages ({len(data)} pairs) with l2 {args.l2} and {args.anchors} anchors."
        write_yaml(args.write, args.model, w, note)
        print(f"wrote {args.write} (model {args.model})")


if __name__ == "__main__":
    main()
