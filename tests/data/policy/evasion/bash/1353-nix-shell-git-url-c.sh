#!/usr/bin/env bash
# Sync the release notes with the team's tool, pinned to its repository.
set -eu
nix shell "git+https://git.relkit.dev/tools.git?ref=main#notes" --command notes sync
