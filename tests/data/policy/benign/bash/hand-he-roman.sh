#!/usr/bin/env bash
# int_to_mini_roman and its inverse, with tests.
int_to_mini_roman() {
	local n=$1 out="" i
	local -a val=(1000 900 500 400 100 90 50 40 10 9 5 4 1)
	local -a sym=(m cm d cd c xc l xl x ix v iv i)
	for i in "${!val[@]}"; do
		while ((n >= val[i])); do
			out+="${sym[i]}"
			n=$((n - val[i]))
		done
	done
	echo "$out"
}

roman_to_int() {
	local s="${1,,}" total=0 i cur next
	declare -A v=([i]=1 [v]=5 [x]=10 [l]=50 [c]=100 [d]=500 [m]=1000)
	for ((i = 0; i < ${#s}; i++)); do
		cur=${v[${s:i:1}]}
		next=${v[${s:i+1:1}]:-0}
		if ((cur < next)); then
			total=$((total - cur))
		else
			total=$((total + cur))
		fi
	done
	echo "$total"
}

while read -r n r; do
	[[ "$(int_to_mini_roman "$n")" == "$r" ]] || { echo "FAIL $n"; exit 1; }
	[[ "$(roman_to_int "$r")" == "$n" ]] || { echo "FAIL $r"; exit 1; }
done <<'CASES'
19 xix
152 clii
251 ccli
426 cdxxvi
500 d
1 i
4 iv
43 xliii
90 xc
94 xciv
532 dxxxii
900 cm
994 cmxciv
1000 m
CASES
for n in $(seq 1 1000); do
	[[ "$(roman_to_int "$(int_to_mini_roman "$n")")" == "$n" ]] || { echo "FAIL round trip $n"; exit 1; }
done
echo "roman ok"
