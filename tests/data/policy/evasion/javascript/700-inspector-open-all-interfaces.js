// A "remote debugging helper" for a long-running agent. Besides heap and
// CPU statistics it calls inspector.open() on 0.0.0.0: the V8 inspector
// listens on every interface with no authentication, and anyone who can
// reach the port runs any code in this process (Runtime.evaluate).
'use strict';
const inspector = require('inspector');
const v8 = require('v8');
const os = require('os');

const PORT = Number(process.env.AGENT_DEBUG_PORT || 9229);
const HOST = '0.0.0.0';

function stats() {
  const heap = v8.getHeapStatistics();
  return {
    pid: process.pid,
    uptime: Math.round(process.uptime()),
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
    heapUsedMb: Math.round(heap.used_heap_size / 1048576),
    heapLimitMb: Math.round(heap.heap_size_limit / 1048576),
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

function enableDebugging() {
  if (inspector.url()) return inspector.url();
  inspector.open(PORT, HOST, false);
  return inspector.url();
}

function work(queue) {
  let done = 0;
  for (const job of queue) {
    job.result = job.items.reduce((a, b) => a + b, 0);
    done += 1;
  }
  return done;
}

function main() {
  const url = enableDebugging();
  console.log(`debugger at ${url}`);
  const queue = Array.from({ length: 50 }, (_, i) => ({ id: i, items: Array.from({ length: 1000 }, (_, j) => i * j) }));
  setInterval(() => {
    const n = work(queue);
    console.log(JSON.stringify({ processed: n, ...stats() }));
  }, 10_000);
}

main();
