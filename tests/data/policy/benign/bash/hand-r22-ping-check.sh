#!/bin/bash
# Check that the gateway answers.
ping -c 3 -W 1 192.168.1.1 >/dev/null && echo up || echo down
