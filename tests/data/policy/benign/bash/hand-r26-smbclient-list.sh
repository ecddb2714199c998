#!/bin/bash
# List the shares on the file server.
smbclient -L //files.example.net -N
