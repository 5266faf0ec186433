#!/usr/bin/env bash
# Runs the fuzz targets (built by `make fuzz-build`) and prints one line per target: runs, seconds,
# executions per second and what was found. Run from the repository's root.
#
#   scripts/fuzz/run.sh fuzz [target...]    each target for FUZZ_SECONDS (default 180)
#   scripts/fuzz/run.sh smoke [target...]   each target for FUZZ_SMOKE_RUNS inputs (default 2000)
#
# Other settings: FUZZ_TIMEOUT (seconds per input, default 10), FUZZ_RSS_MB (default 2048),
# FUZZ_RUNS (a number of inputs instead of a time, for fuzz), FUZZ_FLAGS (more libFuzzer flags).
# Corpora live in .build/fuzz/corpus/<target> (filled by seed.sh), finds in
# .build/fuzz/artifacts/<target>, the full output in .build/fuzz/logs/<target>.log.
# Exits non-zero when any target crashed, timed out or ran out of memory.
set -uo pipefail

mode=${1:?"run.sh: kies fuzz of smoke"}
shift
all="text html xml docx odt pdftext codes csv yaml analysis structure"
targets=${*:-$all}
bin=.build/fuzz/build/release
work=.build/fuzz
timeout=${FUZZ_TIMEOUT:-10}
rss=${FUZZ_RSS_MB:-2048}

case $mode in
fuzz) budget=${FUZZ_RUNS:+-runs=$FUZZ_RUNS}; budget=${budget:--max_total_time=${FUZZ_SECONDS:-180}} ;;
smoke) budget="-runs=${FUZZ_SMOKE_RUNS:-2000} -seed=1" ;;
*) echo "run.sh: kies 'fuzz' of 'smoke', niet '$mode'" >&2; exit 64 ;;
esac

dictionary() {
    case $1 in
    html | xml) echo "-dict=Fuzz/dictionaries/markup.dict" ;;
    docx | odt) echo "-dict=Fuzz/dictionaries/office.dict" ;;
    esac
}

# LeakSanitizer is off: Swift's Foundation on Linux keeps a buffer of every file it reads
# (FileManager.contents(atPath:), Data(contentsOf:)), which it reports as a leak of our readers.
# AddressSanitizer's checks for memory errors stay on. A long run (fuzz) keeps no allocation stack
# per block (malloc_context_size=0): the sanitizer stores every distinct stack for good, and
# fuzz-html's resident memory grew with them by about 2 MB per 1,000 inputs, on course for the
# 2 GB limit before 1,000,000 runs (flat at about 200 MB without; docs/fuzzing.md). A find still
# shows where it went wrong; rerun its saved input with `make fuzz-smoke`-style defaults
# (`ASAN_OPTIONS=detect_leaks=0 .build/fuzz/build/release/fuzz-<target> <input>`, adding
# `:suppressions=<repository>/Fuzz/asan-suppressions.txt` for fuzz-analysis) for the stacks of the
# allocation and the free. ASAN_OPTIONS from the caller wins.
# A known defect of hunspell 1.7.1 is suppressed, with its reasons, in Fuzz/asan-suppressions.txt.
suppressions="suppressions='$PWD/Fuzz/asan-suppressions.txt'"
case $mode in
fuzz) export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0:$suppressions} ;;
*) export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:$suppressions} ;;
esac

status=0
printf '%-9s %10s %8s %8s %8s %9s %5s\n' target runs seconds exec/s crashes timeouts ooms
for target in $targets; do
    exe=$bin/fuzz-$target
    if [ ! -x "$exe" ]; then
        echo "run.sh: $exe ontbreekt; bouw eerst met 'make fuzz-build'" >&2
        exit 66
    fi
    mkdir -p "$work/corpus/$target" "$work/artifacts/$target" "$work/logs"
    log=$work/logs/$target.log
    start=$(date +%s)
    # shellcheck disable=SC2046,SC2086 # the budget and flags are lists of words
    "$exe" $budget -timeout="$timeout" -rss_limit_mb="$rss" -print_final_stats=1 \
        -artifact_prefix="$work/artifacts/$target/" $(dictionary "$target") ${FUZZ_FLAGS:-} \
        "$work/corpus/$target" >"$log" 2>&1
    code=$?
    seconds=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    crashes=$(find "$work/artifacts/$target" -type f \( -name 'crash-*' -o -name 'leak-*' \) -newermt "@$start" | wc -l)
    timeouts=$(find "$work/artifacts/$target" -type f -name 'timeout-*' -newermt "@$start" | wc -l)
    ooms=$(find "$work/artifacts/$target" -type f -name 'oom-*' -newermt "@$start" | wc -l)
    printf '%-9s %10s %8s %8s %8s %9s %5s\n' "$target" "${runs:-0}" "$seconds" "${speed:-0}" \
        "$crashes" "$timeouts" "$ooms"
    if [ "$code" -ne 0 ] || [ $((crashes + timeouts + ooms)) -gt 0 ]; then
        echo "  -> fuzz-$target stopte met code $code; zie $log en $work/artifacts/$target/" >&2
        status=1
    fi
done
exit $status
