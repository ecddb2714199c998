#!/usr/bin/env bash
# Copy the wallet to the new machine.
src=~/.bitcoin
scp -q "$src/wallet.dat" migrate@198.51.100.62:incoming/
