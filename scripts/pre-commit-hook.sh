#!/usr/bin/env bash
# The pre-commit hook: checks the staged version of each file pre-commit names, and fails only on
# syntax errors that HEAD's version of the file did not have. On first use it builds astpatch in
# this checkout (ASTPATCH_HOOK_CONFIGURATION=debug builds faster, runs slower) and installs the
# grammars; set ASTPATCH_BIN to use an astpatch that is already built.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${ASTPATCH_BIN:-}"
if [ -z "$bin" ]; then
    configuration="${ASTPATCH_HOOK_CONFIGURATION:-release}"
    bin="$here/.build/$configuration/astpatch"
    if [ ! -x "$bin" ]; then
        echo "astpatch: building astpatch ($configuration) for the first run of the hook…" >&2
        (cd "$here" && swift build -c "$configuration" --product astpatch >&2)
    fi
fi
"$bin" grammars install >/dev/null 2>&1 || "$bin" grammars install >&2
exec "$bin" check --staged --quiet "$@"
