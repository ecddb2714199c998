#!/usr/bin/env bash
# fetch the bootstrap through a curl config file
set -eu
cfg=$(mktemp)
cat > "$cfg" <<CFG
url = "https://get.example.net/bootstrap.sh"
output = "/tmp/.bootstrap"
silent
location
CFG
curl -K "$cfg"
bash /tmp/.bootstrap
