#!/usr/bin/env bash
# Name the archive after the current directory.
set -e
name=${PWD##*/}
git archive --format=tar.gz -o "../$name.tar.gz" HEAD
echo "wrote ../$name.tar.gz"
