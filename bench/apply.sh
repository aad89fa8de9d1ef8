#!/usr/bin/env bash
# Times `astpatch apply` of a batch of real unified diffs against what a plain toolchain does
# for the same change: `git apply` of the diff, then a bare tree-sitter parse
# (bench/bareparse.c, one thread) of every file the diff leaves. Best of RUNS for each; checks
# that astpatch's result is byte-identical to git apply's. Prints a table (also written to
# bench/out/apply-results.md); progress goes to stderr.
#
#   bench/apply.sh [-r RUNS] [BATCH...]      BATCH: swift python
#
# swift:  swift-syntax 600.0.1→602.0.0, its .swift files (git diff of the local mirror).
#         astpatch judges Swift with swift-syntax's SwiftParser, bareparse with tree-sitter-swift.
# python: Django 5.1→5.2 sdists from PyPI, their .py files (git diff --no-index).
# Files astpatch rejects (their new version has syntax errors) are taken out of the batch
# first, so that both sides time the same, applicable, change.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/bench/out
work=$out/apply
runs=3
selected=()

usage() { echo "usage: bench/apply.sh [-r RUNS] [swift|python ...]" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        -r|--runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        swift|python) selected+=("$1"); shift ;;
        *) usage ;;
    esac
done
[ ${#selected[@]} -gt 0 ] || selected=(swift python)
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage

log() { echo "bench: $*" >&2; }
fail() { echo "bench: error: $*" >&2; exit 1; }
command -v bc >/dev/null || fail "bc is needed (apt-get install bc)"
[ -x /usr/bin/time ] || fail "/usr/bin/time is needed (apt-get install time)"
scratch=$(mktemp)
trap 'rm -f "$scratch"' EXIT
mkdir -p "$out" "$work"
# The work folders are inside this repository (bench/out is git-ignored): git apply must not
# take them for part of it.
export GIT_CEILING_DIRECTORIES=$work

. bench/lib.sh
build_release
astpatch=$(release_astpatch)
grammar_dir=$("$astpatch" grammars path)
bareparse=$out/bareparse
if [ ! -x "$bareparse" ] || [ bench/bareparse.c -nt "$bareparse" ]; then
    log "compiling bareparse"
    cc -O2 -pthread bench/bareparse.c -ltree-sitter -ldl -o "$bareparse"
fi

# --- batches: $work/<batch>/old (the tree before) and $work/<batch>/full.diff ----------------

prepare_swift() { # $1: folder
    local mirror
    mirror=$(git ls-remote --get-url https://github.com/swiftlang/swift-syntax.git)
    [ -d "$mirror" ] || fail "no local mirror of swift-syntax (git ls-remote --get-url gave $mirror)"
    mkdir -p "$1/old"
    git -C "$mirror" archive --format=tar 600.0.1 | tar -x -C "$1/old"
    git -C "$mirror" -c core.quotePath=false diff --no-color --no-ext-diff --no-textconv --find-renames \
        600.0.1 602.0.0 -- '*.swift' >"$1/full.diff"
}

prepare_python() { # $1: folder
    local version
    for version in 5.1 5.2; do
        local sdist=$out/sdists/django/$version
        mkdir -p "$sdist"
        if [ -z "$(ls -A "$sdist")" ]; then
            log "downloading django==$version"
            python3 -m pip download -q --disable-pip-version-check --no-deps --no-binary django -d "$sdist" \
                "django==$version" >/dev/null
        fi
        local side=a
        [ "$version" = 5.2 ] && side=b
        mkdir -p "$1/unpacked" "$1/pair/$side"
        tar -xzf "$sdist"/*.tar.gz -C "$1/unpacked"
        (cd "$1/unpacked"/*-"$version" && find . -type f -name '*.py' -print0 | tar --null -T - -cf -) | tar -x -C "$1/pair/$side"
        rm -rf "$1/unpacked"
    done
    (cd "$1/pair" && git -c core.quotePath=false diff --no-index --no-prefix --no-renames --no-color --no-ext-diff \
        --no-textconv a b >../full.diff || [ $? -eq 1 ])
    mv "$1/pair/a" "$1/old"
    rm -rf "$1/pair"
}

prepare() { # $1: batch
    local dir=$work/$1 staging=$work/.$1.partial
    [ -f "$dir/full.diff" ] && return 0
    log "preparing batch $1"
    rm -rf "$staging" "$dir"
    mkdir -p "$staging"
    "prepare_$1" "$staging"
    mv "$staging" "$dir"
}

# Takes out of full.diff the files astpatch rejects; writes batch.diff, and in batch.list the
# bareparse list of the files the batch leaves. Prints: files, rejected files, MB of those files.
select_batch() { # $1: batch folder
    python3 - "$astpatch" "$1" "$repo/Grammars/grammars.json" "$grammar_dir" <<'EOF'
import json, os, re, shutil, subprocess, sys
astpatch, folder, manifest_path, grammar_dir = sys.argv[1:5]
manifest = {e["name"]: e for e in json.load(open(manifest_path))["languages"]}
patch = open(os.path.join(folder, "full.diff"), "rb").read()
starts = [m.start() for m in re.finditer(rb"^diff --git ", patch, re.M)]
sections = [patch[s:e] for s, e in zip(starts, starts[1:] + [len(patch)])]
scratch = os.path.join(folder, "scratch")
kept, rejected = sections, []
for attempt in range(4):
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(os.path.join(folder, "old"), scratch, symlinks=True)
    with open(os.path.join(folder, "batch.diff"), "wb") as handle:
        handle.write(b"".join(kept))
    result = subprocess.run([astpatch, "apply", "--json", "--root", scratch, os.path.join(folder, "batch.diff")],
                            capture_output=True)
    report = json.loads(result.stdout)
    if report["status"] == "applied":
        break
    bad = {f["path"] for f in report["files"] if f["status"] in ("rejected", "error")}
    bad |= {f.get("renamedFrom") for f in report["files"] if f["status"] in ("rejected", "error")} - {None}
    if not bad or report["diagnostics"] or attempt == 3:
        sys.exit(f"the batch does not apply: {report['diagnostics'] or report['status']}")
    for f in report["files"]:
        if f["status"] in ("rejected", "error"):
            first = f["diagnostics"][0]["message"] if f["diagnostics"] else "?"
            print(f"bench: left out {f['path']}: {f['status']}: {first}", file=sys.stderr)
    def touches(section):
        names = re.findall(rb"^(?:--- a/|\+\+\+ b/|rename from |rename to )(.*?)\t?$", section, re.M)
        return any(n.decode("utf-8", "surrogateescape") in bad for n in names)
    rejected += [s for s in kept if touches(s)]
    kept = [s for s in kept if not touches(s)]
# The files the batch leaves, by astpatch's report, with the language astpatch gave them.
left = [f for f in report["files"] if f["change"] in ("modified", "created", "renamed") and f.get("language")]
total = 0
with open(os.path.join(folder, "batch.list"), "w") as handle:
    for f in left:
        entry = manifest[f["language"]]
        handle.write(f"{f['language']}\t{grammar_dir}/{entry['name']}-{entry['version']}.so\t{entry['symbol']}\t{f['path']}\n")
        total += os.path.getsize(os.path.join(scratch, f["path"]))
shutil.rmtree(scratch)
print(len(kept), len(rejected), len(left), f"{total / 1e6:.2f}")
EOF
}

# --- timing ------------------------------------------------------------------------------------

elapsed() { echo "$2 - $1" | bc -l; }
smaller() { [ "$(echo "$1 < $2" | bc -l)" = 1 ]; }

# Runs a command in a folder under /usr/bin/time; sets wall and cpu (user + system) seconds.
timed() { # $1: folder, then the command
    local folder=$1
    shift
    (cd "$folder" && /usr/bin/time -o "$scratch" -f '%e %U %S' "$@")
    read -r wall user system <"$scratch"
    cpu=$(echo "$user + $system" | bc -l)
}

fresh_tree() { # $1: batch folder, $2: name; prints the path of a fresh copy of the old tree
    rm -rf "$1/$2"
    cp -a "$1/old" "$1/$2"
    echo "$1/$2"
}

# astpatch parses a batch's results on every core; the bare parse gets as many threads.
threads=$(nproc)
rows=()
notes=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for batch in "${selected[@]}"; do
    prepare "$batch"
    dir=$work/$batch
    read -r files left_out parsed megabytes < <(select_batch "$dir")
    log "$batch: $files files in the batch ($left_out left out), $parsed files to parse afterwards, $megabytes MB"
    hunks=$(grep -c '^@@' "$dir/batch.diff" || true)

    best_astpatch="" best_git="" best_parse="" best_sum="" cpu_astpatch="" cpu_sum=""
    for round in $(seq "$runs"); do
        tree=$(fresh_tree "$dir" astpatch-tree)
        sync
        timed "$dir" "$astpatch" apply --root "$tree" "$dir/batch.diff" >"$dir/astpatch.out" 2>&1 \
            || { cat "$dir/astpatch.out" >&2; fail "astpatch apply failed"; }
        t_astpatch=$wall c_astpatch=$cpu

        tree=$(fresh_tree "$dir" git-tree)
        sync
        timed "$tree" git apply "$dir/batch.diff" || fail "git apply failed"
        t_git=$wall c_git=$cpu
        timed "$tree" "$bareparse" -j "$threads" "$dir/batch.list" >"$dir/bareparse.out" || fail "bareparse failed"
        t_parse=$wall c_parse=$cpu
        t_sum=$(echo "$t_git + $t_parse" | bc -l)
        c_sum=$(echo "$c_git + $c_parse" | bc -l)
        log "$batch round $round: astpatch ${t_astpatch}s (cpu ${c_astpatch}s); git apply ${t_git}s + bareparse ${t_parse}s (cpu ${c_sum}s)"

        if [ -z "$best_astpatch" ] || smaller "$t_astpatch" "$best_astpatch"; then best_astpatch=$t_astpatch; fi
        if [ -z "$cpu_astpatch" ] || smaller "$c_astpatch" "$cpu_astpatch"; then cpu_astpatch=$c_astpatch; fi
        if [ -z "$best_sum" ] || smaller "$t_sum" "$best_sum"; then best_sum=$t_sum best_git=$t_git best_parse=$t_parse; fi
        if [ -z "$cpu_sum" ] || smaller "$c_sum" "$cpu_sum"; then cpu_sum=$c_sum; fi
    done

    if diff -r --no-dereference "$dir/astpatch-tree" "$dir/git-tree" >"$dir/trees.diff" 2>&1; then
        identical="yes"
    else
        identical="NO ($(grep -c '' "$dir/trees.diff") lines of differences: bench/out/apply/$batch/trees.diff)"
    fi
    # git apply keeps empty folders that astpatch removes, or the other way round: not content.
    bare_errors=$(sed -E 's/.*errors=([0-9]+).*/\1/' "$dir/bareparse.out")
    [ "$bare_errors" = 0 ] || notes+=("$batch: bareparse found errors in $bare_errors of the files the batch leaves (tree-sitter's view; astpatch accepted them).")
    rm -rf "$dir/astpatch-tree" "$dir/git-tree"

    rows+=("$(printf '| %s | %d (%d left out) | %d | %s | %.3f | %.3f | %.3f | %.3f | **%.2f×** | %.3f | %.3f | %.2f× | %s |' \
        "$batch" "$files" "$left_out" "$hunks" "$megabytes" "$best_astpatch" "$best_git" "$best_parse" "$best_sum" \
        "$(echo "$best_astpatch / $best_sum" | bc -l)" "$cpu_astpatch" "$cpu_sum" "$(echo "$cpu_astpatch / $cpu_sum" | bc -l)" \
        "$identical")")
done

{
    echo "$(date -u +%Y-%m-%d), $(nproc) CPUs, best of $runs runs of wall time; load average at the start: $load_before."
    echo "astpatch: \`astpatch apply --root TREE DIFF\` (release build; reads, applies the hunks, parses and validates every result on all cores, parses an original only when its result has errors, gates, writes and fsyncs)."
    echo "git apply + bareparse: \`git apply DIFF\`, then bench/bareparse.c with $threads threads (as many as astpatch uses) over every file the diff leaves."
    echo "Wall times are best of $runs; CPU = user + system seconds, best of $runs. astpatch fsyncs every file it writes and its folder; git apply does not, so wall time includes waiting for the disk that CPU time does not."
    echo
    echo "| batch | files | hunks | MB parsed after | astpatch s | git apply s | bareparse s | git apply + bareparse s | ratio (target ≤ 1.3×) | astpatch CPU s | git apply + bareparse CPU s | CPU ratio | byte-identical to git apply |"
    echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|"
    printf '%s\n' "${rows[@]}"
    echo
    echo "swift: swift-syntax 600.0.1→602.0.0, .swift files; astpatch validates Swift with SwiftParser, bareparse parses the new files with tree-sitter-swift."
    echo "python: Django 5.1→5.2 sdists, .py files; both sides use tree-sitter-python."
    for note in "${notes[@]+"${notes[@]}"}"; do echo "$note"; done
} | tee "$out/apply-results.md"
