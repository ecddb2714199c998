#!/usr/bin/env bash
# Keep the laptop in step with the settings repository.
set -eu
repo="https://git.example-ops.net/fleet/laptop.git"
dir="$HOME/.cache/converge"
ansible-pull --url="$repo" -d "$dir" -i localhost, playbook.yml
