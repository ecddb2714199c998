#!/bin/bash
# Pin the build to one core.
taskset -c 0 make -j1 all
