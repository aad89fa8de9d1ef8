#!/usr/bin/env bash
# Fetches the real file pairs of the structural diff tests (Tests/ASTPatchTests/
# RealPairTreeDiffTests.swift): consecutive releases of PyPI packages, as source distributions
# pinned by version and sha256, each unpacked into CACHE/<package>-<version>/.
#
#   scripts/fetch-real-pairs.sh
#
# CACHE is $ASTPATCH_REAL_PAIRS, else ${XDG_CACHE_HOME:-$HOME/.cache}/astpatch/real-pairs.
# When every release is already unpacked it returns at once, without touching the network.
# ASTPATCH_SKIP_REAL_PAIRS=1 skips it (the tests then skip too). Needs PyPI (pip download)
# the first time: about 13 MB.
set -euo pipefail

if [ "${ASTPATCH_SKIP_REAL_PAIRS:-}" = 1 ]; then
    echo "fetch-real-pairs: skipped (ASTPATCH_SKIP_REAL_PAIRS=1)" >&2
    exit 0
fi
cache="${ASTPATCH_REAL_PAIRS:-${XDG_CACHE_HOME:-$HOME/.cache}/astpatch/real-pairs}"

# package version sha256 of the sdist, grouped by the language the releases are here for.
releases=(
    # Python
    "rich 14.0.0 82f1bc23a6a21ebca4ae0c45af9bdbc492ed20231dcb63f297d6d1021a9d5725"
    "rich 14.1.0 e497a48b844b0320d45007cdebfeaeed8db2a4f4bcf49f15e455cfc4af11eaa8"
    "requests 2.32.3 55365417734eb18255590a9ff9eb97e9e1da868d4ccd6402399eaf68af20a760"
    "requests 2.32.4 27d0316682c8a29834d3264820024b62a36942083d52caf2f14c0591336d3422"
    # JavaScript (django-debug-toolbar's static scripts, mkdocs' theme scripts)
    "django-debug-toolbar 5.0.1 296f6f18a80710e84fbb8361538ae5ec522a75ebe9ab67db34bcf1026cbeb420"
    "django-debug-toolbar 5.1.0 8a3b9da4aeab8d384a366e20304bd939a451f0242523c5b7b402248ad474eed2"
    "django-debug-toolbar 5.2.0 9e7f0145e1a1b7d78fcc3b53798686170a5b472d9cf085d88121ff823e900821"
    "django-debug-toolbar 6.0.0 6eb9fa6f4a5884bf04004700ffb5a44043f1fff38784447fc52c1633448c8c14"
    "mkdocs 1.5.3 eb7c99214dcb945313ba30426c2451b735992c73c2e10838f76d09e39ff4d0e2"
    "mkdocs 1.6.0 a73f735824ef83a4f3bcb7a231dcab23f5a838f88b7efc54a0eef5fbdbc3c512"
    # Go (gojsonnet ships go-jsonnet's sources)
    "gojsonnet 0.21.0 35e7c75a47027bc4c593285a250ae33d713d7a082644da0de1eabb0bd65fae9d"
    "gojsonnet 0.22.0 b00f09e019d403fc5fb0e691e043115dd84548e055c018638e22b6b7e9829d09"
    # Rust (cryptography's Rust extension)
    "cryptography 40.0.2 c33c0d32b8594fa647d2e01dbccc303478e16fdd7cf98652d5b3ed11aa5e5c99"
    "cryptography 41.0.0 6b71f64beeea341c9b4f963b48ee3b62d62d57ba93eb120e1196b31dc1025e78"
    "cryptography 41.0.2 7d230bf856164de164ecb615ccc14c7fc6de6906ddd5b491f3af90d3514c925c"
    "cryptography 41.0.3 6d192741113ef5e30d89dcb5b956ef4e1578f304708701b8b73d38e3e1461f34"
)

missing=()
for release in "${releases[@]}"; do
    read -r package version _ <<<"$release"
    [ -d "$cache/$package-$version" ] || missing+=("$release")
done
[ ${#missing[@]} -gt 0 ] || exit 0

mkdir -p "$cache"
staging=$(mktemp -d "$cache/.download.XXXXXX")
trap 'rm -rf "$staging"' EXIT
for release in "${missing[@]}"; do
    read -r package version sha256 <<<"$release"
    echo "fetch-real-pairs: downloading $package $version" >&2
    folder="$staging/$package-$version"
    mkdir -p "$folder/download" "$folder/unpacked"
    # Only this package from source; pip prepares its metadata with build requirements as wheels.
    python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary "$package" \
        -d "$folder/download" "$package==$version" >/dev/null
    archives=("$folder"/download/*.tar.gz)
    [ ${#archives[@]} -eq 1 ] && [ -f "${archives[0]}" ] || {
        echo "fetch-real-pairs: pip gave no single sdist for $package $version" >&2; exit 1; }
    actual=$(sha256sum "${archives[0]}" | cut -d' ' -f1)
    if [ "$actual" != "$sha256" ]; then
        echo "fetch-real-pairs: sha256 mismatch for ${archives[0]##*/}: $actual, expected $sha256" >&2
        exit 1
    fi
    tar -xzf "${archives[0]}" -C "$folder/unpacked" --strip-components=1 --no-same-owner
    mv "$folder/unpacked" "$cache/$package-$version"
done
echo "fetch-real-pairs: ${#missing[@]} releases in $cache" >&2
