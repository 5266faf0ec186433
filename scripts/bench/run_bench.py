#!/usr/bin/env python3
"""Throughput benchmark of `dekking analyze` against a Python TF-IDF baseline (`make bench`).

For each corpus size (BENCH_SIZES) the deterministic corpus is generated once (cached under
Output/bench/corpus-v<format>-<seed>-<n>/), then `dekking analyze CORPUS --json OUT --quiet` and the Python
baseline run on it under `/usr/bin/time -v`: wall time, user+sys CPU time, peak RSS, documents/s and
MB/s. Also: time per document at the largest size against the smallest (scaling), the speed ratio
Dekking/Python, one small document end to end (median of several runs), and, when the build has
`analyze --cache`, an incremental re-run after changing one document, and a whole run folder (every
report: JSON, both CSVs, XLSX, HTML, Markdown) for BENCH_FOLDER_SIZE documents. Everything goes to
Output/bench/bench.json, which is printed at the end. Targets are shown next to the figures, never
enforced: the exit status is 0 whenever the benchmark itself could run.

Environment (all optional):
  BENCH_SIZES="1000 5000 20000"  corpus sizes, in documents
  BENCH_SEED=42                  corpus seed
  BENCH_PY_BUDGET=60             skip the baseline at larger sizes once one run took longer (s)
  BENCH_TIMEOUT=3600             stop any single measured command after this many seconds
  BENCH_SINGLE_RUNS=5            runs of the single-document measurement
  BENCH_INCREMENTAL_SIZE=5000    corpus size of the incremental re-run
  BENCH_FOLDER_SIZE=5000         corpus size of the run-folder measurement (0: skip it)
  BENCH_PYTHON=.venv-bench/bin/python   interpreter with scikit-learn, PyStemmer, PyYAML
  DEKKING_BIN=.build/release/dekking    the binary under test
Standard library only (the baseline itself runs in BENCH_PYTHON).
"""
import datetime
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402  (sibling module)

OUT_DIR = os.path.join("Output", "bench")
FRAMEWORK = os.path.join("Mappings", "frameworks", "sfd-2021.yaml")
TIME_BIN = "/usr/bin/time"

DEFAULT_SIZES = "1000 5000 20000"
DEFAULT_SEED = "42"
DEFAULT_PY_BUDGET_S = 60.0
DEFAULT_TIMEOUT_S = 3600.0
DEFAULT_SINGLE_RUNS = 5
DEFAULT_INCREMENTAL_SIZE = 5000
DEFAULT_FOLDER_SIZE = 5000
DEFAULT_PYTHON = os.path.join(".venv-bench", "bin", "python")
DEFAULT_DEKKING = os.path.join(".build", "release", "dekking")

# The single-document measurement uses the document of the smallest corpus closest to this size.
SINGLE_DOC_BYTES = 4096
# Appended to one document before the incremental re-run.
INCREMENTAL_EDIT = "\nDe budgetcoach stelt samen met de cliënt een nieuwe maandbegroting op.\n"
MB = 1_000_000          # throughput unit (bytes)
MIB = 1024 * 1024       # memory unit (bytes)

# Shown next to the figures, not enforced.
TARGETS = {
    "wall_20000_s": 60.0,
    "peak_rss_mib": 1024.0,
    "scaling_per_doc": 1.3,
    "speedup_vs_python": 20.0,
    "single_doc_s": 0.5,
    "incremental_pct": 5.0,
}


# ----- settings and machine

def settings():
    env = os.environ
    return {
        "sizes": [int(s) for s in env.get("BENCH_SIZES", DEFAULT_SIZES).split()],
        "seed": env.get("BENCH_SEED", DEFAULT_SEED),
        "python_budget_s": float(env.get("BENCH_PY_BUDGET", DEFAULT_PY_BUDGET_S)),
        "timeout_s": float(env.get("BENCH_TIMEOUT", DEFAULT_TIMEOUT_S)),
        "single_runs": int(env.get("BENCH_SINGLE_RUNS", DEFAULT_SINGLE_RUNS)),
        "incremental_size": int(env.get("BENCH_INCREMENTAL_SIZE", DEFAULT_INCREMENTAL_SIZE)),
        "folder_size": int(env.get("BENCH_FOLDER_SIZE", DEFAULT_FOLDER_SIZE)),
        "python": env.get("BENCH_PYTHON", DEFAULT_PYTHON),
        "dekking": env.get("DEKKING_BIN", DEFAULT_DEKKING),
    }


