#!/usr/bin/env bash
# Register the build script and run it.
npm pkg set scripts.build='tsc -p .'
npm run build
