#!/usr/bin/env bash
# Install the gem dependencies.
set -eu
gem install bundler --no-document
bundle install --jobs 4
