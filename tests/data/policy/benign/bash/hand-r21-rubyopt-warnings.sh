#!/bin/bash
# Run the test suite with Ruby warnings on
set -u
RUBYOPT="-W:deprecated" bundle exec rake test
