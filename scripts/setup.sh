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
