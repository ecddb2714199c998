#!/usr/bin/env bash
# Upload the test report and the build configuration to the CI dashboard.
set -eu
cd "${BUILD_DIR:-build}"
curl -fsS -F "report=@junit.xml;type=application/xml" -F "config=@config;type=text/plain" \
  -F "commit=$(git rev-parse HEAD)" https://ci.example.org/api/reports
