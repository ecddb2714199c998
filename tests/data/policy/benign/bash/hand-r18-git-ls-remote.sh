#!/bin/bash
# List the remote's branches.
set -eu
remote="${1:-origin}"
git ls-remote --heads --upload-pack="git-upload-pack" "$remote"
