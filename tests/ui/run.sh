#!/usr/bin/env bash
# The approval page of `airlock serve` in a real browser: headless Chromium
# and ChromeDriver from Debian, driven by tests/ui/browser_test.py.
#   tests/ui/run.sh [BUILD_DIR]
# Exit 0: passed; 1: a check failed; 77: skipped, because Chromium is not
# installed and cannot be installed here (not root, or no package source).
set -u
build=${1:-build}
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
chromium=${CHROMIUM:-/usr/bin/chromium}
chromedriver=${CHROMEDRIVER:-/usr/bin/chromedriver}
have() { [ -x "$chromium" ] && [ -x "$chromedriver" ]; }
if ! have && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "ui: installing chromium and chromium-driver (Debian packages)"
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq --no-install-recommends chromium chromium-driver >/dev/null 2>&1 ||
		{ apt-get update -qq && apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver >/dev/null; }
fi
if ! have; then
	echo "ui: SKIPPED: $chromium and $chromedriver are missing and could not be installed" \
		"(as root: apt-get install chromium chromium-driver)"
	exit 77
fi
exec python3 tests/ui/browser_test.py "$build"
