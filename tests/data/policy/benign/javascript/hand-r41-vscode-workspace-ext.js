// Recommends extensions for the workspace.
const fs = require('fs');
const path = require('path');

const dir = path.join(process.cwd(), '.vscode');
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, 'extensions.json'),
  JSON.stringify({ recommendations: ['dbaeumer.vscode-eslint', 'esbenp.prettier-vscode'] }, null, 2));
