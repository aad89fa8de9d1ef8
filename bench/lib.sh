# Shared by the bench scripts (sourced, not run). The caller defines `log` and `fail` and sets
# `out` (bench/out); `prepare_corpus` also needs `corpora`.

# Builds the release astpatch (the Swift runtime linked statically, as scripts/setup.sh builds
# release) and installs the grammars; the log goes to bench/out/build.log.
build_release() {
    log "building release astpatch and installing grammars (log: bench/out/build.log)"
    if ! CONFIGURATION=release ./scripts/setup.sh >"$out/build.log" 2>&1; then
        tail -20 "$out/build.log" >&2
        fail "scripts/setup.sh failed"
    fi
}

# The path of the release binary; fails when it has not been built.
release_astpatch() {
    local binary
    binary="$(swift build -c release --static-swift-stdlib --show-bin-path)/astpatch"
    [ -x "$binary" ] || fail "no release binary at $binary"
    echo "$binary"
}

# Fills folder $2 with the code corpus $1: swift (every package under /opt/swift-packages at its
# newest tag, .swift files only), python (the CPython stdlib's .py files, without site-packages)
# or javascript (npm's own .js files). Plain folders, not git repositories.
fill_corpus() { # $1: swift|python|javascript, $2: destination
    local destination=$2
    mkdir -p "$destination"
    case "$1" in
        swift)
            local repo_dir tag name
            for repo_dir in /opt/swift-packages/*/*.git; do
                [ -d "$repo_dir" ] || continue
                name=${repo_dir#/opt/swift-packages/}
                name=${name%.git}
                tag=$(git -C "$repo_dir" for-each-ref --sort=-v:refname --count=1 --format='%(refname:short)' refs/tags)
                [ -n "$tag" ] || tag=HEAD
                mkdir -p "$destination/$name"
                git -C "$repo_dir" archive --format=tar "$tag" | tar -x -C "$destination/$name"
            done
            find "$destination" -type f ! -name '*.swift' -delete
            find "$destination" -type l -delete
            find "$destination" -depth -type d -empty -delete ;;
        python)
            local stdlib
            stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
            (cd "$stdlib" && find . -path ./site-packages -prune -o -type f -name '*.py' -print0 | tar --null -T - -cf -) \
                | tar -x -C "$destination" ;;
        javascript)
            (cd "$(npm root -g)/npm" && find . -type f -name '*.js' -print0 | tar --null -T - -cf -) | tar -x -C "$destination" ;;
        *) fail "no corpus $1" ;;
    esac
}

# Builds $corpora/$1 once (delete the folder to rebuild it), through a staging folder.
prepare_corpus() { # $1: swift|python|javascript
    local dir=$corpora/$1 staging=$corpora/.$1.partial
    [ -d "$dir" ] && return 0
    log "preparing corpus $1"
    rm -rf "$staging"
    fill_corpus "$1" "$staging"
    mv "$staging" "$dir"
}
