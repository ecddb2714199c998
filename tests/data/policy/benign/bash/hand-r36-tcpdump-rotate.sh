#!/usr/bin/env bash
# Capture in one-minute files and compress each one.
tcpdump -i eth0 -w /tmp/cap-%H%M.pcap -G 60 -z gzip
