#!/usr/bin/env bash
# HumanEval 78: hex_key — count the hexadecimal digits that are primes
# (2, 3, 5, 7, B, D). The prime table is a set of variables looked up with ${!name}.
is_prime_2=1 is_prime_3=1 is_prime_5=1 is_prime_7=1 is_prime_B=1 is_prime_D=1

hex_key() {
	local num="$1" count=0 i name
	for ((i = 0; i < ${#num}; i++)); do
		name="is_prime_${num:i:1}"
		if [[ -n "${!name:-}" ]]; then
			count=$((count + 1))
		fi
	done
	echo "$count"
}

tests=(
	"AB:1"
	"1077E:2"
	"ABED1A33:4"
	"2020:2"
	"123456789ABCDEF0:6"
	"112233445566778899AABBCCDDEEFF00:12"
	":0"
)
pass=0
for t in "${tests[@]}"; do
	in="${t%%:*}" want="${t##*:}"
	got=$(hex_key "$in")
	if [[ "$got" == "$want" ]]; then
		pass=$((pass + 1))
	else
		echo "hex_key($in) = $got, want $want" >&2
	fi
done
echo "$pass/${#tests[@]} passed"
[[ $pass == "${#tests[@]}" ]]
