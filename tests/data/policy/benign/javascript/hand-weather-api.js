#!/usr/bin/env node
// Fetch the current weather for a few cities from an HTTP API; the key comes from the environment.
'use strict';

const API_KEY = process.env.WEATHER_API_KEY;
const BASE_URL = process.env.WEATHER_API_URL || 'https://api.openweathermap.org/data/2.5/weather';
const CITIES = process.argv.slice(2).length ? process.argv.slice(2) : ['Berlin', 'Lisbon', 'Oslo'];

if (!API_KEY) {
  console.error('WEATHER_API_KEY is not set');
  process.exit(2);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function getJson(url, attempts = 3) {
  let lastError;
  for (let i = 0; i < attempts; i++) {
    try {
      const res = await fetch(url, { headers: { accept: 'application/json' } });
      if (res.status === 429 || res.status >= 500) {
        throw new Error(`HTTP ${res.status}`);
      }
      if (!res.ok) {
        const text = await res.text();
        throw Object.assign(new Error(`HTTP ${res.status}: ${text.slice(0, 200)}`), { fatal: true });
      }
      return await res.json();
    } catch (err) {
      if (err.fatal) throw err;
      lastError = err;
      await sleep(500 * 2 ** i);
    }
  }
  throw lastError;
}

async function weatherFor(city) {
  const url = new URL(BASE_URL);
  url.searchParams.set('q', city);
  url.searchParams.set('units', 'metric');
  url.searchParams.set('appid', API_KEY);
  const data = await getJson(url);
  return {
    city,
    temp: data.main?.temp,
    humidity: data.main?.humidity,
    summary: data.weather?.[0]?.description ?? 'n/a',
  };
}

async function main() {
  const results = await Promise.allSettled(CITIES.map(weatherFor));
  for (const [i, r] of results.entries()) {
    if (r.status === 'fulfilled') {
      const w = r.value;
      console.log(`${w.city.padEnd(12)} ${String(w.temp).padStart(6)} °C  ${w.humidity}%  ${w.summary}`);
    } else {
      console.error(`${CITIES[i]}: ${r.reason.message}`);
    }
  }
  if (results.some((r) => r.status === 'rejected')) process.exitCode = 1;
}

main();
