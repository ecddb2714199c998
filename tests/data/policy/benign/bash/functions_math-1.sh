#!/bin/bash
fib() {
	local n=$1 a=0 b=1
	for ((i = 0; i < n; i++)); do
		local t=$((a + b))
		a=$b
		b=$t
	done
	echo "$a"
}
for n in 16 1 19 9 6 19; do
	echo "fib($n) = $(fib "$n")"
done
