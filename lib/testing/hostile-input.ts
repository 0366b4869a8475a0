/**
 * Input as careless or hostile sharing carries it: in links (the checker's, the quiz's, search's, the apel kit's,
 * the self-check's) and in stored quiz progress. Every reader of such input meets every value here in Vitest
 * (`hostile-input.test.ts`); the browser (`e2e/hostile-input.spec.ts`) loads the pages with the values whose harm
 * would only show once rendered: markup, length, direction, emoji, a broken escape, an object key, a template.
 */
export const hostileValues = {
  markup: '"><img src=x onerror="window.__pwned=1"><svg onload=window.__pwned=1><script>window.__pwned=1</script>',
  image: '<img src=x onerror="window.__pwned=1">',
  script: '"><script>window.__pwned=1</script>',
  svg: '<svg onload=window.__pwned=1>',
  javascriptUrl: 'javascript:window.__pwned=1',
  rightToLeft: '\u202e\u202egnirts-desrever',
  long: 'x'.repeat(10_000),
  brokenEscape: '%E0%A4%A',
  nullByte: '%00null',
  proto: '__proto__',
  constructorKey: 'constructor',
  emoji: '😀'.repeat(200),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  template: '{{7*7}}${7*7}',
  spaces: ' '.repeat(50),
  controls: '\u0000\u0001\u0002',
} as const;

export type HostileValueName = keyof typeof hostileValues;

/** The values a browser loads too: each can only do harm once rendered, or in the page's own code. */
export const renderedHostileValues: HostileValueName[] = ['markup', 'rightToLeft', 'long', 'brokenEscape', 'proto', 'emoji', 'template'];

/** Quiz progress as a corrupted, hand-edited, older or newer browser would leave it, with the reading it must get. */
export const hostileStoredProgress: { stored: string; reading: 'corrupted' | 'outdated' | 'newer'; rendered?: true }[] = [
  { stored: '', reading: 'corrupted' },
  { stored: 'null', reading: 'corrupted' },
  { stored: 'undefined', reading: 'corrupted' },
  { stored: '{', reading: 'corrupted', rendered: true },
  { stored: '[]', reading: 'corrupted' },
  { stored: '"text"', reading: 'corrupted' },
  { stored: '42', reading: 'corrupted' },
  { stored: 'true', reading: 'corrupted' },
  { stored: '{}', reading: 'outdated' },
  { stored: '{"version":1}', reading: 'corrupted' },
  { stored: '{"version":"1"}', reading: 'corrupted' },
  { stored: '{"version":0,"questions":["q"]}', reading: 'outdated', rendered: true },
  { stored: '{"version":2,"round":"short","questionIds":["x"],"answers":[]}', reading: 'newer', rendered: true },
  { stored: '{"version":99,"anything":true}', reading: 'newer' },
  { stored: '{"version":1,"round":"medium","questionIds":["x"],"answers":[]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":[],"answers":[]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":"x","answers":[]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["a","a"],"answers":[]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[]}', reading: 'outdated', rendered: true },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":["true","false"]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":[1,2],"answers":[]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"finishedAt":"yesterday"}', reading: 'corrupted', rendered: true },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"retry":{"questionIds":"x"}}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"retry":null}', reading: 'corrupted' },
  { stored: '{"__proto__":{"polluted":1},"version":1}', reading: 'corrupted', rendered: true },
  { stored: '{"constructor":{"prototype":{"polluted":1}}}', reading: 'outdated' },
  { stored: `{"version":1,"round":"short","questionIds":[${'"q",'.repeat(5_000)}"q"],"answers":[]}`, reading: 'corrupted' },
  { stored: `"${'x'.repeat(100_000)}"`, reading: 'corrupted', rendered: true },
  { stored: '{"version":1,"round":"<img src=x onerror=window.__pwned=1>","questionIds":["x"],"answers":[]}', reading: 'corrupted', rendered: true },
  { stored: '{"version":1,"round":"short","questionIds":["<script>window.__pwned=1</script>"],"answers":[]}', reading: 'outdated', rendered: true },
  { stored: '{"version":1e400}', reading: 'corrupted' },
  { stored: '{"version":-1}', reading: 'outdated' },
  { stored: '{"version":1.5,"round":"short"}', reading: 'corrupted' },
  { stored: '{"version":null}', reading: 'corrupted' },
  { stored: '\u202e{"version":1}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"full","questionIds":["gone"],"answers":[null]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[{"id":"true"}]}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":["true"],"finishedAt":"2026-13-45T99:99:99Z"}', reading: 'corrupted' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"extra":{"deep":{"deeper":[1,2,3]}}}', reading: 'outdated' },
  { stored: '{"version":1,"round":"short","questionIds":["gone"],"answers":[]} trailing', reading: 'corrupted', rendered: true },
  { stored: 'NaN', reading: 'corrupted' },
];
