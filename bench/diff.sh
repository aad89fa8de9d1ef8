#!/usr/bin/env bash
# Benchmarks the structural diff (`astpatch diff`'s engine) on real commits and checks its script
# lengths against the optimal tree edit distance.
#
#   bench/diff.sh [--no-build] [--pairs N]
#
# 1. astpatch-diffbench (release) diffs every modified or renamed .swift file between two tags of
#    swift-nio, swift-syntax, jwt-kit and swift-crypto in the local package mirrors, timing the
#    structural diff (parse included) next to the line diff (LineDiff) of the same pairs, and
#    checks that each edit script reproduces the new tree.
# 2. It writes N declaration-sized pairs (default 300) in bracket notation to
#    bench/out/diff-apted/, and bench/apted.py compares our action counts with APTED's optimal
#    edit distance (PyPI apted 1.0.3, installed into bench/out/venv).
# The figures are printed and written to bench/out/diff-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$PWD/bench/out
build=1
pairs=300

usage() { echo "usage: bench/diff.sh [--no-build] [--pairs N]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --no-build) build=0; shift ;;
        --pairs) [ $# -ge 2 ] || usage; pairs=$2; shift 2 ;;
        -h|--help) usage ;;
        *) usage ;;
    esac
done
[[ $pairs =~ ^[1-9][0-9]*$ ]] || usage
log() { echo "bench: $*" >&2; }
mkdir -p "$out"

if [ "$build" = 1 ]; then
    log "building astpatch-diffbench (release)"
    swift build -c release --static-swift-stdlib --product astpatch-diffbench >"$out/diff-build.log" 2>&1 || { tail -20 "$out/diff-build.log" >&2; exit 1; }
fi
bench="$(swift build -c release --static-swift-stdlib --show-bin-path)/astpatch-diffbench"
[ -x "$bench" ] || { log "no release binary at $bench"; exit 1; }

if ! "$out/venv/bin/python" -c "import apted" 2>/dev/null; then
    log "installing apted 1.0.3 into bench/out/venv"
    [ -x "$out/venv/bin/python" ] || python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install --quiet "apted==1.0.3"
fi

rm -rf "$out/diff-apted"
{
    echo '```'
    "$bench" --apted "$out/diff-apted" --limit "$pairs"
    echo
    log "computing optimal edit distances with APTED (about a minute)"
    "$out/venv/bin/python" bench/apted.py "$out/diff-apted"
    echo '```'
    echo
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$out/diff-results.md"
