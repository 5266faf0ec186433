# Dekking: the README's commands. Every target installs missing Debian packages and the sentence encoder first.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/dekking

EVAL_DIR ?= ../shared/eval

.PHONY: deps build run test lint eval clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product dekking

# The real-browser tests of report.html need these too (only for make test: Chromium over
# WebDriver, Firefox over WebDriver BiDi), the workbook's print check converts it with LibreOffice,
# and the accuracy floors run the calibration's cross-validation (numpy, scipy, PyYAML).
BROWSER_PACKAGES = chromium chromium-driver firefox-esr python3 python3-websocket libreoffice-calc-nogui
EVAL_PACKAGES = python3-numpy python3-scipy python3-yaml
# The documents users made decisions about (make eval DECISION_INPUTS=...).
DECISION_INPUTS ?= Inputs

## The main job: analyse the sample inputs into Output/Inputs/ (replacing an earlier sample run).
run: build
	$(BIN) framework validate Mappings/frameworks/sfd-2021.yaml
	$(BIN) analyze Inputs --out Output --name Inputs --force

## Installs dekking under PREFIX (default /usr/local): the binary, the shipped mappings (found from
## any folder), the sentence encoder, shell completions and the manual page; DESTDIR for packagers.
## make uninstall removes exactly what was installed (share/dekking/installed-files).
PREFIX ?= /usr/local
.PHONY: install uninstall manual
install: build manual
	scripts/install.sh install $(BIN) $(PREFIX)

uninstall:
	scripts/install.sh uninstall $(PREFIX)

## The manual page dekking.1, generated from the command tree by swift-argument-parser.
manual:
	$(SWIFT) package --allow-writing-to-package-directory generate-manual

## Every test, including the headless-Chromium test of report.html and its layout test in Chromium
## and Firefox (390, 1024 and 1440 px), then a short run of every
## fuzz target (make fuzz-smoke: 2,000 inputs each), so no reader's fuzz target rots.
test: deps lint
	@scripts/ensure-deps.sh $(BROWSER_PACKAGES) $(EVAL_PACKAGES)
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	$(MAKE) fuzz-smoke

## The house style (.swift-format): fails on any finding; `make format` rewrites the files in place.
## It also fails when the pages' embedded CSS and JavaScript differ from their files (`make assets`).
SWIFT_FORMAT ?= swift-format
STYLED = Sources Tests Package.swift
lint:
	$(SWIFT_FORMAT) lint --strict --parallel --recursive $(STYLED)
	python3 scripts/embed_html_assets.py --check

## The style sheets and scripts of the HTML pages (Sources/DekkingReport/HTML/Assets/) embedded
## into Sources/DekkingReport/HTML/HTMLAssets.swift; run after editing one of them.
.PHONY: assets
assets:
	python3 scripts/embed_html_assets.py

.PHONY: format
format:
	$(SWIFT_FORMAT) format --in-place --parallel --recursive $(STYLED)

## Accuracy on the development set: runs the analyzer on the dev passages and prints the scorer's figures.
## In-sample (the shipped fit) and cross-validated by passage (scripts/fit_calibration.py), for
## the batch mode (words only) and the semantic layer; then the share of evidence that is true.
eval: build
	@test -f $(EVAL_DIR)/dev/gold.json || { echo "make eval: no development set at $(EVAL_DIR) (set EVAL_DIR=...)" >&2; exit 1; }
	@scripts/ensure-deps.sh $(EVAL_PACKAGES)
	@mkdir -p Output/eval
	$(BIN) analyze $(EVAL_DIR)/dev/docs --json Output/eval/coverage.json --quiet
	@echo "== words only (batch mode), in-sample: the shipped calibration"
	@python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/dev/gold.json Output/eval/coverage.json --json Output/eval/score.json
	@echo "== words only, fit and cross-validation"
	@python3 scripts/fit_calibration.py $(EVAL_DIR)/dev/gold.json Output/eval/coverage.json --model lexical \
	  --scorer $(EVAL_DIR)/score.py --cv-report Output/eval/coverage-cv.json
	@python3 $(EVAL_DIR)/evidence_truth.py Output/eval/coverage.json $(EVAL_DIR)/dev/docs
	$(BIN) analyze $(EVAL_DIR)/dev/docs --json Output/eval/coverage-semantic.json --quiet --semantic-limit 1000
	@echo "== with the semantic layer, in-sample: the shipped calibration"
	@python3 $(EVAL_DIR)/score.py $(EVAL_DIR)/dev/gold.json Output/eval/coverage-semantic.json --json Output/eval/score-semantic.json
	@echo "== with the semantic layer, fit and cross-validation"
	@python3 scripts/fit_calibration.py $(EVAL_DIR)/dev/gold.json Output/eval/coverage-semantic.json --model semantic \
	  --scorer $(EVAL_DIR)/score.py --cv-report Output/eval/coverage-semantic-cv.json
	@python3 $(EVAL_DIR)/evidence_truth.py Output/eval/coverage-semantic.json $(EVAL_DIR)/dev/docs
	@echo "== the engine against the users' decisions in Mappings/overrides, on $(DECISION_INPUTS)"
	@$(BIN) agreement $(DECISION_INPUTS) --quiet

