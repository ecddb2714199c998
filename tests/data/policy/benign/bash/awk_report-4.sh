#!/bin/bash
data='kappa:1 sigma:7 theta:1'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
