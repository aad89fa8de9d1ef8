# The two commands of the README: `make example` runs astpatch on the shipped example,
# `make test` runs every test. Both set up what is missing first (scripts/setup.sh).
SWIFT ?= swift
BIN = $(shell $(SWIFT) build --show-bin-path)/astpatch

.PHONY: setup example test bench

setup:
	./scripts/setup.sh

example: setup
	./scripts/example.sh "$(BIN)"

test: setup
	$(SWIFT) test
	$(BIN) conformance Fixtures

bench: 
	CONFIGURATION=release ./scripts/setup.sh
	./bench/check.sh
