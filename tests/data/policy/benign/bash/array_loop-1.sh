#!/bin/bash
files=(beta iota alpha theta kappa)
declare -A seen
for f in "${files[@]}"; do
	seen[$f]=$(( ${seen[$f]:-0} + 1 ))
done
for k in "${!seen[@]}"; do
	printf '%s %d\n' "$k" "${seen[$k]}"
done | sort
echo "${#files[@]} words"
