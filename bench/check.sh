#!/usr/bin/env bash
# Benchmarks `astpatch check` against a bare tree-sitter parse (bench/bareparse.c) and against
# `ast-grep scan` with an ERROR rule, on three corpora: Swift packages, the CPython stdlib and
# npm's JavaScript. Prints a table (also written to bench/out/check-results.md); progress goes
# to stderr.
#
#   bench/check.sh [-j THREADS] [-r RUNS] [--no-build] [CORPUS...]   CORPUS: swift python javascript
# --no-build uses the release astpatch and the grammars already there.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/bench/out
corpora=$out/corpora
threads=$(nproc)
runs=3
selected=()
build=1

usage() { echo "usage: bench/check.sh [-j THREADS] [-r RUNS] [--no-build] [swift|python|javascript ...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        -j|--jobs) [ $# -ge 2 ] || usage; threads=$2; shift 2 ;;
        -r|--runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        --no-build) build=0; shift ;;
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

if [ "$build" = 1 ]; then
    build_release
fi
astpatch=$(release_astpatch)
grammar_dir=$("$astpatch" grammars path)

bareparse=$out/bareparse
block_cache=Sources/CTreeSitterBlockCache
if [ ! -x "$bareparse" ] || [ bench/bareparse.c -nt "$bareparse" ] || [ $block_cache/block_cache.c -nt "$bareparse" ]; then
    log "compiling bareparse"
    cc -O2 -pthread -I$block_cache/include bench/bareparse.c $block_cache/block_cache.c -ltree-sitter -ldl -o "$bareparse"
fi

astgrep=$out/venv/bin/ast-grep
if [ ! -x "$astgrep" ] || [ "$("$astgrep" --version)" != "ast-grep 0.51.1" ]; then
    log "installing ast-grep-cli 0.51.1 into bench/out/venv"
    [ -x "$out/venv/bin/python" ] || python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install -q --disable-pip-version-check ast-grep-cli==0.51.1 >&2
fi

# --- corpora -----------------------------------------------------------------------------------
# Plain directories (not git repositories), holding only files of the corpus's language.
# bench/out is inside this repository and git-ignored, so git must not look above the corpora
# (astpatch would ask `git ls-files` and get nothing) and ast-grep must not honour ignore files.
export GIT_CEILING_DIRECTORIES=$corpora

# --- ast-grep rules ----------------------------------------------------------------------------

astgrep_language() {
    case "$1" in swift) echo Swift ;; python) echo Python ;; javascript) echo JavaScript ;; esac
}

astgrep_ignore_flags=(--no-ignore hidden --no-ignore dot --no-ignore exclude --no-ignore global
                      --no-ignore parent --no-ignore vcs)

write_rule() { # $1: corpus; prints the rule file's path
    local rule=$out/rules/syntax-error-$1.yml
    mkdir -p "$out/rules"
    cat >"$rule" <<EOF
id: syntax-error
language: $(astgrep_language "$1")
severity: error
message: syntax error
rule:
  kind: ERROR
EOF
    echo "$rule"
}

# Makes sure ast-grep parses the language: one broken file must give one match, a clean none.
probe_astgrep() { # $1: corpus, $2: rule
    local dir=$corpora/.probe-$1 broken clean ext
    rm -rf "$dir"
    mkdir -p "$dir"
    case "$1" in
        swift) ext=swift broken='func f( { let = }' clean='func f() -> Int { return 1 }' ;;
        python) ext=py broken='def f(:\n  return )' clean='def f():\n    return 1' ;;
        javascript) ext=js broken='function f( { let = }' clean='function f() { return 1; }' ;;
    esac
    printf "$broken\n" >"$dir/broken.$ext"
    printf "$clean\n" >"$dir/clean.$ext"
    local found
    found=$("$astgrep" scan --rule "$2" "${astgrep_ignore_flags[@]}" --files-with-matches "$dir" 2>/dev/null || true)
    rm -rf "$dir"
    [ "$(printf '%s\n' "$found" | grep -c .)" = 1 ] && [[ $found == *broken.$ext* ]] \
        || fail "ast-grep does not find the ERROR in a broken $1 file (got: $found)"
}

# --- timing ------------------------------------------------------------------------------------

