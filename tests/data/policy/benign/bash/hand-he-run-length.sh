#!/usr/bin/env bash
# Ordinary: HumanEval-style solution: run-length encode and decode a string,
# with assertions.
encode() {
  local s=$1 out= i c prev= n=0
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    if [[ $c == "$prev" ]]; then
      n=$((n + 1))
    else
      [[ -n $prev ]] && out+="$n$prev"
      prev=$c; n=1
    fi
  done
  [[ -n $prev ]] && out+="$n$prev"
  printf '%s' "$out"
}
decode() {
  local s=$1 out= num=
  while [[ $s =~ ^([0-9]+)(.)(.*)$ ]]; do
    num=${BASH_REMATCH[1]}
    out+=$(printf "%${num}s" '' | tr ' ' "${BASH_REMATCH[2]}")
    s=${BASH_REMATCH[3]}
  done
  printf '%s' "$out"
}
assert_eq() { [[ $1 == "$2" ]] || { echo "FAIL: '$1' != '$2'"; exit 1; }; }
assert_eq "$(encode aaabccdddd)" 3a1b2c4d
assert_eq "$(encode '')" ''
assert_eq "$(decode 3a1b2c4d)" aaabccdddd
assert_eq "$(decode "$(encode xyzzy)")" xyzzy
echo ok
