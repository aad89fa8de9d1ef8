#!/usr/bin/env bash
# Benchmarks `astpatch search` (text search with the enclosing symbol path of every match)
# against `grep -rnI -E` and ripgrep (`rg -n -uu`, from Debian's packages) on the same trees, in
# the same run: the corpora of bench/check.sh (Swift packages, the CPython stdlib, npm's
# JavaScript). Prints a table (also written to bench/out/search-results.md); progress goes to
# stderr.
#
#   bench/search.sh [-j THREADS] [-r RUNS] [CORPUS...]     CORPUS: swift python javascript
#   ASTPATCH_BIN=/path/to/astpatch bench/search.sh …      measures that binary, no build
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/bench/out
corpora=$out/corpora
threads=$(nproc)
runs=3
selected=()

usage() { echo "usage: bench/search.sh [-j THREADS] [-r RUNS] [swift|python|javascript ...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        -j|--jobs) [ $# -ge 2 ] || usage; threads=$2; shift 2 ;;
        -r|--runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        -h|--help) usage ;;
        swift|python|javascript) selected+=("$1"); shift ;;
        *) usage ;;
    esac
done
[ ${#selected[@]} -gt 0 ] || selected=(swift python javascript)
[[ $threads =~ ^[1-9][0-9]*$ ]] || usage
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage

log() { echo "bench: $*" >&2; }
fail() { echo "bench: error: $*" >&2; exit 1; }
mkdir -p "$out"
. bench/lib.sh

# --- tools -------------------------------------------------------------------------------------

# ASTPATCH_BIN=/path/to/astpatch measures that binary instead of building one.
if [ -n "${ASTPATCH_BIN:-}" ]; then
    astpatch=$ASTPATCH_BIN
else
    build_release
    astpatch=$(release_astpatch)
fi
[ -x "$astpatch" ] || fail "no release binary at $astpatch"

if ! command -v rg >/dev/null; then
    log "installing ripgrep with apt-get"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq ripgrep >/dev/null
fi
command -v bc >/dev/null || fail "bc is needed (apt-get install bc)"

# --- corpora (the same recipe as bench/check.sh, so either script can build them) --------------
export GIT_CEILING_DIRECTORIES=$corpora
# Bytes, not characters, for every tool: grep in a UTF-8 locale would take files with invalid
# UTF-8 for binary ones.
export LC_ALL=C

# --- timing ------------------------------------------------------------------------------------

# Runs a command once (exit status 0 or 1 accepted) and keeps the best wall time of the tool
# named $1 in best[$1], the best run's stdout in $scratch.$1. The tools take turns, round after
# round, so that a burst of load elsewhere on the machine does not fall on one tool only.
declare -A best
time_once() { # $1: tool name, then the command
    local tool=$1 start end status elapsed
    shift
    start=$(date +%s.%N)
    status=0
    "$@" >"$scratch" 2>"$scratch.err" || status=$?
    end=$(date +%s.%N)
    if [ "$status" -gt 1 ]; then
        cat "$scratch.err" >&2
        fail "$tool exited with status $status"
    fi
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "${best[$tool]:-}" ] || [ "$(echo "$elapsed < ${best[$tool]}" | bc -l)" = 1 ]; then
        best[$tool]=$elapsed
        cp "$scratch" "$scratch.$tool"
    fi
}

scratch=$(mktemp)
trap 'rm -f "$scratch" "$scratch".*' EXIT

# What is searched for: a literal found nowhere (the walk, the reads and the scan alone), a rare
# literal, a regular expression, and a word on a good part of all lines (every matching file is
# then parsed for its symbol paths: astpatch's worst case).
patterns=(
    "absent|-F|qzxjv_absent"
    "literal|-F|TODO"
    "regex|-E|(class|struct|enum) [A-Z][A-Za-z]*Error"
    "common|-E|return"
)

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
notes=()
for corpus in "${selected[@]}"; do
    prepare_corpus "$corpus"
    dir=$corpora/$corpus
    files=$(find "$dir" -type f | wc -l)
    bytes=$(find "$dir" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
    mb=$(echo "$bytes / 1000000" | bc -l)
    # Read the tree once so that the first tool does not pay for a cold page cache.
    find "$dir" -type f -print0 | xargs -0 cat >/dev/null
    for entry in "${patterns[@]}"; do
        IFS='|' read -r name mode pattern <<<"$entry"
        astpatch_flags=()
        [ "$mode" = -F ] && astpatch_flags=(--fixed-strings)
        best=()
        for round in $(seq "$runs"); do
            log "$corpus / $name: round $round of $runs"
            time_once astpatch "$astpatch" search --jobs "$threads" "${astpatch_flags[@]}" -e "$pattern" "$dir"
            time_once grep grep -rnI "$mode" -e "$pattern" "$dir"
            time_once rg rg -n -uu -j "$threads" "${mode/-E/--regexp}" "$pattern" "$dir"
        done
        counts=()
        for tool in astpatch grep rg; do counts+=("$(grep -c . "$scratch.$tool" || true)"); done
        with_symbol=$(grep -cvE '^[^:]+:[0-9]+:[0-9]+: -: ' "$scratch.astpatch" || true)
        a=${best[astpatch]} g=${best[grep]} r=${best[rg]}
        rows+=("$(printf '| %s | %d | %.1f | %s | `%s` | %.3f | %.0f | %.3f | %.0f | %.3f | %.0f | %.2f× | %s / %s / %s | %s |' \
            "$corpus" "$files" "$mb" "$name" "$pattern" \
            "$a" "$(echo "$mb / $a" | bc -l)" "$g" "$(echo "$mb / $g" | bc -l)" "$r" "$(echo "$mb / $r" | bc -l)" \
            "$(echo "$a / $g" | bc -l)" "${counts[0]}" "${counts[1]}" "${counts[2]}" "$with_symbol")")
        if [ "${counts[0]}" != "${counts[1]}" ]; then
            notes+=("$corpus / $name: astpatch printed ${counts[0]} matching lines, grep ${counts[1]}.")
        fi
    done
done

{
    echo "$(date -u +%Y-%m-%d), $(nproc) CPUs, astpatch and rg with $threads threads (grep has one), best of $runs rounds (the tools take turns); load average at the start: $load_before."
    echo "Wall time of the whole command, page cache warm; MB = 10^6 bytes. astpatch also parses every file with a match to name the enclosing symbol of each."
    echo
    echo "| corpus | files | MB | search | pattern | astpatch s | MB/s | grep -rnI s | MB/s | rg -uu s | MB/s | astpatch ÷ grep | lines: astpatch / grep / rg | with a symbol path |"
    echo "|---|--:|--:|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    printf '%s\n' "${rows[@]}"
    echo
    for note in "${notes[@]+"${notes[@]}"}"; do echo "$note"; done
} | tee "$out/search-results.md"
