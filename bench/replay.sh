#!/usr/bin/env bash
# Replays real releases of PyPI packages with `astpatch apply`: for consecutive source
# distributions of a package, the diff between the two unpacked trees (its Python, TypeScript/
# JavaScript, Rust and Go files) is applied to the older tree, which must then equal the newer
# one byte for byte. A file astpatch rejects must be worse afterwards: its new version must have
# more syntax errors (by `astpatch check`) than its old one. Prints a table per language (also
# written to bench/out/replay-results.md); progress goes to stderr. Needs PyPI (pip download).
#
#   bench/replay.sh [LANGUAGE...]     LANGUAGE: python typescript rust go
#
# Rust comes from cryptography's sdists (41.x and before build with setuptools-rust): pip
# cannot download an sdist built with maturin (pydantic-core, orjson) here, because preparing
# its metadata runs `cargo metadata`, which needs crates.io. Go comes from gojsonnet's sdists,
# which ship go-jsonnet's sources.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
out=$repo/bench/out

log() { echo "replay: $*" >&2; }
fail() { echo "replay: error: $*" >&2; exit 1; }
mkdir -p "$out"

selected=()
for argument in "$@"; do
    case "$argument" in
        python|typescript|rust|go) selected+=("$argument") ;;
        *) echo "usage: bench/replay.sh [python|typescript|rust|go ...]" >&2; exit 2 ;;
    esac
done
[ ${#selected[@]} -gt 0 ] || selected=(python typescript rust go)

. bench/lib.sh
build_release
astpatch=$(release_astpatch)

python3 - "$astpatch" "$out" "${selected[@]}" <<'EOF'
import collections, json, os, re, shutil, subprocess, sys, tarfile, time

astpatch, out, selected = sys.argv[1], sys.argv[2], sys.argv[3:]
downloads = os.path.join(out, "sdists")
work = os.path.join(out, "replay")

LANGUAGES = {  # language: file name endings
    "python": (".py", ".pyi"),
    "typescript": (".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"),
    "rust": (".rs",),
    "go": (".go",),
}
# (language the series is chosen for, package, consecutive releases)
SERIES = [
    ("python", "requests", ["2.32.2", "2.32.3", "2.32.4", "2.32.5"]),
    ("python", "flask", ["3.0.3", "3.1.0", "3.1.1", "3.1.2"]),
    ("python", "rich", ["13.9.4", "14.0.0", "14.1.0", "14.2.0"]),
    ("python", "django", ["5.1", "5.2"]),
    ("typescript", "jupyterlab", ["4.3.8", "4.4.0", "4.4.1"]),
    ("rust", "cryptography", ["40.0.2", "41.0.0", "41.0.1", "41.0.2", "41.0.3"]),
    ("go", "gojsonnet", ["0.19.1", "0.20.0", "0.21.0", "0.22.0"]),
]

def log(message):
    print("replay: " + message, file=sys.stderr, flush=True)

def language_of(path):
    for language, endings in LANGUAGES.items():
        if path.endswith(endings):
            return language
    return None

def sdist(package, version):
    """The unpacked source distribution, downloaded with pip once."""
    unpacked = os.path.join(work, "src", f"{package}-{version}")
    if os.path.isdir(unpacked):
        return unpacked
    folder = os.path.join(downloads, package, version)
    os.makedirs(folder, exist_ok=True)
    if not os.listdir(folder):
        log(f"downloading {package}=={version}")
        # Only the package itself from source: its build requirements come as wheels.
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                        "--no-binary", package, "-d", folder, f"{package}=={version}"], check=True,
                       stdout=subprocess.DEVNULL)
    archive = os.path.join(folder, os.listdir(folder)[0])
    staging = unpacked + ".partial"
    shutil.rmtree(staging, ignore_errors=True)
    with tarfile.open(archive) as tar:
        tar.extractall(staging, filter="tar")
    [top] = os.listdir(staging)
    os.rename(os.path.join(staging, top), unpacked)
    os.rmdir(staging)
    return unpacked

