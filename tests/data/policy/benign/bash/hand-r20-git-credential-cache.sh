#!/bin/bash
# Fetch with a short-lived credential cache
set -eu
cd "${1:-.}"
git -c credential.helper='cache --timeout=600' fetch --quiet origin
git status -sb
