#!/bin/bash
# Run the build with the docker group active
set -u
sg docker -c 'docker build -t app:dev .'
