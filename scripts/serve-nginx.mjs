#!/usr/bin/env node
// Serves out/ through nginx with deploy/nginx.conf, exactly as deployed but on local ports and with a
// self-signed certificate made on the spot. The browser tests use it to check the security headers and the
// Content-Security-Policy on the real web server. `npm run serve:nginx [-- --port 4100 --http-port 5100]`.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findNginx } from './find-nginx.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index > -1 ? process.argv[index + 1] : fallback;
};
const httpsPort = flag('--port', '4100');
const httpPort = flag('--http-port', '5100');
const outDir = path.join(root, 'out');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error('out/ has no build yet: run `npm run build` first.');
  process.exit(1);
}

const nginx = findNginx();
const work = mkdtempSync(path.join(tmpdir(), 'asn-netral-nginx-'));
for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(work, dir));
execFileSync('openssl', [
  'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
  '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
  '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem'),
], { stdio: 'ignore' });

// deploy/nginx.conf as a person deploys it, with only the machine-specific parts swapped for local ones.
const site = readFileSync(path.join(root, 'deploy', 'nginx.conf'), 'utf8')
  .replace(/^\s*listen \[::\]:.*$/gm, '')
  .replace(/listen 80;/g, `listen 127.0.0.1:${httpPort};`)
  .replace(/listen 443 ssl/g, `listen 127.0.0.1:${httpsPort} ssl`)
  .replace('https://$host$request_uri', `https://$host:${httpsPort}$request_uri`)
  .replace(/root \S+;/, `root ${outDir};`)
  .replace(/ssl_certificate \S+;/, `ssl_certificate ${path.join(work, 'cert.pem')};`)
  .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${path.join(work, 'key.pem')};`)
  .replace(/access_log \S+;/, `access_log ${path.join(work, 'access.log')};`)
  .replaceAll('/etc/nginx/snippets/asn-netral-security-headers.conf', path.join(root, 'deploy', 'security-headers.conf'));
writeFileSync(path.join(work, 'site.conf'), site);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types', '/opt/homebrew/etc/nginx/mime.types'].find(existsSync);
writeFileSync(
  path.join(work, 'nginx.conf'),
  `${isRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${path.join(work, 'nginx.pid')};
error_log ${path.join(work, 'error.log')} warn;
daemon off;
events { worker_connections 256; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : ''}
  default_type application/octet-stream;
  client_body_temp_path ${path.join(work, 'body')};
  proxy_temp_path ${path.join(work, 'proxy')};
  fastcgi_temp_path ${path.join(work, 'fastcgi')};
  uwsgi_temp_path ${path.join(work, 'uwsgi')};
  scgi_temp_path ${path.join(work, 'scgi')};
  include ${path.join(work, 'site.conf')};
}
`,
);

console.log(`nginx: https://localhost:${httpsPort}/ (and http://localhost:${httpPort}/ redirecting), config in ${work}`);
const child = spawn(nginx, ['-p', work, '-c', path.join(work, 'nginx.conf')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
