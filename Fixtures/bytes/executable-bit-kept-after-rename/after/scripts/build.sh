#!/usr/bin/env bash
set -euo pipefail

VERSION="1.2.3"
go build -ldflags "-X main.version=${VERSION}" -o bin/app ./cmd/app
