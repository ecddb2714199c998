#!/usr/bin/env bash
# Install the release helper as a command, then run it.
set -eu
deno install -g -A -f -n relhelp "https://deno.land/x/relhelp@1.0.3/cli.ts"
relhelp --notes CHANGELOG.md
