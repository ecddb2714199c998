#!/usr/bin/env bash
# below_zero: does the running balance ever fall below zero?
# Operations are read from a here-document like a test fixture.
below_zero() {
	local balance=0 op
	for op in "$@"; do
		balance=$((balance + op))
		if ((balance < 0)); then
			echo true
			return
		fi
	done
	echo false
}

fails=0
while IFS='|' read -r expected ops; do
	[[ -z "$expected" ]] && continue
	# shellcheck disable=SC2086
	got=$(below_zero $ops)
	if [[ "$got" != "$expected" ]]; then
		echo "FAIL: [$ops] -> $got, want $expected"
		fails=$((fails + 1))
	fi
done <<'TESTS'
false|
false|1 2 -3 1 2 -3
true|1 2 -4 5 6
false|1 -1 2 -2 5 -5 4 -4
true|1 -1 2 -2 5 -5 4 -5
true|1 -2 2 -2 5 -5 4 -4
TESTS
if ((fails)); then
	exit 1
fi
echo "below_zero: all tests passed"
