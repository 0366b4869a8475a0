import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkSectionSources from './remark-section-sources.mjs';

const run = (mdx: string) => String(unified().use(remarkParse).use(remarkMdx).use(remarkSectionSources).use(remarkStringify).processSync(mdx)).trim();

describe('remark-section-sources', () => {
  it('takes citations out of sentences and lists each id once at the end of its section', () => {
    const out = run(
      [
        '## One {/* #one */}',
        '',
        'First claim. <Cite ids="a b" />',
        '',
        '- item <Cite ids="b c" />',
        '',
        '<Callout kind="caution">Inside. <Cite ids="d" /></Callout>',
        '',
        '### Two {/* #two */}',
        '',
        'Second. <Cite ids="e" />',
        '',
        '<Cite ids="f" />',
      ].join('\n'),
    );
    expect(out).not.toMatch(/<Cite/);
    expect(out).toMatch(/First claim\.\n/);
    expect(out).toMatch(/<Callout kind="caution">Inside\.<\/Callout>/);
    const lines = [...out.matchAll(/<SectionSources ids="([^"]*)" \/>/g)].map((match) => match[1]);
    expect(lines).toEqual(['a b c d', 'e f']);
    expect(out.indexOf('<SectionSources ids="a b c d"')).toBeLessThan(out.indexOf('### Two'));
  });

  it('leaves inline citations (the sides of a conflict) in place', () => {
    const out = run('## A {/* #a */}\n\n- View one. <Cite inline ids="x" />\n\nClaim. <Cite ids="y" />');
    expect(out).toMatch(/View one\. <Cite inline ids="x" \/>/);
    expect(out).toMatch(/<SectionSources ids="y" \/>/);
  });

  it('adds the sources of the criminal penalties a section shows', () => {
    const out = run('## P {/* #p */}\n\n<CriminalPenalty id="uu-7-2017-pasal-494" />');
    expect(out).toMatch(/<SectionSources ids="uu-7-2017 uu-1-2026 news-titiknol-uu-penyesuaian-pidana [^"]*news-lajur-asn-tim-kampanye" \/>/);
  });
});
