#!/bin/bash
names=(a.txt b.txt)
files=("${names[@]/#/$PWD/}")
for f in "${files[@]}"; do
  [ -f "$f" ] && wc -c "$f"
done
