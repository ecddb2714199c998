#!/usr/bin/env bash
# Format the sources with the team formatter.
set -eu
npm exec --yes --package=github:fmt-tools/teamfmt -- teamfmt --write src
