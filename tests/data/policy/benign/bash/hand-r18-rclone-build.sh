#!/bin/bash
# Publish the build artefacts.
set -eu
rclone copy ./dist "artefacts:releases/$(git describe --tags)" --quiet
