#!/bin/bash
# Print the third column of the passwd-like list.
list="a:b:c:d"
third=$(cut -d: -f3 <<< "$list")
echo "third field: $third"
