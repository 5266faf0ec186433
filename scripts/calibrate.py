#!/usr/bin/env python3
"""Global calibration of the matching engine on the development set.

Usage: scripts/calibrate.py EVAL_DIR [--bin .build/release/dekking] [--grid name=v1,v2 ...]

Runs `dekking analyze` on EVAL_DIR/dev/docs for every combination of the grid (engine weights,
passed with --set), and for each run picks the competency `partial` threshold that maximises
micro-F1 over all passages (one threshold for everything: never per document). Prints, per grid
point, F1/MAP/negative-FP/AUC at the chosen threshold and a leave-one-passage-out estimate of F1
(the threshold chosen without the passage it is tested on), so the dev figure can be compared with
what to expect on unseen text. Standard library only.
"""
import itertools, json, os, subprocess, sys, tempfile


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def pairs(gold, report):
    """(doc, competency, score, is_positive, is_negative_doc) for scored pairs."""
    docs = {d["id"]: {c["id"]: c["score"] for c in d["competencies"]} for d in report["documents"]}
    out = []
    for did, g in sorted(gold["documents"].items()):
        pos, unc = set(g.get("positive", [])), set(g.get("uncertain", []))
        for cid in gold["competencies"]:
            if cid in unc:
                continue
            out.append((did, cid, docs.get(did, {}).get(cid, 0.0), cid in pos, g.get("kind") == "negative"))
    return out


def f1_at(ps, thr):
    tp = sum(1 for p in ps if p[2] >= thr and p[3])
    fp = sum(1 for p in ps if p[2] >= thr and not p[3])
    fn = sum(1 for p in ps if p[2] < thr and p[3])
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def neg_fp(ps, thr):
    neg = [p for p in ps if p[4] and not p[3]]
    return sum(1 for p in neg if p[2] >= thr) / len(neg) if neg else 0.0


def best_threshold(ps, max_neg_fp=0.05):
    candidates = sorted({round(p[2], 4) for p in ps} | {0.99})
    best = (-1, 1.0)
    for thr in candidates:
        if thr <= 0 or neg_fp(ps, thr) > max_neg_fp:
            continue
        f = f1_at(ps, thr)[0]
        if f > best[0] + 1e-9:
            best = (f, thr)
    return best[1]


def loo_f1(ps):
    docs = sorted({p[0] for p in ps})
    tp = fp = fn = 0
    for d in docs:
        train = [p for p in ps if p[0] != d]
        thr = best_threshold(train)
        for p in ps:
            if p[0] != d:
                continue
            if p[2] >= thr and p[3]: tp += 1
            elif p[2] >= thr: fp += 1
            elif p[3]: fn += 1
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def main(argv):
    args = argv[1:]
    if not args:
        print(__doc__); return 2
    eval_dir = args.pop(0)
    binary = ".build/release/dekking"
    grid = {}
    while args:
        a = args.pop(0)
        if a == "--bin": binary = args.pop(0)
        elif a == "--grid":
            name, values = args.pop(0).split("=", 1); grid[name] = values.split(",")
    gold = load(os.path.join(eval_dir, "dev", "gold.json"))
    score_py = os.path.join(eval_dir, "score.py")
    names = sorted(grid)
    results = []
    for combo in itertools.product(*[grid[n] for n in names]) if names else [()]:
        sets = [f"{n}={v}" for n, v in zip(names, combo)]
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "coverage.json")
            cmd = [binary, "analyze", os.path.join(eval_dir, "dev", "docs"), "--json", out, "--quiet"]
            for s in sets: cmd += ["--set", s]
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
            report = load(out)
            ps = pairs(gold, report)
            thr = best_threshold(ps)
            # Score with the official scorer at that threshold.
            for d in report["documents"]:
                for c in d["competencies"]:
                    c["status"] = "partial" if c["score"] >= thr else "gap"
            with open(out, "w", encoding="utf-8") as f:
                json.dump(report, f)
            js = os.path.join(tmp, "score.json")
            subprocess.run([sys.executable, score_py, os.path.join(eval_dir, "dev", "gold.json"), out, "--json", js],
                           check=True, stdout=subprocess.DEVNULL)
            s = load(js)
        row = (s["f1"], s["map"], s["negative_fp_rate"], s["relevance_auc"], round(loo_f1(ps), 4), thr, sets)
        results.append(row)
        print(f"f1={row[0]:.4f} map={row[1]:.4f} negfp={row[2]:.4f} auc={row[3]:.4f} loo_f1={row[4]:.4f} partial={thr} {' '.join(sets)}", flush=True)
    results.sort(key=lambda r: (r[4], r[0], r[1]), reverse=True)
    print("best (by leave-one-out F1):", results[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
