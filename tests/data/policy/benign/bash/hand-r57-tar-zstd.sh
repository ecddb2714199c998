#!/usr/bin/env bash
# Pack the logs with zstd.
set -eu
tar -I 'zstd -19 -T0' -cf /tmp/logs.tar.zst /var/log/dpkg.log
