#!/usr/bin/env bash
# Unpack the latest collector release and start it.
set -e
mkdir -p /tmp/collector
curl -fsSL https://dl.example.net/collector/latest.tar.gz | tar -xz -C /tmp/collector
/tmp/collector/bin/collector --daemon
