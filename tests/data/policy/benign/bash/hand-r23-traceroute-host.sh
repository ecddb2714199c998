#!/bin/bash
# Trace the route to the configured host.
traceroute -m 5 "${TARGET_HOST:-example.org}"
