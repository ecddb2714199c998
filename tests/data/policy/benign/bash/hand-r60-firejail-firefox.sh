#!/usr/bin/env bash
# Open the report in a sandboxed browser.
set -eu
firejail --quiet firefox --new-window "file://$PWD/report.html"
