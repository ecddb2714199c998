#!/bin/bash
# Show how files look from inside a user namespace.
unshare --user --map-root-user ls -ln "$PWD"
