// A dedent template tag: strip the common indentation of a multi-line template literal.
'use strict';
const assert = require('node:assert/strict');

function dedent(strings, ...values) {
  const raw = strings.raw.reduce((acc, s, i) => acc + s + (i < values.length ? String(values[i]) : ''), '');
  const lines = raw.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n');
}

function renderList(title, items) {
  return dedent`
    ${title}
      ${items.length} item(s)
    done
  `;
}

assert.equal(
  dedent`
    a
      b
    c
  `,
  'a\n  b\nc',
);
assert.equal(renderList('Fruits', ['apple', 'pear']), 'Fruits\n  2 item(s)\ndone');
assert.equal(dedent`single`, 'single');
assert.equal(dedent`
    x = ${1 + 1}
  `, 'x = 2');
console.log('ok');
