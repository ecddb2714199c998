#!/usr/bin/env bash
# has_close_elements: is any pair of numbers closer than the threshold?
has_close_elements() {
	local threshold="$1"
	shift
	awk -v t="$threshold" 'BEGIN {
		n = split(ARGV[1], a, " ")
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++) {
				d = a[i] - a[j]; if (d < 0) d = -d
				if (d < t) { print "true"; exit }
			}
		print "false"
	}' "$*"
}

check() {
	local expected="$1" got
	shift
	got=$(has_close_elements "$@")
	if [[ "$got" != "$expected" ]]; then
		echo "FAIL: has_close_elements $* -> $got, want $expected" >&2
		exit 1
	fi
}

check true 0.3 1.0 2.0 3.9 4.0 5.0 2.2
check false 0.05 1.0 2.0 3.9 4.0 5.0 2.2
check true 0.95 1.0 2.0 5.9 4.0 5.0
check false 0.8 1.0 2.0 5.9 4.0 5.0
check true 0.1 1.0 2.0 3.0 4.0 5.0 2.0
check true 1.0 1.1 2.2 3.1 4.1 5.1
check false 0.5 1.1 2.2 3.1 4.1 5.1
echo "all tests passed"
