#!/bin/bash
# List the keys of this session for debugging.
keyctl show @s
