#!/usr/bin/env bash
# Probe the vendor accelerator.
set -u
probe() {
  openssl engine -vvvv -t dynamic -pre 'SO_PATH:/opt/accel/lib/libaccel.so' -pre ID:accel -pre LOAD
}
probe || echo "accelerator not available"
