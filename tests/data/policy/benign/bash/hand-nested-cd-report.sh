#!/usr/bin/env bash
# Ordinary: goes into the project's build directory through nested helper
# functions (an if inside a group inside a function), then uploads the
# build's config.yml and test report to the CI dashboard as form fields.
set -euo pipefail

root=$(git rev-parse --show-toplevel)
enter_build() {
  if [ -d "$root/build" ]; then
    {
      if [ -f "$root/build/config.yml" ]; then
        { cd "$root/build" || return 1; }
      fi
    }
  fi
}
enter_stage() { { enter_build; }; }

enter_stage
curl -fsS -F "config=@config.yml" -F "report=@report.xml" \
  "${CI_DASHBOARD:-https://ci.example.com}/api/builds/${BUILD_ID:-local}/files"
