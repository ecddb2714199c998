#!/usr/bin/env bash
# HumanEval/111: letters with the highest count, filled into an associative array passed by name.
histogram() {
	local -n result="$1"
	local text="$2" word max=0
	local -A count=()
	result=()
	for word in $text; do
		count[$word]=$((${count[$word]:-0} + 1))
		((count[$word] > max)) && max=${count[$word]}
	done
	for word in "${!count[@]}"; do
		((count[$word] == max)) && result[$word]=$max
	done
	return 0
}

render() {
	local -n h="$1"
	local k
	for k in $(printf '%s\n' "${!h[@]}" | sort); do
		printf '%s:%s ' "$k" "${h[$k]}"
	done
	echo
}

expect() {
	local -A got
	histogram got "$1"
	local out
	out="$(render got)"
	if [[ "$out" != "$2" ]]; then
		echo "histogram('$1') = '$out', want '$2'" >&2
		exit 1
	fi
}

expect 'a b c' 'a:1 b:1 c:1 '
expect 'a b b a' 'a:2 b:2 '
expect 'a b c a b' 'a:2 b:2 '
expect 'b b b b a' 'b:4 '
expect 'r t g' 'g:1 r:1 t:1 '
expect '' ''
echo passed
