#!/bin/bash
# Write the small favicon embedded below to the static directory.
set -eu
mkdir -p static
base64 -d <<'B64' > static/favicon.ico
AAABAAEAAQEAAAEAIAAwAAAAFgAAACgAAAABAAAAAgAAAAEAIAAAAAAABAAAAAAAAAAAAAAAAAAAAAAAAAD/AAD/AAAAAA==
B64
ls -l static/favicon.ico
