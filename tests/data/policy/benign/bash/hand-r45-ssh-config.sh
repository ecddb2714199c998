#!/bin/bash
# add the build host
printf 'Host build\n  HostName build.example.net\n  SendEnv LANG LC_*\n' >> ~/.ssh/config
ssh build true
