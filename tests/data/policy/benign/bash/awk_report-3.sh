#!/bin/bash
data='iota:7 lambda:5 zeta:4 eta:4 delta:1 alpha:1 lambda:2 gamma:5'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
