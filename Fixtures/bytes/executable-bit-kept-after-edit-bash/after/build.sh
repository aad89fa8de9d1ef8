#!/usr/bin/env bash
set -euo pipefail

VERSION="${VERSION:-1.3.0}"
go build -ldflags "-X main.version=${VERSION}" -o bin/app ./cmd/app