def command_output(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def file_digest(path):
    """SHA-256 of a file (to notice a binary rebuilt during the run), or None."""
    if not os.path.exists(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def machine_info(cfg):
    meminfo = {}
    if os.path.exists("/proc/meminfo"):
        with open("/proc/meminfo") as f:
            for line in f:
                key, _, value = line.partition(":")
                meminfo[key] = value.strip()
    cpu = ""
    if os.path.exists("/proc/cpuinfo"):
        with open("/proc/cpuinfo") as f:
            cpu = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
    mem_kib = int(meminfo.get("MemTotal", "0 kB").split()[0])
    baseline_versions = command_output([cfg["python"], "-c",
                                        "import sys; from importlib.metadata import version as v; "
                                        "print(sys.version.split()[0], *(v(p) for p in "
                                        "('scikit-learn', 'PyStemmer', 'numpy', 'scipy', 'PyYAML')))"]).split()
    names = ["python", "scikit-learn", "PyStemmer", "numpy", "scipy", "PyYAML"]
    binary = cfg["dekking"]
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_mib": round(mem_kib / 1024),
        "platform": platform.platform(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "dekking_version": command_output([binary, "--version"]),
        "dekking_binary": binary,
        "dekking_binary_modified": (datetime.datetime.fromtimestamp(os.path.getmtime(binary)).isoformat(timespec="seconds")
                                    if os.path.exists(binary) else None),
        "dekking_binary_sha256": file_digest(binary),
        "git_commit": command_output(["git", "rev-parse", "--short", "HEAD"]),
        "git_dirty": bool(command_output(["git", "status", "--porcelain", "--untracked-files=no", "--", "Sources", "Package.swift"])),
        "baseline": dict(zip(names, baseline_versions)),
    }


def snapshot_binary(binary):
    """A copy of the binary under Output/bench/bin/, so a rebuild during the run cannot mix two binaries.

    Falls back to the binary itself when resource bundles lie next to it (a copy would not find them)."""
    folder = os.path.dirname(binary) or "."
    if any(name.endswith(".resources") for name in os.listdir(folder)):
        return binary
    copy = os.path.join(OUT_DIR, "bin", os.path.basename(binary))
    os.makedirs(os.path.dirname(copy), exist_ok=True)
    shutil.copy2(binary, copy + ".partial")
    os.replace(copy + ".partial", copy)
    return copy


# ----- corpora

def corpus_stats(path):
    files = [os.path.join(path, f) for f in sorted(os.listdir(path))]
    return len(files), sum(os.path.getsize(f) for f in files)


def ensure_corpus(seed, count):
    """Output/bench/corpus-v<format>-<seed>-<count>/, generated (atomically) only when missing."""
    path = os.path.join(OUT_DIR, f"corpus-v{make_corpus.FORMAT}-{seed}-{count}")
    if not os.path.isdir(path):
        partial = path + ".partial"
        shutil.rmtree(partial, ignore_errors=True)
        started = time.perf_counter()
        make_corpus.write_corpus(seed, count, partial)
        os.rename(partial, path)
        print(f"bench: generated {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


# ----- measuring one command

def parse_time_v(text):
    """The fields of GNU time -v output that the benchmark uses."""
    fields = {}
    for line in text.splitlines():
        key, sep, value = line.strip().rpartition(": ")
        if sep:
            fields[key] = value
    return {
        "user_s": float(fields.get("User time (seconds)", "nan")),
        "sys_s": float(fields.get("System time (seconds)", "nan")),
        "peak_rss_mib": round(int(fields.get("Maximum resident set size (kbytes)", "0")) * 1024 / MIB, 1),
        "exit_status": int(fields.get("Exit status", "-1")),
    }


def timed(cmd, label, timeout):
    """Runs cmd under /usr/bin/time -v; wall time from this process, CPU and RSS from time(1)."""
    logs = os.path.join(OUT_DIR, "logs")
    os.makedirs(logs, exist_ok=True)
    with tempfile.NamedTemporaryFile("r", suffix=".time", dir=logs, delete=False) as t:
        time_file = t.name
    log_path = os.path.join(logs, label + ".log")
    with open(log_path, "w") as log:
        started = time.perf_counter()
        proc = subprocess.Popen([TIME_BIN, "-v", "-o", time_file, *cmd], stdout=log, stderr=log,
                                start_new_session=True)
        try:
            proc.wait(timeout=timeout)
            timed_out = False
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            timed_out = True
        wall = time.perf_counter() - started
    with open(time_file) as f:
        result = parse_time_v(f.read())
    os.remove(time_file)
    result.update(wall_s=round(wall, 3), cpu_s=round(result["user_s"] + result["sys_s"], 2), timed_out=timed_out,
                  log=log_path)
    return result


def reported_documents(json_path):
    try:
        with open(json_path, encoding="utf-8") as f:
            return len(json.load(f)["documents"])
    except (OSError, ValueError, KeyError):
        return None


def add_rates(result, count, size):
    ok = not result["timed_out"] and result["documents_reported"] == count
    result["ok"] = ok
    result["docs_per_s"] = round(count / result["wall_s"], 1) if ok else None
    result["mb_per_s"] = round(size / MB / result["wall_s"], 3) if ok else None
    result["ms_per_doc"] = round(1000 * result["wall_s"] / count, 2) if ok else None
    return result


def run_dekking(cfg, corpus, count, size, label, extra=()):
    out = os.path.join(OUT_DIR, f"{label}.json")
    if os.path.exists(out):
        os.remove(out)
    result = timed([cfg["dekking"], "analyze", corpus, "--json", out, "--quiet", *extra], label, cfg["timeout_s"])
    result["documents_reported"] = reported_documents(out)
    return add_rates(result, count, size)


def run_python(cfg, corpus, count, size, label):
    out = os.path.join(OUT_DIR, f"{label}.json")
    if os.path.exists(out):
        os.remove(out)
    baseline = os.path.join(HERE, "baseline.py")
    result = timed([cfg["python"], baseline, corpus, FRAMEWORK, "--json", out], label, cfg["timeout_s"])
    result["documents_reported"] = reported_documents(out)
    return add_rates(result, count, size)


# ----- the measurements

def batch_runs(cfg):
    """Dekking and the baseline per corpus size; the baseline stops once a run exceeds its budget."""
    rows, python_note = [], None
    python_ok = os.path.exists(cfg["python"])
    if not python_ok:
        python_note = f"baseline skipped: no interpreter at {cfg['python']} (run make bench)"
    for count in cfg["sizes"]:
        corpus = ensure_corpus(cfg["seed"], count)
        files, size = corpus_stats(corpus)
        row = {"documents": files, "bytes": size, "corpus": corpus}
        print(f"bench: {count} documents ({size / MB:.1f} MB): dekking ...", file=sys.stderr)
        row["dekking"] = run_dekking(cfg, corpus, files, size, f"dekking-{count}")
        if python_ok:
            print(f"bench: {count} documents: python baseline ...", file=sys.stderr)
            row["python"] = run_python(cfg, corpus, files, size, f"python-{count}")
            if row["python"]["wall_s"] > cfg["python_budget_s"] or not row["python"]["ok"]:
                python_ok = False
                python_note = (f"baseline skipped above {count} documents: it took {row['python']['wall_s']:.0f} s "
                               f"(budget {cfg['python_budget_s']:.0f} s)")
        else:
            row["python"] = {"skipped": python_note}
        if row["dekking"]["ok"] and row["python"].get("ok"):
            row["speedup_vs_python"] = round(row["python"]["wall_s"] / row["dekking"]["wall_s"], 2)
        rows.append(row)
    return rows, python_note


def scaling(rows, tool):
    """Time per document at the largest size / at the smallest (1.0 = linear)."""
    measured = [r for r in rows if r[tool].get("ok")]
    if len(measured) < 2:
        return None
    small, large = measured[0], measured[-1]
    return {"from": small["documents"], "to": large["documents"],
            "ratio": round(large[tool]["ms_per_doc"] / small[tool]["ms_per_doc"], 3)}


def single_document(cfg, smallest_corpus):
    """One small document, process start to JSON written: median of several runs after a warm-up."""
    names = sorted(os.listdir(smallest_corpus))
    name = min(names, key=lambda n: (abs(os.path.getsize(os.path.join(smallest_corpus, n)) - SINGLE_DOC_BYTES), n))
    folder = os.path.join(OUT_DIR, "single")
    os.makedirs(folder, exist_ok=True)
    doc = os.path.join(folder, "one.txt")
    shutil.copyfile(os.path.join(smallest_corpus, name), doc)
    size = os.path.getsize(doc)
    runs = []
    for i in range(cfg["single_runs"] + 1):
        result = run_dekking(cfg, doc, 1, size, "single")
        if i > 0:  # the first run only warms the page cache
            runs.append(result)
    walls = [r["wall_s"] for r in runs]
    return {"document": name, "bytes": size, "runs": len(runs), "wall_s_median": round(statistics.median(walls), 3),
            "wall_s_min": min(walls), "wall_s_max": max(walls),
            "peak_rss_mib": max(r["peak_rss_mib"] for r in runs), "ok": all(r["ok"] for r in runs)}


def incremental(cfg):
    """Full run with --cache, change one document, re-run: re-run time as % of the full run."""
    help_text = command_output([cfg["dekking"], "analyze", "--help"])
    if not re.search(r"--cache\b(?!-)", help_text):
        return {"available": False, "note": "incremental: not available in this build"}
    count = cfg["incremental_size"]
    source = ensure_corpus(cfg["seed"], count)
    folder = os.path.join(OUT_DIR, "incremental")
    shutil.rmtree(folder, ignore_errors=True)
    corpus, cache = os.path.join(folder, "corpus"), os.path.join(folder, "cache")
    shutil.copytree(source, corpus)
    files, size = corpus_stats(corpus)
    full = run_dekking(cfg, corpus, files, size, "incremental-full", ["--cache", cache])
    changed = sorted(os.listdir(corpus))[files // 2]
    with open(os.path.join(corpus, changed), "a", encoding="utf-8") as f:
        f.write(INCREMENTAL_EDIT)
    files, size = corpus_stats(corpus)
    rerun = run_dekking(cfg, corpus, files, size, "incremental-rerun", ["--cache", cache])
    pct = round(100 * rerun["wall_s"] / full["wall_s"], 2) if full["ok"] and rerun["ok"] else None
    return {"available": True, "documents": files, "changed": changed, "full": full, "rerun": rerun, "rerun_pct": pct}


def run_folder(cfg):
    """`dekking analyze CORPUS --out DIR`: every report of a run folder, with its files' sizes."""
    count = cfg["folder_size"]
    if count <= 0:
        return None
    corpus = ensure_corpus(cfg["seed"], count)
    files, size = corpus_stats(corpus)
    root = os.path.join(OUT_DIR, "folder")
    shutil.rmtree(root, ignore_errors=True)
    result = timed([cfg["dekking"], "analyze", corpus, "--out", root, "--name", "run", "--quiet"], "folder", cfg["timeout_s"])
    folder = os.path.join(root, "run")
    result["documents_reported"] = reported_documents(os.path.join(folder, "coverage.json"))
    result = add_rates(result, files, size)
    result["files_bytes"] = {name: os.path.getsize(os.path.join(folder, name))
                             for name in sorted(os.listdir(folder))} if os.path.isdir(folder) else {}
    shutil.rmtree(root, ignore_errors=True)  # several GB at this size; the figures are what counts
    return result


# ----- report

def targets(rows, dekking_scaling, single, inc):
    """Each target with the measured value and whether it is met (None when not measured)."""
    def check(value, limit, higher_is_better=False):
        if value is None:
            return {"value": None, "target": limit, "met": None}
        return {"value": value, "target": limit, "met": value >= limit if higher_is_better else value <= limit}

    at_20000 = next((r["dekking"] for r in rows if r["documents"] == 20000 and r["dekking"]["ok"]), None)
    rss = [r["dekking"]["peak_rss_mib"] for r in rows if r["dekking"]["ok"]]
    speedups = [r["speedup_vs_python"] for r in rows if "speedup_vs_python" in r]
    return {
        "wall_20000_s": check(at_20000["wall_s"] if at_20000 else None, TARGETS["wall_20000_s"]),
        "peak_rss_mib": check(max(rss) if rss else None, TARGETS["peak_rss_mib"]),
        "scaling_per_doc": check(dekking_scaling["ratio"] if dekking_scaling else None, TARGETS["scaling_per_doc"]),
        "speedup_vs_python": check(min(speedups) if speedups else None, TARGETS["speedup_vs_python"], True),
        "single_doc_s": check(single["wall_s_median"] if single else None, TARGETS["single_doc_s"]),
        "incremental_pct": check(inc.get("rerun_pct"), TARGETS["incremental_pct"]),
    }


def fmt(value, spec):
    return "-" if value is None else format(value, spec)


def print_table(report):
    header = f"{'docs':>7} {'MB':>7}  {'tool':<8} {'wall s':>8} {'CPU s':>8} {'RSS MiB':>8} {'docs/s':>8} {'MB/s':>7} {'ms/doc':>8}  note"
    print(header)
    print("-" * len(header))
    for row in report["batches"]:
        for tool in ("dekking", "python"):
            r = row[tool]
            if "skipped" in r:
                print(f"{row['documents']:>7} {row['bytes'] / MB:>7.1f}  {tool:<8} {'(skipped)':>8}")
                continue
            note = "timed out" if r["timed_out"] else ("" if r["ok"] else
                                                         f"exit {r['exit_status']}, {r['documents_reported']} docs in JSON")
            if tool == "python" and "speedup_vs_python" in row:
                note = f"Dekking {row['speedup_vs_python']:.2f}x faster" if row["speedup_vs_python"] >= 1 else \
                    f"Dekking {1 / row['speedup_vs_python']:.1f}x slower"
            print(f"{row['documents']:>7} {row['bytes'] / MB:>7.1f}  {tool:<8} {r['wall_s']:>8.2f} {r['cpu_s']:>8.2f} "
                  f"{r['peak_rss_mib']:>8.0f} {fmt(r['docs_per_s'], '>8.1f')} {fmt(r['mb_per_s'], '>7.3f')} "
                  f"{fmt(r['ms_per_doc'], '>8.2f')}  {note}")
    if report["python_note"]:
        print(report["python_note"])
    for tool in ("dekking", "python"):
        s = report["scaling"][tool]
        if s:
            print(f"scaling {tool}: time per document at {s['to']} / at {s['from']} = {s['ratio']:.2f}")
    single = report["single_document"]
    if single:
        print(f"single document ({single['bytes']} bytes): median {single['wall_s_median']:.3f} s over "
              f"{single['runs']} runs (min {single['wall_s_min']:.3f}, max {single['wall_s_max']:.3f})")
    inc = report["incremental"]
    print(inc["note"] if not inc["available"] else
          f"incremental: re-run after one change {fmt(inc['rerun_pct'], '.2f')} % of the full run "
          f"({inc['rerun']['wall_s']:.2f} s of {inc['full']['wall_s']:.2f} s)")
    folder = report.get("run_folder")
    if folder:
        sizes = ", ".join(f"{name} {b / MB:.1f} MB" for name, b in folder["files_bytes"].items())
        print(f"run folder ({folder['documents_reported']} documents, every report): {folder['wall_s']:.2f} s wall, "
              f"{folder['cpu_s']:.2f} s CPU, {folder['peak_rss_mib']:.0f} MiB peak; {sizes}")
    print("targets (shown, not enforced):")
    for name, t in report["targets"].items():
        verdict = {True: "met", False: "NOT met", None: "not measured"}[t["met"]]
        print(f"  {name:<18} {fmt(t['value'], '')!s:>10}  target {'>=' if name == 'speedup_vs_python' else '<='} "
              f"{t['target']:<8} {verdict}")


def main():
    os.chdir(ROOT)
    cfg = settings()
    if not os.access(cfg["dekking"], os.X_OK):
        print(f"bench: no dekking binary at {cfg['dekking']} (run make build)", file=sys.stderr)
        return 1
    if not os.access(TIME_BIN, os.X_OK):
        print(f"bench: {TIME_BIN} is missing (Debian package 'time')", file=sys.stderr)
        return 1
    os.makedirs(OUT_DIR, exist_ok=True)
    source_binary = cfg["dekking"]
    cfg["dekking"] = snapshot_binary(source_binary)
    started = time.perf_counter()
    report = {"started": datetime.datetime.now().isoformat(timespec="seconds"), "settings": cfg,
              "machine": machine_info(cfg), "units": {"MB": "10^6 bytes", "MiB": "2^20 bytes"}}
    rows, python_note = batch_runs(cfg)
    report["batches"], report["python_note"] = rows, python_note
    report["scaling"] = {tool: scaling(rows, tool) for tool in ("dekking", "python")}
    smallest = rows[0]["corpus"] if rows else ensure_corpus(cfg["seed"], min(cfg["sizes"] or [1]))
    print("bench: single document ...", file=sys.stderr)
    report["single_document"] = single_document(cfg, smallest)
    print("bench: incremental ...", file=sys.stderr)
    report["incremental"] = incremental(cfg)
    print("bench: run folder ...", file=sys.stderr)
    report["run_folder"] = run_folder(cfg)
    report["targets"] = targets(rows, report["scaling"]["dekking"], report["single_document"], report["incremental"])
    report["bench_wall_s"] = round(time.perf_counter() - started, 1)
    report["source_binary"] = source_binary
    report["source_binary_changed_during_run"] = file_digest(source_binary) != report["machine"]["dekking_binary_sha256"]
    path = os.path.join(OUT_DIR, "bench.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(report, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(json.dumps(report, ensure_ascii=False, indent=2))
    print()
    print_table(report)
    if report["source_binary_changed_during_run"]:
        print(f"bench: note: {source_binary} was rebuilt during the run; all figures are of the copy taken at the start "
              f"({cfg['dekking']}), but the machine was busy building")
    print(f"\nbench: {report['bench_wall_s']:.0f} s in all; written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
