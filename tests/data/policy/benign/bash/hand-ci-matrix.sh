#!/usr/bin/env bash
# Build and test the project with each available compiler and build type, then summarise.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compilers=(gcc clang)
build_types=(debug release)
results=()
failed=0

have() { command -v "$1" >/dev/null 2>&1; }

run_one() {
	local cc="$1" type="$2"
	local dir="$root/build-ci/$cc-$type"
	local cflags="-O0 -g"
	[[ "$type" == release ]] && cflags="-O2 -DNDEBUG"
	mkdir -p "$dir"
	{
		echo "### $cc $type"
		make -C "$root" -j"$(nproc)" BUILD="$dir" CC="$cc" CFLAGS="$cflags -Wall -Werror" &&
			make -C "$root" BUILD="$dir" CC="$cc" test
	} >"$dir/log.txt" 2>&1
}

start=$SECONDS
for cc in "${compilers[@]}"; do
	if ! have "$cc"; then
		results+=("$cc        skipped (not installed)")
		continue
	fi
	for type in "${build_types[@]}"; do
		t0=$SECONDS
		if run_one "$cc" "$type"; then
			results+=("$(printf '%-6s %-8s ok    %3ds' "$cc" "$type" $((SECONDS - t0)))")
		else
			results+=("$(printf '%-6s %-8s FAIL  %3ds  see build-ci/%s-%s/log.txt' \
				"$cc" "$type" $((SECONDS - t0)) "$cc" "$type")")
			failed=$((failed + 1))
		fi
	done
done

echo "matrix finished in $((SECONDS - start))s"
printf '  %s\n' "${results[@]}"

if ((failed > 0)); then
	echo "$failed configuration(s) failed" >&2
	exit 1
fi
