#!/usr/bin/env bash
# Ordinary program: reports on Maven's local repository. It enters
# ~/.m2 on a line of its own and works on repository/ by relative paths
# (its size, snapshot directories older than 30 days); settings.xml is not
# read.
set -eu
[ -d "$HOME/.m2/repository" ] || { echo "no maven repository"; exit 0; }
cd "$HOME/.m2"
du -sh repository | tee -a prune.log
find repository -type d -name '*-SNAPSHOT' -mtime +30 -prune -print | tee -a prune.log | wc -l
echo "old snapshots listed in prune.log"
