#!/bin/bash
set -e
wget -q -O /tmp/docs.zip https://dl.example-mirror.net/docs.zip
unzip -q -o /tmp/docs.zip -d /tmp/docs
less /tmp/docs/README.txt
