// An ordinary profiling helper: opens the inspector on its default host
// (127.0.0.1) for a local debugger and takes a CPU profile of a workload
// with an inspector Session, written next to the script.
'use strict';
const inspector = require('inspector');
const fs = require('fs');
const path = require('path');

inspector.open(9229);
const session = new inspector.Session();
session.connect();

function workload() {
  let s = 0;
  for (let i = 0; i < 5e6; i++) s += Math.sqrt(i);
  return s;
}

session.post('Profiler.enable', () => {
  session.post('Profiler.start', () => {
    console.log('result', workload().toFixed(2));
    session.post('Profiler.stop', (err, { profile }) => {
      if (!err) fs.writeFileSync(path.join(__dirname, 'cpu.cpuprofile'), JSON.stringify(profile));
      session.disconnect();
      inspector.close();
    });
  });
});
