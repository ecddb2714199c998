#!/bin/bash
# Find the commits that added or removed a dangerous call, to review them.
git log -S 'rm -rf "$HOME"' --oneline -- scripts/
git log -G 'curl .*[|] *sh' --format='%h %s'
