#!/bin/bash
# Run the browser tests under a virtual display.
set -e
xvfb-run -a npm test -- --browsers ChromeHeadless
