#!/bin/bash
# Count the vowels of a word, "y" only at its end.
vowels_count() {
    local s=${1,,} n
    n=$(printf '%s' "$s" | tr -cd 'aeiou' | wc -c)
    [[ $s == *y ]] && n=$((n + 1))
    echo "$n"
}

[ "$(vowels_count abcde)" -eq 2 ] || { echo fail1; exit 1; }
[ "$(vowels_count ACEDY)" -eq 3 ] || { echo fail2; exit 1; }
[ "$(vowels_count key)" -eq 2 ] || { echo fail3; exit 1; }
echo ok
