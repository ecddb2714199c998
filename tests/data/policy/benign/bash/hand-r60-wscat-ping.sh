#!/usr/bin/env bash
# Check that the log viewer socket accepts connections.
set -eu
wscat -c wss://logs.example.net/stream -x '{"op":"ping"}' -w 2