def copy_sources(source, destination):
    """The measured files of a tree (regular, non-binary), keeping their paths and modes."""
    for folder, _, files in os.walk(source):
        for name in files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, source)
            if language_of(relative) is None or os.path.islink(path) or not os.path.isfile(path):
                continue
            with open(path, "rb") as handle:
                if b"\0" in handle.read():
                    continue
            target = os.path.join(destination, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(path, target)

def sections(patch):
    """The per-file sections of a git diff, with the path each one is about."""
    starts = [m.start() for m in re.finditer(rb"^diff --git ", patch, re.M)]
    result = []
    for index, start in enumerate(starts):
        text = patch[start:starts[index + 1] if index + 1 < len(starts) else len(patch)]
        path = None
        for line in text.split(b"\n")[1:]:
            if line.startswith((b"--- a/", b"+++ b/")):
                path = line[6:].rstrip(b"\t").decode("utf-8", "surrogateescape")
            elif line.startswith(b"@@"):
                break
        if path is None:  # a mode change alone: "diff --git a/X b/X"
            header = text.split(b"\n", 1)[0][len(b"diff --git "):]
            path = header[2:(len(header) - 1) // 2].decode("utf-8", "surrogateescape")
        result.append((path, text))
    return result

def error_counts(paths, root):
    paths = [p for p in paths if os.path.isfile(os.path.join(root, p))]
    if not paths:
        return {}
    result = subprocess.run([astpatch, "check", "--json", "--"] + paths, cwd=root, capture_output=True)
    return {f["path"]: len(f["diagnostics"]) for f in json.loads(result.stdout)["files"]}

def same(a, b):
    if os.path.exists(a) != os.path.exists(b):
        return False
    if not os.path.exists(a):
        return True
    with open(a, "rb") as x, open(b, "rb") as y:
        if x.read() != y.read():
            return False
    return (os.stat(a).st_mode & 0o111 != 0) == (os.stat(b).st_mode & 0o111 != 0)

totals = collections.defaultdict(collections.Counter)
packages = collections.defaultdict(dict)  # language: {package: [versions]}
notes = []
git = ["git", "-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false"]
for series_language, package, versions in SERIES:
    if series_language not in selected:
        continue
    for old, new in zip(versions, versions[1:]):
        pair = os.path.join(work, "pairs", f"{package}-{old}-{new}")
        shutil.rmtree(pair, ignore_errors=True)
        os.makedirs(pair)
        copy_sources(sdist(package, old), os.path.join(pair, "a"))
        copy_sources(sdist(package, new), os.path.join(pair, "b"))
        for side in ("a", "b"):
            os.makedirs(os.path.join(pair, side), exist_ok=True)
        # Run inside the pair with --no-prefix, so that the paths read a/X and b/X.
        patch = subprocess.run(git + ["diff", "--no-index", "--no-prefix", "--no-renames", "--no-color", "--no-ext-diff",
                                      "--no-textconv", "a", "b"], cwd=pair, capture_output=True).stdout
        files = sections(patch)
        root = os.path.join(pair, "root")
        shutil.copytree(os.path.join(pair, "a"), root, symlinks=True)
        start = time.monotonic()
        blocked, refused, troubles, runs = set(), {}, [], []
        for attempt in range(1, 5):
            kept = [text for path, text in files if path not in blocked]
            if not kept:
                break
            patch_path = os.path.join(pair, f"attempt{attempt}.diff")
            with open(patch_path, "wb") as handle:
                handle.write(b"".join(kept))
            result = subprocess.run([astpatch, "apply", "--json", "--root", root, patch_path], capture_output=True)
            runs.append(len(kept))
            report = json.loads(result.stdout)
            troubles += [f"{d['kind']}: {d['message']}" for d in report["diagnostics"]]
            if report["status"] == "applied":
                break
            bad = [f for f in report["files"] if f["status"] in ("rejected", "error")]
            for f in bad:
                refused[f["path"]] = f
                blocked.add(f["path"])
            if not bad or report["diagnostics"]:
                troubles.append(f"the patch did not apply ({report['status']}) and no file is to blame")
                break
        seconds = time.monotonic() - start
        rejected = [f for f in refused.values() if f["status"] == "rejected"]
        before = error_counts([f["path"] for f in rejected], os.path.join(pair, "a"))
        after = error_counts([f["path"] for f in rejected], os.path.join(pair, "b"))
        counts = collections.defaultdict(collections.Counter)
        for path, _ in files:
            language = language_of(path)
            counts[language]["changes"] += 1
            if path in refused:
                f = refused[path]
                if f["status"] == "error":
                    counts[language]["not applicable"] += 1
                    troubles.append(f"{path}: " + "; ".join(d["message"] for d in f["diagnostics"]))
                    continue
                counts[language]["rejected"] += 1
                b, a = before.get(path, 0), after.get(path, 0)
                first = f["diagnostics"][0] if f["diagnostics"] else {"kind": "?", "message": "?", "line": 0}
                why = f"{first['kind']} at line {first.get('line')}: {first['message']}"
                if a > b:
                    counts[language]["rejected worse"] += 1
                    if f["change"] == "created":
                        counts[language]["rejected new"] += 1
                    notes.append(f"{package} {old}→{new} {path} ({f['change']}): rejected, errors {b} → {a}; {why}")
                else:
                    counts[language]["rejected no worse"] += 1
                    notes.append(f"**FALSE REJECTION** {package} {old}→{new} {path} ({f['change']}): errors {b} → {a}; {why}")
            elif same(os.path.join(root, path), os.path.join(pair, "b", path)):
                counts[language]["identical"] += 1
            else:
                counts[language]["mismatched"] += 1
                notes.append(f"**MISMATCH** {package} {old}→{new} {path}: applied, but differs from the new release")
        for trouble in troubles:
            notes.append(f"**NOT APPLICABLE** {package} {old}→{new}: {trouble}")
        summary = ", ".join(f"{language}: {c['changes']} changes, {c['identical']} identical, {c['rejected']} rejected"
                            for language, c in sorted(counts.items()))
        log(f"{package} {old}→{new}: {summary or 'no changes'}; apply runs {runs}, {seconds:.1f} s")
        for language, c in counts.items():
            totals[language] += c
            if c["changes"]:
                versions_seen = packages[language].setdefault(package, [])
                versions_seen += [v for v in (old, new) if v not in versions_seen]
        shutil.rmtree(pair)

lines = [
    f"{time.strftime('%Y-%m-%d', time.gmtime())}: consecutive sdists from PyPI; `git diff --no-index` between the unpacked "
    "trees (only files of these languages, no binary files), applied with `astpatch apply` (release build) to the older tree.",
    "Identical: the file equals the newer release byte for byte (and its executable bit). Rejected, no worse: astpatch "
    "refused a file whose new version has no more syntax errors than the old (by `astpatch check`) — must be 0.",
    "",
    "| language | releases (each step one pair) | file changes | applied byte-identical | mismatched | rejected | rejected: more errors after (new files) | rejected: no worse after | not applicable |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|",
]
for language in ("python", "typescript", "rust", "go"):
    c = totals.get(language)
    if not c:
        continue
    pairs = ", ".join(f"{package} {'→'.join(seen)}" for package, seen in packages[language].items())
    lines.append(f"| {language} | {pairs} | {c['changes']} | {c['identical']} | {c['mismatched']} | "
                 f"{c['rejected']} | {c['rejected worse']} ({c['rejected new']}) | {c['rejected no worse']} | {c['not applicable']} |")
if "go" in selected and not totals.get("go"):
    lines.append("")
    lines.append("Go: no Go file changed in the chosen gojsonnet releases.")
if notes:
    lines += ["", "Rejections and problems:", ""] + [f"- {note}" for note in notes]
text = "\n".join(lines) + "\n"
with open(os.path.join(out, "replay-results.md"), "w") as handle:
    handle.write(text)
print(text, end="")
EOF
