#!/bin/bash
# Print the readme of a release archive without unpacking it.
unzip -p release.zip README.md | less
