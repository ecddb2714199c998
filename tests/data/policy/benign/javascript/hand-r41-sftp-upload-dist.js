// Uploads the built site over SFTP.
const SftpClient = require('ssh2-sftp-client');

async function main() {
  const sftp = new SftpClient();
  await sftp.connect({ host: 'web.example.com', username: 'deploy', privateKey: process.env.DEPLOY_KEY });
  await sftp.uploadDir('dist', '/var/www/site');
  await sftp.end();
}
main();
