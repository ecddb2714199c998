// Reads its port and log level from the environment through a dynamic import of node:process.
import('node:process').then(({ env, argv }) => {
  const port = Number(env.PORT || 8080);
  const level = env.LOG_LEVEL || 'info';
  console.log(`would listen on ${port} at ${level}; args: ${argv.slice(2).join(' ')}`);
});
