#!/usr/bin/env bash
# cycpattern_check: true when any rotation of b is a substring of a.
# The rotations come from a helper that prints them, read back with mapfile.
rotations() {
	local w=$1 i
	for ((i = 0; i < ${#w}; i++)); do
		printf '%s\n' "${w:i}${w:0:i}"
	done
}

cycpattern_check() {
	local a=$1 b=$2 r
	local -a rots
	mapfile -t rots < <(rotations "$b")
	for r in "${rots[@]}"; do
		if [[ $a == *"$r"* ]]; then
			echo true
			return
		fi
	done
	echo false
}

declare -A cases=(
	["xyzw|xyw"]=false
	["yello|ell"]=true
	["whattup|ptut"]=false
	["efef|fee"]=true
	["abab|aabb"]=false
	["winemtt|tinem"]=true
)
fails=0
for k in "${!cases[@]}"; do
	got=$(cycpattern_check "${k%%|*}" "${k#*|}")
	if [[ $got != "${cases[$k]}" ]]; then
		echo "FAIL cycpattern_check(${k/|/, }) = $got, want ${cases[$k]}" >&2
		fails=$((fails + 1))
	fi
done
((fails == 0)) && echo ok
exit "$fails"
