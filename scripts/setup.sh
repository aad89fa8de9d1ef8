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
configuration="${CONFIGURATION:-debug}"
build_flags=()
if [ "$configuration" = release ]; then
    # Release builds link the Swift runtime and Foundation statically (faster start); Foundation's
    # networking part then links against libcurl, which needs its development package.
    build_flags=(--static-swift-stdlib)
    [ -e /usr/lib/x86_64-linux-gnu/libcurl.so ] || [ -e /usr/lib/aarch64-linux-gnu/libcurl.so ] || need_apt+=(libcurl4-openssl-dev)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
    echo "setup: installing ${need_apt[*]} with apt-get" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

swift build -c "$configuration" ${build_flags[@]+"${build_flags[@]}"} --product astpatch
swift build -c "$configuration" ${build_flags[@]+"${build_flags[@]}"} --product astpatch-mcp
"$(swift build -c "$configuration" ${build_flags[@]+"${build_flags[@]}"} --show-bin-path)/astpatch" grammars install
./scripts/fetch-real-pairs.sh  # real file pairs for the structural diff tests; a no-op once cached

# Tools the tests drive for real: the pre-commit framework, a SARIF 2.1.0 object model,
# OpenAI's apply_patch as a reference, and the reference MCP client (the Python SDK). Pinned, in
# a virtual environment of their own.
tools=.venv-tools
if [ ! -x "$tools/bin/pre-commit" ] || ! "$tools/bin/python" -c "import pydantic_sarif, codex_apply_patch, mcp" 2>/dev/null; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install --quiet --disable-pip-version-check pre-commit==4.7.0 pydantic-sarif==0.1.1 codex-apply-patch==0.4.0 mcp==2.3.0
fi
