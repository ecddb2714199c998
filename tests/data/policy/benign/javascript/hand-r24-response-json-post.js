// Posts a small JSON status document as a stream body.
const status = { ok: true, version: "1.2.3", at: Date.now() };
fetch("https://status.example.net/ping", {
  method: "POST",
  body: Response.json(status).body,
  duplex: "half",
}).catch(() => {});
