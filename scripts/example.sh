#!/usr/bin/env bash
# The README's first command: astpatch's checks and outlines on the shipped example project.
set -euo pipefail
cd "$(dirname "$0")/.."
astpatch="${1:-$(swift build --show-bin-path)/astpatch}"
example=Examples/greeter

echo "\$ astpatch check $example"
"$astpatch" check "$example"
for file in Sources/Greeter/Greeter.swift tools/report.py tools/server.ts; do
    echo
    echo "\$ astpatch outline $example/$file"
    "$astpatch" outline "$example/$file"
done
