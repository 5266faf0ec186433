#!/usr/bin/env python3
"""Compares the CPU time of two `dekking` builds on one generated corpus (`make bench-compare`).

On a shared machine wall and CPU times drift by 20 % and more within minutes, so two builds are
only comparable when measured side by side. This runs the builds in turn, round after round, each
run on the same core with `--jobs 1`, and reports per build the best and the median user+sys CPU
time and the ratio of the two. It also checks that both builds write byte-identical coverage.json
(an optimisation must not change results) and exits 1 when they differ; a new build whose report
only adds top-level keys (the same documents and framework) is named as such and passes.

Usage: compare_builds.py BASE_BIN NEW_BIN [--corpus DIR] [--rounds N]
  BASE_BIN, NEW_BIN   the two binaries (copy the older build aside before rebuilding)
  --corpus DIR        a folder of plain-text documents (default: the 1,000-document bench corpus,
                      generated as `make bench` does when missing)
  --rounds N          runs per build (default 6)
Run from the project folder (the builds read Mappings/). Standard library only; needs
/usr/bin/time and, for pinning to one core, taskset (without it the runs are not pinned).
"""
import argparse
import filecmp
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_bench  # noqa: E402  (sibling module: the bench's corpus cache)

TIME_BIN = "/usr/bin/time"


def cpu_seconds(binary, corpus, out):
    """User+sys CPU seconds of one single-threaded run of `binary` on `corpus`, writing `out`."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".time") as timing:
        command = [TIME_BIN, "-f", "%U %S", "-o", timing.name]
        if shutil.which("taskset"):
            command += ["taskset", "-c", "0"]
        command += [binary, "analyze", corpus, "--json", out, "--quiet", "--jobs", "1"]
        result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            sys.exit(f"compare: {binary} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
        user, system = map(float, timing.read().split()[-2:])
        return user + system


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("new")
    parser.add_argument("--corpus")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    for binary in (args.base, args.new):
        if not os.access(binary, os.X_OK):
            sys.exit(f"compare: {binary} is not an executable")
    if args.corpus is None:
        args.corpus = run_bench.ensure_corpus(run_bench.DEFAULT_SEED, 1000)
    if not os.path.isdir(args.corpus):
        sys.exit(f"compare: no corpus folder at {args.corpus}")

    times = {args.base: [], args.new: []}
    with tempfile.TemporaryDirectory() as scratch:
        outs = {args.base: os.path.join(scratch, "base.json"), args.new: os.path.join(scratch, "new.json")}
        for round_number in range(args.rounds):
            # Alternate which build goes first, so a drift within a round favours neither.
            order = (args.base, args.new) if round_number % 2 == 0 else (args.new, args.base)
            for binary in order:
                times[binary].append(cpu_seconds(binary, args.corpus, outs[binary]))
            print(f"round {round_number + 1}: base {times[args.base][-1]:.2f} s, new {times[args.new][-1]:.2f} s", flush=True)
        identical = filecmp.cmp(outs[args.base], outs[args.new], shallow=False)
        added = [] if identical else added_keys(outs[args.base], outs[args.new])

    def summary(values):
        return min(values), statistics.median(values)

    base_best, base_median = summary(times[args.base])
    new_best, new_median = summary(times[args.new])
    print(f"base {args.base}: best {base_best:.2f} s, median {base_median:.2f} s CPU")
    print(f"new  {args.new}: best {new_best:.2f} s, median {new_median:.2f} s CPU")
    print(f"new/base: best {new_best / base_best:.3f}, median {new_median / base_median:.3f}")
    if identical:
        print("coverage.json: identical")
    elif added is not None:
        print(f"coverage.json: the same documents and framework; the new build adds the keys {', '.join(added)}")
    else:
        print("coverage.json: DIFFERENT")
    return 0 if identical or added is not None else 1


def added_keys(base_path, new_path):
    """The top-level keys only the new report has, when everything the base report has is the same
    in the new one (a report layout extended, not changed); None otherwise."""
    with open(base_path, encoding="utf-8") as f:
        base = json.load(f)
    with open(new_path, encoding="utf-8") as f:
        new = json.load(f)
    if any(new.get(key) != value for key, value in base.items()):
        return None
    return sorted(set(new) - set(base))


if __name__ == "__main__":
    sys.exit(main())
