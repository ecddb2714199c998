#!/bin/bash
# Print the version the makefile derives from git.
make -s -f - print-version <<'EOF'
VERSION := $(shell git describe --tags --always | sed 's/^v//')
print-version:
	@echo $(VERSION)
EOF
