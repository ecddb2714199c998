#!/usr/bin/env bash
# Check that traffic leaves through the proxy.
torsocks curl -s https://check.torproject.org/api/ip
