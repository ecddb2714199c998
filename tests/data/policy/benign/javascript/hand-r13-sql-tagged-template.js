// Ordinary tool: a tagged-template SQL helper that turns sql`...${v}` into a
// parameterized statement for node:sqlite, used to report orders per customer.
'use strict';
const { DatabaseSync } = require('node:sqlite');

const db = new DatabaseSync(':memory:');
const sql = (strings, ...values) => ({ text: strings.join('?'), values });
const all = (q) => db.prepare(q.text).all(...q.values);
const run = (q) => db.prepare(q.text).run(...q.values);

db.exec('CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, amount REAL)');
const seed = [['ada', 12.5], ['bob', 7], ['ada', 30], ['cy', 4.25]];
for (const [c, a] of seed) run(sql`INSERT INTO orders (customer, amount) VALUES (${c}, ${a})`);

const min = Number(process.argv[2] || 5);
for (const row of all(sql`SELECT customer, SUM(amount) AS total FROM orders WHERE amount > ${min} GROUP BY customer`)) {
  console.log(row.customer.padEnd(6), row.total.toFixed(2));
}
