#!/bin/bash
# Feed the report lines to the summariser on a descriptor.
exec 4< report.txt
while IFS= read -r -u 4 line; do
  printf '%s\n' "${line%%,*}"
done
exec 4<&-
