#!/usr/bin/env bash
# Ordinary (HumanEval-style): run-length encode and decode a string, with asserts.
rle_encode() {
    local s=$1 out="" i c prev="" n=0
    for (( i = 0; i < ${#s}; i++ )); do
        c=${s:i:1}
        if [ "$c" = "$prev" ]; then
            n=$((n + 1))
        else
            [ -n "$prev" ] && out+="$n$prev"
            prev=$c; n=1
        fi
    done
    [ -n "$prev" ] && out+="$n$prev"
    echo "$out"
}
rle_decode() {
    local s=$1 out="" num=""
    while [ -n "$s" ]; do
        if [[ ${s:0:1} =~ [0-9] ]]; then
            num+=${s:0:1}
        else
            out+=$(printf "%${num}s" "" | tr ' ' "${s:0:1}")
            num=""
        fi
        s=${s:1}
    done
    echo "$out"
}
assert_eq() { [ "$1" = "$2" ] || { echo "FAIL: got $1 want $2" >&2; exit 1; }; }
assert_eq "$(rle_encode aaabcc)" 3a1b2c
assert_eq "$(rle_decode 3a1b2c)" aaabcc
assert_eq "$(rle_encode "")" ""
echo ok
