#!/bin/bash
prlimit --pid $$ --nofile
