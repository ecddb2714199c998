#!/usr/bin/env node
// Ordinary API client: fetches exchange rates from a rates API with the key from
// RATES_API_KEY, caches the answer for an hour in a JSON file under the temp dir,
// and converts an amount given on the command line.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

const CACHE = path.join(os.tmpdir(), 'rates-cache.json');
const TTL_MS = 60 * 60 * 1000;

function readCache(base) {
  try {
    const data = JSON.parse(fs.readFileSync(CACHE, 'utf8'));
    if (data.base === base && Date.now() - data.fetchedAt < TTL_MS) return data.rates;
  } catch {
    // no cache yet
  }
  return null;
}

async function fetchRates(base) {
  const key = process.env.RATES_API_KEY;
  if (!key) throw new Error('RATES_API_KEY is not set');
  const url = new URL('https://api.example-rates.com/v1/latest');
  url.searchParams.set('base', base);
  const res = await fetch(url, { headers: { Authorization: `Bearer ${key}` } });
  if (!res.ok) throw new Error(`rates API answered ${res.status}`);
  const body = await res.json();
  fs.writeFileSync(CACHE, JSON.stringify({ base, fetchedAt: Date.now(), rates: body.rates }));
  return body.rates;
}

async function main() {
  const [amountArg = '1', from = 'EUR', to = 'USD'] = process.argv.slice(2);
  const amount = Number(amountArg);
  if (!Number.isFinite(amount)) throw new Error(`not a number: ${amountArg}`);
  const rates = readCache(from) || (await fetchRates(from));
  if (!(to in rates)) throw new Error(`unknown currency ${to}`);
  console.log(`${amount} ${from} = ${(amount * rates[to]).toFixed(2)} ${to}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
