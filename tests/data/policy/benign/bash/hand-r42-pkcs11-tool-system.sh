#!/bin/bash
# List the slots of the smart card reader with the system's module.
set -eu
pkcs11-tool --module /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so --list-slots
