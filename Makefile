# Dekking: the README's commands. Every target installs missing Debian packages first.
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/dekking

.PHONY: deps build run test clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product dekking

## The main job on the sample inputs.
run: build
	$(BIN) framework validate Mappings/frameworks/sfd-2021.yaml
	$(BIN) framework show

## Every test.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build
