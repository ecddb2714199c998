#!/usr/bin/env bash
# HumanEval 79: decimal_to_binary(n) returns the binary digits of n wrapped
# in "db" on both sides. Checked against bash's own base-2 arithmetic.
decimal_to_binary() {
	local n=$1 bits=
	((n == 0)) && bits=0
	while ((n > 0)); do
		bits=$((n & 1))$bits
		((n >>= 1))
	done
	printf -v REPLY 'db%sdb' "$bits"
}

check() {
	decimal_to_binary "$1"
	if [[ "$REPLY" != "$2" ]]; then
		echo "decimal_to_binary($1) = $REPLY, want $2" >&2
		exit 1
	fi
}

check 0 db0db
check 32 db100000db
check 103 db1100111db
check 15 db1111db

# Round trip through 2#... for a range of values.
for ((i = 1; i < 300; i += 7)); do
	decimal_to_binary "$i"
	digits=${REPLY#db}
	digits=${digits%db}
	if ((2#$digits != i)); then
		echo "round trip failed for $i: $REPLY" >&2
		exit 1
	fi
done
echo ok
