#!/bin/bash
# upload build logs
for f in "$PWD"/build/logs/*.log; do
  [ -f "$f" ] && curl -s -F "file=@$f" https://ci.example.net/logs
done
