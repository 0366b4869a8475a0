import { describe, expect, it } from 'vitest';
import { externalizeInlineScripts, inlineScriptsIn, inlineStylesIn, withMetaPolicy } from './no-inline-scripts';

const page = `<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script id="_R_">boot()</script><script type="application/json" id="props">{"a":1}</script><script>self.__next_f=[]</script></body></html>`;

describe('moving inline scripts into files', () => {
  it('moves every executable inline script, in place and in order, keeping its attributes', () => {
    const { html, scripts } = externalizeInlineScripts(page);
    expect(scripts.map((script) => script.code)).toEqual(['self.__next_f=[]', 'boot()', 'self.__next_f=[]']);
    expect(scripts[0]?.path).toBe(scripts[2]?.path);
    expect(scripts[0]?.path).toMatch(/^\/_scripts\/[0-9a-f]{20}\.js$/);
    expect(html).toContain(`<script id="_R_" src="${scripts[1]?.path}"></script>`);
    expect(html.indexOf(scripts[1]?.path ?? '')).toBeLessThan(html.lastIndexOf(scripts[0]?.path ?? ''));
    expect(inlineScriptsIn(html)).toEqual([]);
  });

  it('leaves data blocks and external scripts alone', () => {
    const { html } = externalizeInlineScripts(page);
    expect(html).toContain('<script type="application/json" id="props">{"a":1}</script>');
    expect(html).toContain('<script src="/_next/a.js" async=""></script>');
  });

  it('finds what a strict policy would block', () => {
    expect(inlineScriptsIn(page)).toHaveLength(3);
    expect(inlineStylesIn('<body style="color:red"><style>p{}</style>')).toEqual(['style="color:red"', '<style>']);
  });

  it('puts the policy first in the head, once', () => {
    const once = withMetaPolicy('<html><head><title>x</title></head></html>', "default-src 'self'");
    const twice = withMetaPolicy(once, "default-src 'self'");
    expect(twice).toBe(once);
    expect(once).toBe(`<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"/><title>x</title></head></html>`);
  });
});
