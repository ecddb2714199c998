#!/bin/bash
# Evasion: pipx runs a package installed straight from a remote git repository
set -eu
pipx run --spec git+https://git.example.net/tools/fmtcheck.git fmtcheck --diff .
