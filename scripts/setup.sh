#!/usr/bin/env bash
# Prepares a fresh Debian machine with Swift for astpatch: the tree-sitter runtime, the build,
# and the pinned grammars. Safe to run again; it only does what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
pkg-config --exists tree-sitter 2>/dev/null || need_apt+=(libtree-sitter-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
command -v cc >/dev/null || need_apt+=(gcc)
command -v git >/dev/null || need_apt+=(git)
python3 -m pip --version >/dev/null 2>&1 || need_apt+=(python3-pip)
python3 -m venv --help >/dev/null 2>&1 || need_apt+=(python3-venv)
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "setup: installing ${need_apt[*]} with apt-get" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

configuration="${CONFIGURATION:-debug}"
swift build -c "$configuration" --product astpatch
"$(swift build -c "$configuration" --show-bin-path)/astpatch" grammars install

# Tools the tests drive for real: the pre-commit framework, a SARIF 2.1.0 object model,
# OpenAI's apply_patch as a reference, and the reference MCP client (the Python SDK). Pinned, in
# a virtual environment of their own.
tools=.venv-tools
if [ ! -x "$tools/bin/pre-commit" ] || ! "$tools/bin/python" -c "import pydantic_sarif, codex_apply_patch, mcp" 2>/dev/null; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install --quiet --disable-pip-version-check pre-commit==4.7.0 pydantic-sarif==0.1.1 codex-apply-patch==0.4.0 mcp==2.3.0
fi
