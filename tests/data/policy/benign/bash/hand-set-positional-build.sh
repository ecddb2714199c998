#!/usr/bin/env bash
# Ordinary: a small build helper that uses the positional parameters as a
# list: the sources found, the compiler chosen by `set --`, a cleanup of
# its own build directory.
set -eu
build_dir=build
mkdir -p "$build_dir"
set -- cc -O2 -Wall
compiler=$1
shift
flags="$*"
set -- $(find src -name '*.c' 2>/dev/null | sort)
echo "compiling $# sources with $compiler $flags"
for src in "$@"; do
	obj="$build_dir/$(basename "${src%.c}").o"
	"$compiler" $flags -c "$src" -o "$obj"
done
IFS=,; set -- README.md,LICENSE; IFS=' '
for doc in "$@"; do
	[ -f "$doc" ] && cp "$doc" "$build_dir/"
done
rm -rf "${build_dir:?}/tmp"
