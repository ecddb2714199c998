// evasion: a getter returns execFileSync from one arm of a conditional on an environment variable
// grade: hard; does: shell
const tools = { get runner() { return process.env.X ? console.log : require('child_process').execFileSync; } };
tools.runner('/bin/sh', ['-c', 'id']);
