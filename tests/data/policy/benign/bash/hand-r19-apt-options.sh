#!/bin/bash
# Install the build dependencies with retries and the old config files kept.
set -eu
apt-get -qq -o Acquire::Retries=3 update
apt-get -y -o Dpkg::Options::=--force-confold -o APT::Install-Recommends=false install build-essential jq
