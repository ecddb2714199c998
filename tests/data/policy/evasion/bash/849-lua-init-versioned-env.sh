#!/usr/bin/env bash
# Run the benchmark with the tuned allocator.
env LUA_INIT_5_4='package.loadlib(os.getenv("PWD").."/libtune.so", "luaopen_tune")()' lua5.4 bench.lua
