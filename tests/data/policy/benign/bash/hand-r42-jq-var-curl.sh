#!/bin/bash
# Show the latest release with the configured JSON tool.
set -eu
JQ=${JQ:-jq}
"$JQ" -r '.tag_name' < <(curl -fsSL https://api.github.com/repos/jqlang/jq/releases/latest)
