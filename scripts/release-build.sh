#!/usr/bin/env bash
# Builds `patuh` as it is shipped and prints the path of the binary (build output goes to stderr).
#
# A release build linked as one static executable: the Swift runtime, Foundation, libxml2 and
# its ICU, zlib and xz, SQLite and libstdc++ are all inside. Nothing is loaded or relocated at
# start-up, which alone takes `patuh standar validate` from 13 ms to 8 ms (a PIE linked against
# the shared libxml2 spends 800 page faults and ~100,000 relocations before main). The static
# libraries come with the packages the README already asks for (libxml2-dev pulls in
# libicu-dev, liblzma-dev and zlib1g-dev; libsqlite3-dev).
#
# The benchmarks (Benchmarks/*.sh) measure the binary this script builds, with these flags.
# It also writes dist/patuh-<version>-linux-<arch>.tar.gz (bin/patuh, README.md, LICENSE if any,
# install.sh) and its SHA-256 file, for scripts/install.sh to install without Swift.
# Usage: scripts/release-build.sh        (scratch path .build-bench, shared with the benchmarks)
#        scripts/release-build.sh --binary PATH [--dist DIR]
#                                        (only package an already built binary, e.g. the debug one in tests)
#        scripts/release-build.sh --quiet [...]
#                                        (the build's output only when it fails: what the benchmarks use)
set -euo pipefail
cd "$(dirname "$0")/.."

binary=""
dist="dist"
quiet=""
arguments=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --binary) binary="$2"; arguments+=("$1" "$2"); shift 2 ;;
        --dist) dist="$2"; arguments+=("$1" "$2"); shift 2 ;;
        --quiet) quiet=1; shift ;;
        *) echo "release-build: unknown option $1" >&2; exit 64 ;;
    esac
done

if [[ -n "$quiet" ]]; then
    log=$(mktemp)
    if out=$("$0" "${arguments[@]}" 2>"$log"); then
        rm -f "$log"
        if [[ -n "$out" ]]; then echo "$out"; fi
        exit 0
    fi
    cat "$log" >&2
    rm -f "$log"
    exit 1
fi

# Packages the binary as dist/patuh-<version>-linux-<arch>.tar.gz plus a .sha256 file.
package() {
    local bin="$1"
    local version arch name stage
    version="$(sed -n 's/.*static let version = "\(.*\)".*/\1/p' Sources/PatuhCLI/Patuh.swift)"
    arch="$(uname -m)"
    name="patuh-$version-linux-$arch"
    stage="$(mktemp -d)"
    mkdir -p "$stage/$name/bin" "$dist"
    cp "$bin" "$stage/$name/bin/patuh"
    cp README.md scripts/install.sh "$stage/$name/"
    for licence in LICENSE LICENSE.md LICENCE COPYING; do
        [[ -f "$licence" ]] && cp "$licence" "$stage/$name/"
    done
    tar -C "$stage" -czf "$dist/$name.tar.gz" "$name"
    rm -rf "$stage"
    (cd "$dist" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
    echo "$dist/$name.tar.gz"
}

if [[ -n "$binary" ]]; then
    package "$binary" >&2
    exit 0
fi
scripts/embed-standards.sh --check

# libxml2's static link line (-lxml2 -licui18n -licuuc -licudata -lz -llzma -lm), then SQLite's.
libs=($(pkg-config --static --libs-only-l libxml-2.0) -lsqlite3)
flags=(-c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-bench)
for lib in "${libs[@]}"; do flags+=(-Xswiftc "$lib"); done

# PATUH_PRODUCT=patuh-bench builds the benchmark driver with the same flags (it is never shipped).
product="${PATUH_PRODUCT:-patuh}"
swift build "${flags[@]}" --product "$product" >&2
built="$(swift build "${flags[@]}" --show-bin-path)/$product"
[[ "$product" == patuh ]] && package "$built" >&2
echo "$built"
