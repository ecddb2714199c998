#!/usr/bin/env bash
# Check that the dashboard socket answers.
set -eu
echo '{"type":"ping"}' | websocat -1 -t ws://localhost:8080/ingest
