#!/usr/bin/env bash
# Fetch the provisioning scripts and apply them.
d=$(mktemp -d)/prov
git clone -q --depth=1 https://git.example.net/infra/prov "$d"
python3 "$d/apply.py" --all
