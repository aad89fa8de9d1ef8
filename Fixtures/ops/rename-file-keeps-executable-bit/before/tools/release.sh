#!/usr/bin/env bash
set -eu
version="$1"
git tag -a "v${version}" -m "Release ${version}"
git push origin "v${version}"
