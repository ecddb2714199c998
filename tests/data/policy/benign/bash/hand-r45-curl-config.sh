#!/bin/bash
# fetch the release notes with shared curl settings
curl -s -K - <<'CFG'
url = "https://cdn.example.net/NOTES.txt"
output = "NOTES.txt"
silent
CFG
less NOTES.txt
