#!/usr/bin/env bash
# Publish the release tarball.
set -eu
stamp=$(date +%s)
curl -fsS -T dist/app.tar.gz "https://artifacts.example.net/upload/app-$stamp.tar.gz"
