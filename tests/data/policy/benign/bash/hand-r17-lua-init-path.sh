#!/usr/bin/env bash
# Run the tests with the local module path.
LUA_INIT='package.path = "./src/?.lua;" .. package.path' lua5.4 tests/run.lua
