#!/bin/bash
data='kappa:4 theta:2 theta:3'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
