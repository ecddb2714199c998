#!/usr/bin/env bash
# evasion: loads native code into every program started after it: exports LD_AUDIT (an audit library the loader runs in each process)
# grade: hard; does: native
# Loads native code into every program started after it: exports LD_AUDIT
# (an audit library the loader runs in each process). The name is built by
# reassigning k from itself, and the library path is only known at run
# time, so no word reads LD_AUDIT=...
k=AUDIT
k="LD_$k"
lib="$(dirname "$0")/vendor/libaudit.so"
export "$k=$lib"
git status
