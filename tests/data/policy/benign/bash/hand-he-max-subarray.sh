#!/usr/bin/env bash
# Ordinary (HumanEval-style): min_sub_array_sum NUMS... -- smallest sum of
# a non-empty contiguous sub-array (Kadane); with asserts.
min_sub_array_sum() {
  local best=$1 cur=$1 x
  shift
  for x in "$@"; do
    (( cur = cur + x < x ? cur + x : x ))
    (( best = cur < best ? cur : best ))
  done
  echo "$best"
}
[[ $(min_sub_array_sum 2 3 4 1 2 4) == 1 ]] || exit 1
[[ $(min_sub_array_sum -1 -2 -3) == -6 ]] || exit 1
[[ $(min_sub_array_sum -1 -2 -3 2 -10) == -14 ]] || exit 1
[[ $(min_sub_array_sum 7) == 7 ]] || exit 1
echo ok
