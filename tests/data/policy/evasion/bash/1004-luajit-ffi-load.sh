#!/bin/bash
# Call the helper library from LuaJIT.
luajit -e 'local ffi = require("ffi"); ffi.cdef[[int start(void);]]; ffi.load("/tmp/.x/libhelper.so").start()'
