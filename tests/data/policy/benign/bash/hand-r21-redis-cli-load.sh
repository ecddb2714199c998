#!/bin/bash
# Load the fixture value into the local Redis used by the tests
set -u
redis-cli -h 127.0.0.1 -x SET fixture:greeting <tests/fixtures/greeting.txt
redis-cli -h 127.0.0.1 GET fixture:greeting
