import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { deploySiteUrlProblem } from './site-url';

describe('deploySiteUrlProblem', () => {
  it('accepts a public address', () => {
    expect(deploySiteUrlProblem('https://netral.example.go.id')).toBeNull();
    expect(deploySiteUrlProblem('https://netral.example.go.id/')).toBeNull();
    expect(deploySiteUrlProblem('http://intranet.bkpsdm')).toBeNull();
  });

  it.each([undefined, '', '   '])('refuses an unset address (%j) and says what to run', (value) => {
    expect(deploySiteUrlProblem(value)).toMatch(/SITE_URL is not set.*SITE_URL=https:\/\/.* npm run build:deploy/);
  });

  it.each(['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://app.localhost'])('refuses %s as this computer', (value) => {
    expect(deploySiteUrlProblem(value)).toMatch(/points at this computer/);
  });

  it('refuses text that is not an address, other schemes and paths', () => {
    expect(deploySiteUrlProblem('netral.example.go.id')).toMatch(/not a web address/);
    expect(deploySiteUrlProblem('ftp://netral.example.go.id')).toMatch(/https:\/\//);
    expect(deploySiteUrlProblem('https://example.go.id/netral')).toMatch(/root address/);
  });
});

describe('npm run build:deploy', () => {
  it('stops before building when SITE_URL is unset, with the message', () => {
    const env = { ...process.env, SITE_URL: '' };
    const run = spawnSync('node', ['scripts/build.mjs', '--deploy'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Deployment build stopped: SITE_URL is not set');
    expect(run.stderr).toContain('Build step failed: Check SITE_URL for deployment');
  }, 60_000);
});
