#!/usr/bin/env bash
# prime_fib: n-th Fibonacci number that is also prime.
is_prime() {
	local n=$1 d
	((n < 2)) && return 1
	for ((d = 2; d * d <= n; d++)); do
		((n % d == 0)) && return 1
	done
	return 0
}

prime_fib() {
	local n=$1 a=0 b=1 t
	while :; do
		t=$((a + b))
		a=$b
		b=$t
		if is_prime "$b"; then
			n=$((n - 1))
			if ((n == 0)); then
				echo "$b"
				return
			fi
		fi
	done
}

expected=(0 2 3 5 13 89 233 1597 28657 514229 433494437)
for i in $(seq 1 10); do
	got=$(prime_fib "$i")
	if [[ "$got" != "${expected[i]}" ]]; then
		echo "FAIL: prime_fib $i = $got, want ${expected[i]}" >&2
		exit 1
	fi
done
echo "prime_fib ok"