# Runs a command once (exit status 0 or 1 accepted) and keeps the best wall time of the tool
# named $1 in best[$1], the best run's stdout in $scratch.$1. The tools take turns, round after
# round, so that a burst of load elsewhere on the machine does not fall on one tool only.
# The least CPU time (user + system, from /usr/bin/time) of a round goes to cpu[$1]: on a busy
# machine it says more about the work done than the wall time does.
declare -A best cpu
time_once() { # $1: tool name, then the command
    local tool=$1 start end status elapsed used
    shift
    start=$(date +%s.%N)
    status=0
    /usr/bin/time -f '%U %S' -o "$scratch.cpu" "$@" >"$scratch" 2>"$scratch.err" || status=$?
    end=$(date +%s.%N)
    if [ "$status" -gt 1 ]; then
        cat "$scratch.err" >&2
        fail "$1 exited with status $status"
    fi
    elapsed=$(echo "$end - $start" | bc -l)
    if [ -z "${best[$tool]:-}" ] || [ "$(echo "$elapsed < ${best[$tool]}" | bc -l)" = 1 ]; then
        best[$tool]=$elapsed
        cp "$scratch" "$scratch.$tool"
    fi
    used=$(awk 'END { print $1 + $2 }' "$scratch.cpu")
    if [ -z "${cpu[$tool]:-}" ] || [ "$(echo "$used < ${cpu[$tool]}" | bc -l)" = 1 ]; then
        cpu[$tool]=$used
    fi
}

command -v bc >/dev/null || fail "bc is needed (apt-get install bc)"
[ -x /usr/bin/time ] || fail "/usr/bin/time is needed (apt-get install time)"
scratch=$(mktemp)
trap 'rm -f "$scratch" "$scratch".*' EXIT

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
rows=()
cpu_rows=()
notes=()
for corpus in "${selected[@]}"; do
    prepare_corpus "$corpus"
    dir=$corpora/$corpus
    rule=$(write_rule "$corpus")
    probe_astgrep "$corpus" "$rule"

    # The files astpatch checks, and the bareparse list for exactly those files.
    log "$corpus: listing the files astpatch checks"
    status=0
    "$astpatch" check --json --quiet --jobs "$threads" "$dir" >"$out/$corpus-check.json" || status=$?
    [ "$status" -le 1 ] || fail "astpatch check exited with status $status on $dir"
    summary=$(python3 - "$out/$corpus-check.json" "$repo/Grammars/grammars.json" "$grammar_dir" \
        "$out/$corpus.list" <<'EOF'
import collections, json, sys
report = json.load(open(sys.argv[1]))
manifest = {entry["name"]: entry for entry in json.load(open(sys.argv[2]))["languages"]}
grammar_dir, list_path = sys.argv[3], sys.argv[4]
statuses = collections.Counter(f["status"] for f in report["files"])
failed = [f for f in report["files"] if f["status"] == "failed"]
for f in failed:
    print(f"astpatch could not check {f['path']}: {f.get('reason')}", file=sys.stderr)
if failed:
    sys.exit(1)
skipped = collections.Counter(f.get("reason") for f in report["files"] if f["status"] == "skipped")
with open(list_path, "w") as out:
    for f in report["files"]:
        if f["status"] in ("clean", "errors"):
            entry = manifest[f["language"]]
            library = f"{grammar_dir}/{entry['name']}-{entry['version']}.so"
            out.write(f"{f['language']}\t{library}\t{entry['symbol']}\t{f['path']}\n")
why = ", ".join(f"{n} {reason}" for reason, n in skipped.items()) or "none"
print(f"{statuses['clean'] + statuses['errors']} {statuses['errors']} {sum(skipped.values())}|{why}")
EOF
    ) || fail "astpatch could not check some files in $dir"
    read -r checked astpatch_errors skipped <<<"${summary%%|*}"
    log "$corpus: $checked files checked, $skipped skipped (${summary#*|})"
    [ "$checked" -gt 0 ] || fail "no files to check in $dir"

    best=()
    cpu=()
    for round in $(seq "$runs"); do
        log "$corpus: round $round of $runs"
        time_once bare "$bareparse" -j "$threads" "$out/$corpus.list"
        time_once barecache "$bareparse" -c -j "$threads" "$out/$corpus.list"
        time_once astpatch "$astpatch" check --quiet --jobs "$threads" "$dir"
        time_once astgrep "$astgrep" scan --rule "$rule" --threads "$threads" "${astgrep_ignore_flags[@]}" \
            --files-with-matches "$dir"
    done
    bare_s=$(printf '%.3f' "${best[bare]}")
    barecache_s=$(printf '%.3f' "${best[barecache]}")
    astpatch_s=$(printf '%.3f' "${best[astpatch]}")
    astgrep_s=$(printf '%.3f' "${best[astgrep]}")
    read -r bare_line <"$scratch.bare"
    bare_files=$(sed -E 's/.*files=([0-9]+).*/\1/' <<<"$bare_line")
    bytes=$(sed -E 's/.*bytes=([0-9]+).*/\1/' <<<"$bare_line")
    bare_errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' <<<"$bare_line")
    bare_inner=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$bare_line")
    [ "$bare_files" = "$checked" ] || fail "bareparse parsed $bare_files files, astpatch checked $checked"
    astgrep_errors=$(grep -c . "$scratch.astgrep" || true)
    # How many files ast-grep looked at (its own file discovery, by extension).
    astgrep_files=$("$astgrep" scan --rule "$rule" --threads "$threads" "${astgrep_ignore_flags[@]}" \
        --files-with-matches --inspect summary "$dir" 2>&1 >/dev/null \
        | sed -nE 's/.*scannedFileCount=([0-9]+).*/\1/p' | head -1 || true)
    if [ -n "$astgrep_files" ] && [ "$astgrep_files" != "$checked" ]; then
        notes+=("$corpus: ast-grep scanned $astgrep_files files, astpatch checked $checked.")
    fi

    mb=$(echo "$bytes / 1000000" | bc -l)
    rows+=("$(printf '| %s | %d | %.1f | %.3f (%.3f) | %.0f | %.3f | %.0f | %.2f× | %.2f× | %.3f | %.0f | %.2f× | %d / %d / %d |' \
        "$corpus" "$checked" "$mb" "$bare_s" "$bare_inner" "$(echo "$mb / $bare_s" | bc -l)" \
        "$astpatch_s" "$(echo "$mb / $astpatch_s" | bc -l)" "$(echo "$astpatch_s / $bare_s" | bc -l)" \
        "$(echo "$astpatch_s / $barecache_s" | bc -l)" \
        "$astgrep_s" "$(echo "$mb / $astgrep_s" | bc -l)" "$(echo "$astgrep_s / $bare_s" | bc -l)" \
        "$bare_errors" "$astpatch_errors" "$astgrep_errors")")
    cpu_rows+=("$(printf '| %s | %.2f | %.2f | %.2f× | %.2f× | %.2f | %.2f× |' "$corpus" "${cpu[bare]}" \
        "${cpu[astpatch]}" "$(echo "${cpu[astpatch]} / ${cpu[bare]}" | bc -l)" \
        "$(echo "${cpu[astpatch]} / ${cpu[barecache]}" | bc -l)" \
        "${cpu[astgrep]}" "$(echo "${cpu[astgrep]} / ${cpu[bare]}" | bc -l)")")
