#!/bin/bash
# Restart the print service after changing its config.
pkexec systemctl restart cups.service
