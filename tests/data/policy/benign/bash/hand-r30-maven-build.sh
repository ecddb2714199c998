#!/bin/bash
set -e
mvn -q -B -DskipTests package
ls target/*.jar
