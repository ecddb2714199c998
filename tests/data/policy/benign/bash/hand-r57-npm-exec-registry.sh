#!/usr/bin/env bash
# Format the sources with prettier from the registry.
set -eu
npm exec --yes --package=prettier@3 -- prettier --write src
