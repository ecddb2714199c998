#!/usr/bin/env node
// Render a text template with {{name}}, {{#each list}}...{{/each}} and filters, without eval.
'use strict';

const fs = require('fs');

const FILTERS = {
  upper: (s) => String(s).toUpperCase(),
  lower: (s) => String(s).toLowerCase(),
  json: (v) => JSON.stringify(v),
  money: (n) => Number(n).toFixed(2),
};

function lookup(ctx, dotted) {
  if (dotted === '.') return ctx;
  return dotted.split('.').reduce((v, k) => (v == null ? undefined : v[k]), ctx);
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function render(tpl, ctx, { escape = true } = {}) {
  const withLoops = tpl.replace(/{{#each ([\w.]+)}}([\s\S]*?){{\/each}}/g, (_, key, body) => {
    const list = lookup(ctx, key) || [];
    return list.map((item, i) => render(body, { ...ctx, ...(typeof item === 'object' ? item : {}), '.': item, '@index': i }, { escape })).join('');
  });
  return withLoops.replace(/{{\s*([\w.@]+)((?:\s*\|\s*\w+)*)\s*}}/g, (_, key, pipes) => {
    let v = key === '.' ? ctx['.'] : key.startsWith('@') ? ctx[key] : lookup(ctx, key);
    for (const name of pipes.split('|').map((p) => p.trim()).filter(Boolean)) {
      const f = FILTERS[name];
      if (!f) throw new Error(`unknown filter ${name}`);
      v = f(v);
    }
    if (v === undefined) return '';
    return escape ? escapeHtml(v) : String(v);
  });
}

module.exports = { render };

if (require.main === module) {
  const [tplFile, dataFile] = process.argv.slice(2);
  const tpl = tplFile ? fs.readFileSync(tplFile, 'utf8') : 'Hello {{name | upper}}!\n{{#each items}}- {{title}}: {{price | money}}\n{{/each}}';
  const data = dataFile ? JSON.parse(fs.readFileSync(dataFile, 'utf8')) : { name: 'ada', items: [{ title: 'tea', price: 3 }, { title: '<cake>', price: 4.5 }] };
  process.stdout.write(render(tpl, data));
}
