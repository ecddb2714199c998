#!/bin/bash
docker run --rm -v "$PWD":/src -w /src alpine sh -c 'ls -la'
