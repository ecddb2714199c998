#!/usr/bin/env bash
# Remove build output before a clean build.
set -e
node -e 'require("fs").rmSync("dist",{recursive:true,force:true})'
npm run build
