#!/bin/bash
wg show wg0 | grep -c peer
