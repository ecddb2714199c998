#!/bin/bash
data='iota:7 eta:9 omega:2'
echo "$data" | tr ' ' '\n' | awk -F: '{ sum[$1] += $2 } END { for (k in sum) print k, sum[k] }' | sort
echo "$data" | wc -w
