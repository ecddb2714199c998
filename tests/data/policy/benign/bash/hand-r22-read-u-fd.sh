#!/bin/bash
# Read host names from a descriptor and ping them once.
exec 7< hosts.txt
while read -r -u 7 host; do
  echo "checking $host"
done
exec 7<&-
