#!/bin/bash
sudo wg-quick up wg0 && ls /etc/wireguard/
