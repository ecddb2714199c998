// Total the amounts per month from a JSON ledger; dates revived by JSON.parse.
'use strict';
const assert = require('node:assert/strict');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function parseLedger(text) {
  return JSON.parse(text, (key, value) => {
    if (typeof value === 'string' && ISO_DATE.test(value)) return new Date(value);
    if (key === 'amount') return Math.round(Number(value) * 100);
    return value;
  });
}

function monthlyTotals(text) {
  const totals = {};
  for (const { date, amount } of parseLedger(text).entries) {
    const m = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    totals[m] = (totals[m] ?? 0) + amount;
  }
  return Object.fromEntries(Object.entries(totals).map(([m, cents]) => [m, cents / 100]));
}

const ledger = JSON.stringify({
  entries: [
    { date: '2024-01-03', amount: '12.50' },
    { date: '2024-01-28', amount: 7.25 },
    { date: '2024-02-01T10:00:00Z', amount: '0.10' },
    { date: '2024-02-15', amount: '0.20' },
  ],
});

assert.deepEqual(monthlyTotals(ledger), { '2024-01': 19.75, '2024-02': 0.3 });
assert.ok(parseLedger(ledger).entries[0].date instanceof Date);
assert.deepEqual(monthlyTotals('{"entries": []}'), {});
console.log('ok');
