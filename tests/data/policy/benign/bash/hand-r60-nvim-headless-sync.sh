#!/usr/bin/env bash
# Update the editor plugins.
set -eu
nvim --headless "+Lazy! sync" +qa
