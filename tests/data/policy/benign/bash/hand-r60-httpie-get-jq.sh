#!/usr/bin/env bash
# Show the latest release tag.
set -eu
http --body GET https://api.github.com/repos/jqlang/jq/releases/latest | jq -r .tag_name
