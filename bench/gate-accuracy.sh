#!/usr/bin/env bash
# Gate accuracy: seeds realistic edit mistakes into real files and compares what `astpatch apply`
# refuses with what each language's own parser rejects. Prints a table per language and kind of
# mistake (also written to bench/out/gate-accuracy.md); misses are listed in bench/out/gate/misses.txt.
#
#   bench/gate-accuracy.sh [-n FILES] [-k PER_KIND] [-s SEED] [-j JOBS] [--debug] [--scratch-path DIR] [--clean] [LANGUAGE...]
#       LANGUAGE: python javascript swift json yaml toml (default: all)
#       --debug   use a debug build (faster to build, slower to run)
#       --scratch-path DIR   build there instead of .build (a build of one's own beside others')
#       --clean   instead: check whole corpora (python, javascript, swift) as `astpatch check` does and
#                 count files flagged although the language's parser accepts them
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/bench/out
corpora=$out/gate-corpora
files=100 per_kind=2 seed=1 jobs=$(nproc) configuration=release clean=() languages=() scratch=()

usage() { echo "usage: bench/gate-accuracy.sh [-n FILES] [-k PER_KIND] [-s SEED] [-j JOBS] [--debug] [--scratch-path DIR] [--clean] [LANGUAGE...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        -n) files=$2; shift 2 ;;
        -k) per_kind=$2; shift 2 ;;
        -s) seed=$2; shift 2 ;;
        -j) jobs=$2; shift 2 ;;
        --clean) clean=(--clean); shift ;;
        --debug) configuration=debug; shift ;;
        --scratch-path) scratch=(--scratch-path "$2"); shift 2 ;;
        -h|--help) usage ;;
        python|javascript|swift|json|yaml|toml) languages+=("$1"); shift ;;
        *) usage ;;
    esac
done
if [ ${#languages[@]} -eq 0 ]; then
    if [ ${#clean[@]} -gt 0 ]; then languages=(python javascript swift); else languages=(python javascript swift json yaml toml); fi
fi

log() { echo "gate-accuracy: $*" >&2; }
fail() { echo "gate-accuracy: error: $*" >&2; exit 1; }
mkdir -p "$out"
. bench/lib.sh

# --- tools -------------------------------------------------------------------------------------
for tool in python3 node; do command -v $tool >/dev/null || fail "$tool is needed as an oracle"; done
python3 -c 'import yaml, tomllib' 2>/dev/null || fail "python3 with PyYAML and tomllib (3.11+) is needed"
swiftc=${SWIFTC:-/opt/swift/usr/bin/swiftc}
[ -x "$swiftc" ] || swiftc=$(command -v swiftc) || fail "swiftc is needed as the Swift oracle"

log "building astpatch-gatebench ($configuration)"
# Release builds link the Swift runtime statically, as scripts/setup.sh builds them (one build tree).
[ "$configuration" = release ] && scratch+=(--static-swift-stdlib)
swift build -c $configuration "${scratch[@]}" --product astpatch-gatebench >"$out/gate-build.log" 2>&1 || { tail -20 "$out/gate-build.log" >&2; fail "build failed"; }
swift build -c $configuration "${scratch[@]}" --product astpatch >>"$out/gate-build.log" 2>&1 || { tail -20 "$out/gate-build.log" >&2; fail "build failed"; }
bin=$(swift build -c $configuration "${scratch[@]}" --show-bin-path)
"$bin/astpatch" grammars install >/dev/null

# --- corpora -----------------------------------------------------------------------------------
# bench/out/gate-corpora/<language>/: plain copies, made once (delete a folder to rebuild it).
prepare() {
    local language=$1 dir=$corpora/$1 staging=$corpora/.$1.partial
    [ -d "$dir" ] && return 0
    log "preparing the $language corpus"
    rm -rf "$staging"
    mkdir -p "$staging"
    case "$language" in
        python|javascript|swift)
            fill_corpus "$language" "$staging" ;;
        json|yaml|toml)
            # Data files found on the machine, one copy of each distinct content. JSON files that
            # are JSON with comments by convention (tsconfig.json, .vscode/…) are another dialect.
            local patterns=(-name "*.$language")
            [ "$language" = yaml ] && patterns=(-name '*.yaml' -o -name '*.yml')
            find / -xdev \( -path /proc -o -path /sys -o -path /work -o -path /tmp -o -path "$out" \) -prune -o \
                -type f \( "${patterns[@]}" \) -size -200k -print 2>/dev/null \
                | grep -Ev '/(tsconfig[^/]*|jsconfig[^/]*|\.vscode/[^/]*|[^/]*\.jsonc)$' \
                | python3 -c '
import hashlib, os, shutil, sys
seen = set()
for index, path in enumerate(line.rstrip("\n") for line in sys.stdin):
    try:
        data = open(path, "rb").read()
    except OSError:
        continue
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen:
        continue
    seen.add(digest)
    name = os.path.basename(path)
    os.makedirs(os.path.join(sys.argv[1], digest[:2]), exist_ok=True)
    shutil.copyfile(path, os.path.join(sys.argv[1], digest[:2], digest[2:10] + "-" + name))
' "$staging" ;;
    esac
    find "$staging" -depth -type d -empty -delete
    mv "$staging" "$dir"
}
for language in "${languages[@]}"; do prepare "$language"; done

# --- run ---------------------------------------------------------------------------------------
report=$out/gate-accuracy.md
[ ${#clean[@]} -gt 0 ] && report=$out/gate-clean.md
"$bin/astpatch-gatebench" --corpus "$corpora" --work "$out/gate" --oracle-script "$repo/bench/gate-oracle.py" \
    --swiftc "$swiftc" --files "$files" --per-kind "$per_kind" --seed "$seed" --jobs "$jobs" \
    --report "$report" "${clean[@]}" "${languages[@]}"
