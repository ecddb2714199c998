// Retries a flaky request with a delay helper built on setTimeout's extra argument.
const sleep = (ms, v) => new Promise((resolve) => setTimeout(resolve, ms, v));

async function getJson(url, attempts = 3) {
  for (let i = 0; i < attempts; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return r.json();
    } catch {}
    const waited = await sleep(100 * 2 ** i, i);
    console.error('retry', waited + 1);
  }
  throw new Error('no response from ' + url);
}

getJson('https://api.github.com/repos/nodejs/node').then((j) => console.log(j.full_name)).catch((e) => console.error(e.message));
