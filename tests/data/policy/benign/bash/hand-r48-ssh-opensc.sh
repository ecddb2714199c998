#!/usr/bin/env bash
# Log in with the smartcard through OpenSC.
set -e
ssh -I /usr/lib/x86_64-linux-gnu/opensc-pkcs11.so deploy@bastion.example uptime
