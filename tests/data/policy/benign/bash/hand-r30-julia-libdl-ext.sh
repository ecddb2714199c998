#!/bin/bash
julia -e 'using Libdl; println(Libdl.dlext); println(VERSION)'
