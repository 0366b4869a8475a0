import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicyText, headersFile, nginxHeaderLines, securityHeaders } from './security-policy';

describe('the security policy', () => {
  it('is strict: only our own scripts, no inline script, no eval, no plugins, no framing', () => {
    const policy = contentSecurityPolicyText();
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
  });

  it('leaves out of the meta policy what browsers ignore there', () => {
    expect(contentSecurityPolicyText({ forMeta: true })).not.toContain('frame-ancestors');
  });

  it('is what deploy/security-headers.conf sends on nginx, line for line', () => {
    const snippet = readFileSync('deploy/security-headers.conf', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('add_header'));
    expect(snippet).toEqual(nginxHeaderLines());
  });

  it('is what deploy/nginx.conf includes in every location', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    const locations = conf.match(/location [^{]+\{[^}]*\}/g) ?? [];
    expect(locations.length).toBeGreaterThan(3);
    for (const location of locations) expect(location).toContain('include /etc/nginx/snippets/asn-netral-security-headers.conf;');
    expect(conf).toMatch(/return 301 https:\/\/\$host\$request_uri;/);
  });

  it('is what `npm start` serves locally (serve.json)', () => {
    const serve = JSON.parse(readFileSync('serve.json', 'utf8')) as { headers: { source: string; headers: { key: string; value: string }[] }[] };
    const everywhere = serve.headers.find((entry) => entry.source === '**');
    expect(everywhere?.headers.map(({ key, value }) => [key, value])).toEqual(securityHeaders.map(([name, value]) => [name, value]));
  });

  it('writes a _headers file for hosts that read one', () => {
    const file = headersFile();
    expect(file.startsWith('/*\n')).toBe(true);
    for (const [name, value] of securityHeaders) expect(file).toContain(`  ${name}: ${value}\n`);
  });
});
