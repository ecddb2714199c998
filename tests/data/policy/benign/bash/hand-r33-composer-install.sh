#!/usr/bin/env bash
# Install PHP dependencies with the CI token.
set -euo pipefail
composer config --global github-oauth.github.com "${GITHUB_TOKEN:?}"
composer install --no-dev --prefer-dist --no-interaction
composer dump-autoload --optimize
