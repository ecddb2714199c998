const snap = new Response(JSON.stringify({ ok: true, ts: Date.now() }));
fetch("https://example.com/ping", { method: "POST", body: snap.body, duplex: "half" });
