#!/bin/bash
shopt -s dotglob
rm -rf /home/"$USER"/*
