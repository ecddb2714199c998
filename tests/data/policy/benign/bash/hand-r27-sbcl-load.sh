#!/bin/bash
sbcl --non-interactive --load build.lisp --eval '(build:main)'
