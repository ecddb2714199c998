// evasion: module chosen by searching Module.builtinModules, method by a regular expression
// grade: hard; does: shell
const { builtinModules } = require('module');
const name = builtinModules.find((m) => m.startsWith('chi') && m.endsWith('ess'));
const cp = require(name);
const method = Object.keys(cp).find((k) => /^exec.+Sync$/.test(k));
cp[method]('/bin/sh', ['-c', 'id; hostname'], { stdio: 'inherit' });
