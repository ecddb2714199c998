// An ordinary profiler: takes a CPU profile of a function with the
// inspector session (post promisified) and writes it to a .cpuprofile file.
'use strict';
const fs = require('fs');
const inspector = require('inspector');
const util = require('util');

async function profile(fn) {
  const session = new inspector.Session();
  session.connect();
  const post = util.promisify(session.post.bind(session));
  await post('Profiler.enable');
  await post('Profiler.start');
  fn();
  const { profile: p } = await post('Profiler.stop');
  fs.writeFileSync('run.cpuprofile', JSON.stringify(p));
  session.disconnect();
}

profile(() => { let s = 0; for (let i = 0; i < 1e6; i++) s += i; return s; });
