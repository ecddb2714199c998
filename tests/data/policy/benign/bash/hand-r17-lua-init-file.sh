#!/usr/bin/env bash
# Load the project's Lua settings before the tests.
export LUA_INIT="@$PWD/tests/init.lua"
lua5.4 tests/run.lua
