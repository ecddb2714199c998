#!/bin/bash
prlimit --nofile=4096 make -j4
