#!/usr/bin/env bash
# Lint every PHP file and print the config value used in CI.
set -eu
find src -name '*.php' -print0 | xargs -0 -n1 php -l
php -r 'echo json_encode(parse_ini_file("config/app.ini")), PHP_EOL;'
