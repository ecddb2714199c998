// Writes a logout note into the project log.
const { appendFile } = require('fs/promises');

async function main() {
  await appendFile('./session.log', `logout ${new Date().toISOString()}\n`);
  console.log('noted');
}
main();
