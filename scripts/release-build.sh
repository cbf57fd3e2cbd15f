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
# Usage: scripts/release-build.sh        (scratch path .build-bench, shared with the benchmarks)
set -euo pipefail
cd "$(dirname "$0")/.."

# libxml2's static link line (-lxml2 -licui18n -licuuc -licudata -lz -llzma -lm), then SQLite's.
libs=($(pkg-config --static --libs-only-l libxml-2.0) -lsqlite3)
flags=(-c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path .build-bench)
for lib in "${libs[@]}"; do flags+=(-Xswiftc "$lib"); done

# PATUH_PRODUCT=patuh-bench builds the benchmark driver with the same flags (it is never shipped).
product="${PATUH_PRODUCT:-patuh}"
swift build "${flags[@]}" --product "$product" >&2
echo "$(swift build "${flags[@]}" --show-bin-path)/$product"
