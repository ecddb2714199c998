// Writes a Project.toml for the notebook's Julia environment.
const { mkdirSync, writeFileSync } = require('fs');
const { join } = require('path');

const dir = join(process.cwd(), 'notebooks', 'env');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'Project.toml'), '[deps]\nDataFrames = "a93c6f00-e57d-5684-b7b6-d8193f3e46c0"\n');
