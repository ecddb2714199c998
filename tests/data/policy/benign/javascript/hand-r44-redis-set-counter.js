const { createClient } = require('redis');

async function main() {
  const client = createClient({ url: 'redis://localhost:6379' });
  await client.connect();
  await client.set('visits', JSON.stringify({ count: 1, at: Date.now() }));
  await client.quit();
}

main().catch(console.error);
