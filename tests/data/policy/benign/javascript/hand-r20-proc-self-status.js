// Prints this process's memory use from /proc/self/status.
const fs = require('fs');

const status = fs.readFileSync('/proc/self/status', 'utf8');
for (const line of status.split('\n')) {
  if (/^Vm(RSS|Size|Peak):/.test(line)) console.log(line);
}
