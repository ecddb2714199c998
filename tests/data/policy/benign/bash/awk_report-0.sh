#!/bin/bash
data='eta:1 alpha:7 sigma:2 eta:9 alpha:1 sigma:2 theta:9'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
