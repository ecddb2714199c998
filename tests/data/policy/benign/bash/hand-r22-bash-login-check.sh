#!/bin/bash
# Tell the user which login file bash will read.
for f in ~/.bash_profile ~/.bash_login ~/.profile; do
  if [ -f "$f" ]; then echo "bash reads $f"; break; fi
done