clean:
	rm -rf .build

## Throughput benchmark: dekking analyze against a Python TF-IDF baseline on generated corpora
## (scripts/bench/README.md). Sizes via BENCH_SIZES="1000 5000 20000"; writes Output/bench/bench.json.
BENCH_VENV ?= .venv-bench
BENCH_PY_PACKAGES = scikit-learn PyStemmer pyyaml
BENCH_DEB_PACKAGES = python3-venv time

.PHONY: bench
bench: build
	@scripts/ensure-deps.sh $(BENCH_DEB_PACKAGES)
	@$(BENCH_VENV)/bin/python -c "import sklearn, Stemmer, yaml" 2>/dev/null || { \
	  python3 -m venv $(BENCH_VENV) && $(BENCH_VENV)/bin/pip install -q $(BENCH_PY_PACKAGES); }
	BENCH_PYTHON=$(BENCH_VENV)/bin/python DEKKING_BIN=$(BIN) python3 scripts/bench/run_bench.py

## Whether any step grows faster than its input: pathological documents (one endless line, glued
## words, thousands of headings, deep levels, long lists, many codes and paragraphs, many empty XML
## elements) at 1x, 2x and 4x SCALING_KB; prints the 4x/1x CPU ratio (linear about 4) and fails above 8.
.PHONY: bench-scaling
bench-scaling: build
	python3 scripts/bench/scaling.py $(BIN) --base-kb $(or $(SCALING_KB),1024)

## CPU time of this build against another on the 1,000-document bench corpus, run by run in turn
## on one core, and whether both write the same coverage.json: make bench-compare BASE=/path/to/dekking
.PHONY: bench-compare
bench-compare: build
	@test -n "$(BASE)" || { echo "make bench-compare: name the other build, e.g. BASE=path/to/older/dekking" >&2; exit 64; }
	@scripts/ensure-deps.sh time
	python3 scripts/bench/compare_builds.py "$(BASE)" $(BIN) --rounds $(or $(ROUNDS),6)

## Fault injection on every write (docs/writes.md): the full- and read-only-disk tests, and the
## SIGKILL loop with 200 kills instead of the 30 of make test (needs root for the tmpfs mounts).
## A kill loop that failed is repeated with FAULT_SEED=<the printed seed>.
FAULT_KILLS ?= 200
.PHONY: faults
faults: deps
	$(SWIFT) build --build-tests
	DEKKING_FAULT_KILLS=$(FAULT_KILLS) $(if $(FAULT_SEED),DEKKING_FAULT_SEED=$(FAULT_SEED)) \
	  $(SWIFT) test --skip-build --filter "WriteFaultTests|ReviewServerTests/aKillDuringWrites|ReviewServerTests/aFullOrReadOnlyDisk"

## Coverage-guided fuzzing of every reader and loader (Fuzz/, docs/fuzzing.md): builds the libFuzzer
## targets with AddressSanitizer, seeds their corpora and runs each for FUZZ_SECONDS (default 180).
## `make fuzz-smoke` runs each for FUZZ_SMOKE_RUNS inputs (2,000) and fails on any find; `make test` runs it.
FUZZ_BUILD = .build/fuzz/build
.PHONY: fuzz fuzz-build fuzz-seed fuzz-smoke
fuzz-build: deps
	@mkdir -p $(FUZZ_BUILD)
	@test -f Fuzz/Package.resolved || ! test -f Package.resolved || cp Package.resolved Fuzz/Package.resolved
	@test -d $(FUZZ_BUILD)/repositories || ! test -d .build/repositories || cp -R .build/repositories $(FUZZ_BUILD)/
	$(SWIFT) build -c release --package-path Fuzz --scratch-path $(FUZZ_BUILD) -Xswiftc -sanitize=fuzzer,address

fuzz-seed:
	@scripts/fuzz/seed.sh .build/fuzz/corpus

fuzz: fuzz-build fuzz-seed
	scripts/fuzz/run.sh fuzz $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build fuzz-seed
	scripts/fuzz/run.sh smoke $(FUZZ_TARGETS)
