#!/bin/bash
# Rebuild whenever a source file changes.
ls src/*.c src/*.h | entr -c make -j2
