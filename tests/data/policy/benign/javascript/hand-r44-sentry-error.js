const Sentry = require('@sentry/node');

Sentry.init({ dsn: process.env.SENTRY_DSN, environment: process.env.NODE_ENV });
try {
  JSON.parse('{');
} catch (e) {
  Sentry.captureException(e);
}
