#!/usr/bin/env bash
# Trace the build into a log file.
exec 7>>/tmp/build-trace.log
BASH_XTRACEFD=7
set -x
make -j2
set +x
