// Finds nginx for the browser tests that check the deployed configuration (deploy/nginx.conf), installing it
// as root on Debian/Ubuntu when missing, or saying exactly what to run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx', '/usr/bin/nginx'];
const installed = () => process.env.NGINX_PATH || candidates.find((candidate) => existsSync(candidate));

export function findNginx() {
  const found = installed();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.error('nginx is missing: trying `apt-get install -y nginx-light`…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const now = installed();
    if (now) return now;
  }
  throw new Error('nginx is needed for the security tests. Install it (Debian/Ubuntu: `sudo apt-get install -y nginx-light`, macOS: `brew install nginx`) or set NGINX_PATH.');
}
