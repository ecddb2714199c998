const { Client } = require('pg');

async function main() {
  const db = new Client({ connectionString: process.env.DATABASE_URL });
  await db.connect();
  await db.query('INSERT INTO runs(payload) VALUES ($1)', [JSON.stringify({ ok: true })]);
  await db.end();
}

main();
