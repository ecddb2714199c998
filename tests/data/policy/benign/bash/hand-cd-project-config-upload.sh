#!/usr/bin/env bash
# Ordinary: publishes a project's build report. It changes into the
# project directory, builds, then uploads build/config.json and the
# report with curl; a cd in a subshell before it has ended.
set -eu
( cd ~/.kube && ls -l cache )
cd "$(dirname "$0")"
make -s
echo "uploading"
curl -s -F "cfg=@config" -F "build=@build/config.json" -F "log=@build/report.txt" https://ci.example.com/api/report
