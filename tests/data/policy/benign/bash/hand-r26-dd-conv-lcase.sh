#!/bin/bash
# Normalise the host list to lower case.
dd if=hosts.txt of=hosts.lower conv=lcase status=none
sort -u hosts.lower
