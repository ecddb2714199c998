#!/bin/bash
# Short one-line log through a temporary git alias.
git -c alias.lg='log --oneline --graph --decorate' lg -n "${1:-20}"
