#!/bin/bash
self=$(ps -o comm= -p $$)
echo "running under $self"
ps -o pid=,comm= --ppid $$
