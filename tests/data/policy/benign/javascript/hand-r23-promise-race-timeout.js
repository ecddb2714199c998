// Fetches the status page, giving up after two seconds.
const timeout = new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 2000));
Promise.race([fetch('https://status.example.com/api'), timeout])
  .then((r) => r.json())
  .then((s) => console.log(s.indicator))
  .catch((e) => console.error(e.message));
