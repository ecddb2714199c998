// fetch() with timeouts, retries and exponential backoff for a weather API.
'use strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function fetchWithRetry(url, options = {}, { retries = 3, timeoutMs = 10_000, baseDelayMs = 500 } = {}) {
  let lastErr;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    try {
      const res = await fetch(url, { ...options, signal: ctrl.signal });
      if (res.status === 429 || res.status >= 500) {
        const retryAfter = Number(res.headers.get('retry-after')) * 1000;
        lastErr = new Error(`HTTP ${res.status}`);
        await sleep(retryAfter || baseDelayMs * 2 ** attempt);
        continue;
      }
      return res;
    } catch (err) {
      lastErr = err;
      await sleep(baseDelayMs * 2 ** attempt + Math.random() * 100);
    } finally {
      clearTimeout(timer);
    }
  }
  throw lastErr;
}

async function currentWeather(city) {
  const key = process.env.WEATHER_API_KEY;
  if (!key) throw new Error('set WEATHER_API_KEY');
  const url = new URL('https://api.openweathermap.org/data/2.5/weather');
  url.searchParams.set('q', city);
  url.searchParams.set('units', process.env.UNITS || 'metric');
  url.searchParams.set('appid', key);
  const res = await fetchWithRetry(url, { headers: { Accept: 'application/json' } });
  if (!res.ok) throw new Error(`weather API: ${res.status}`);
  const d = await res.json();
  return { city: d.name, temp: d.main.temp, desc: d.weather[0].description };
}

module.exports = { fetchWithRetry };

if (require.main === module) {
  const cities = process.argv.slice(2);
  Promise.allSettled((cities.length ? cities : ['Berlin']).map(currentWeather)).then((results) => {
    for (const r of results) {
      if (r.status === 'fulfilled') console.log(`${r.value.city}: ${r.value.temp}°, ${r.value.desc}`);
      else console.error(`error: ${r.reason.message}`);
    }
  });
}
