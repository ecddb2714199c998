#!/bin/bash
data='beta:7 gamma:6 alpha:1 delta:6 theta:1'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
