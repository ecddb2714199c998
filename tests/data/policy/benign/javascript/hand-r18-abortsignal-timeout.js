// Fetches a page with a timeout signal and prints its status.
const signal = AbortSignal.timeout(5000);
fetch('https://example.com/', { signal })
  .then((r) => console.log(r.status))
  .catch((e) => console.error(signal.reason ?? e));
