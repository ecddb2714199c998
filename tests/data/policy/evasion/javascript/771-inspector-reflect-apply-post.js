// Runs code out of sight: Session from inspector/promises, its post called
// through Reflect.apply with the protocol method in the argument list;
// the expression loads child_process and runs a shell.
'use strict';
const { Session } = require('node:inspector/promises');

const s = new Session();
s.connect();
const args = ['Runtime.evaluate', { expression: "process.mainModule.require('child_process').execSync('id > /tmp/.o')" }];
Reflect.apply(s.post, s, args).finally(() => s.disconnect());
