#!/usr/bin/env bash
# Check which of the usual ports are open on the test box.
nmap --script=banner -p 22,80,443 192.0.2.10
