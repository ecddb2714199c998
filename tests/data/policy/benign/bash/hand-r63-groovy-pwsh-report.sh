#!/usr/bin/env bash
# Summarise the build reports with the scripting languages the team uses.
set -eu
groovy -e 'def f = new File("build/reports/summary.txt"); println f.exists() ? f.readLines().size() : 0'
groovy -e 'def sql = groovy.sql.Sql.newInstance("jdbc:h2:mem:t"); sql.execute("create table t(x int)"); println "ok"'
pwsh -NoProfile -Command 'Get-Content build/reports/summary.txt | Measure-Object -Line'
bb -e '(println (count (line-seq (clojure.java.io/reader "build/reports/summary.txt"))))'
echo 'System.out.println(Runtime.version());' | jshell -q -
