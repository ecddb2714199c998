// Ordinary data tool: filters JSON-lines records with boolean expressions
// from the project's rules.json ("status >= 500 && path.startsWith('/api')"),
// each evaluated in a fresh vm context holding only the record, with a timeout.
'use strict';

const vm = require('vm');
const fs = require('fs');
const readline = require('readline');

const rules = JSON.parse(fs.readFileSync('rules.json', 'utf8'));
const compiled = rules.map((r) => ({ name: r.name, script: new vm.Script(`(${r.when})`) }));

async function main(file) {
  const counts = Object.fromEntries(compiled.map((r) => [r.name, 0]));
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line);
    for (const r of compiled) {
      const ctx = vm.createContext({ ...rec });
      if (r.script.runInContext(ctx, { timeout: 50 })) counts[r.name]++;
    }
  }
  console.table(counts);
}

main(process.argv[2] || 'access.jsonl').catch((e) => {
  console.error(e.message);
  process.exitCode = 1;
});
