// Print the host entries of a project's sample ssh configuration.
const fs = require('fs');

const text = fs.readFileSync('docs/ssh_config.sample', 'utf8');
for (const line of text.split('\n')) if (/^Host\s/.test(line)) console.log(line);
