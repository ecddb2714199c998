#!/usr/bin/env bash
# Ordinary: clean build helper for a C project; removes its own build and
# dist directories (relative to the script), configures with cmake in a
# fresh build dir and runs the tests, staging artifacts in a temp dir.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="$here/build"
dist="$here/dist"
jobs="$(nproc 2>/dev/null || echo 2)"

clean() {
  echo "cleaning $build and $dist"
  rm -rf -- "$build" "$dist"
}

configure() {
  cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}"
}

compile() {
  cmake --build "$build" -j "$jobs"
}

run_tests() {
  (cd "$build" && ctest --output-on-failure -j "$jobs")
}

package() {
  local stage
  stage="$(mktemp -d)"
  trap 'rm -rf "$stage"' RETURN
  cmake --install "$build" --prefix "$stage/usr"
  mkdir -p "$dist"
  tar -C "$stage" -czf "$dist/app-$(git -C "$here" describe --always).tar.gz" usr
  echo "packaged into $dist"
}

case "${1:-all}" in
  clean) clean ;;
  all) clean; configure; compile; run_tests; package ;;
  test) configure; compile; run_tests ;;
  *) echo "usage: $0 [clean|all|test]" >&2; exit 2 ;;
esac
