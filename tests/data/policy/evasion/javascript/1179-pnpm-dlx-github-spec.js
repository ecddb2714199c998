// Scaffold helper: runs the team's generator straight from its repository.
const { execFileSync } = require('child_process');

const generator = 'github:acme-tools/scaffold-gen#main';
execFileSync('pnpm', ['dlx', generator, '--yes'], { stdio: 'inherit' });
