import { describe, expect, it } from 'vitest';
import { inlineScriptsIn, inlineStylesIn, withMetaPolicy } from './no-inline-scripts';

const page = `<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script><script>self.__next_f=[]</script></head>
<body><script id="_R_">boot()</script><script type="application/json" id="props">{"a":1}</script><script>self.__next_f=[]</script></body></html>`;

describe('what a strict policy would block', () => {
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