done

{
    echo "$(date -u +%Y-%m-%d), $(nproc) CPUs, threads: $threads, best of $runs rounds (the tools take turns); load average at the start: $load_before."
    echo "Times are the wall time of the whole command (bare parse's own in-process time in parentheses); MB = 10^6 bytes."
    echo
    echo "| corpus | files | MB | bare parse s | MB/s | astpatch check s | MB/s | ×bare | ×bare with block cache | ast-grep scan s | MB/s | ×bare | files with errors: bare / astpatch / ast-grep |"
    echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "CPU time (user + system), least of the rounds:"
    echo
    echo "| corpus | bare parse CPU s | astpatch CPU s | ×bare | ×bare with block cache | ast-grep CPU s | ×bare |"
    echo "|---|--:|--:|--:|--:|--:|--:|"
    printf '%s\n' "${cpu_rows[@]}"
    echo
    if [[ " ${selected[*]} " == *" swift "* ]]; then
        echo "Swift: astpatch judges Swift with swift-syntax's SwiftParser, not tree-sitter-swift, so its time and error count are not comparable with the tree-sitter columns."
    fi
    echo "×bare with block cache: against the bare parse run with -c, which gives tree-sitter the block cache astpatch gives it (Sources/CTreeSitterBlockCache) instead of malloc: what astpatch's own work costs."
    echo "Bare parse and astpatch count ERROR and MISSING nodes (ts_node_has_error); the ast-grep rule matches ERROR nodes only, with ast-grep's own grammar versions."
    for note in "${notes[@]+"${notes[@]}"}"; do echo "$note"; done
} | tee "$out/check-results.md"
