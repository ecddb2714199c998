#!/bin/bash
# Decode the build tag.
tag=$(basenc --base16 -d <<< 76312E32)
echo "tag: $tag"
