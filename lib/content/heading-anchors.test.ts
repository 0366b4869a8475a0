import { describe, expect, it } from 'vitest';
import { extractCitedIds, extractHeadingAnchors, headingsWithoutAnchor } from './heading-anchors';
import remarkHeadingAnchors from './remark-heading-anchors.mjs';

const mdx = `---
title: x
---

## Suka dan komentar {/* #suka-dan-komentar */}

Text <Cite ids="skb-2022 news-kompas-2023-11-06" />.

### Grup {/*grup-kampanye*/}

## Tanpa id
`;

describe('heading anchors', () => {
  it('reads explicit ids from headings', () => {
    expect(extractHeadingAnchors(mdx)).toEqual(['suka-dan-komentar', 'grup-kampanye']);
  });
  it('finds headings that lack an id', () => {
    expect(headingsWithoutAnchor(mdx)).toEqual(['## Tanpa id']);
  });
  it('reads cited ids', () => {
    expect(extractCitedIds(mdx)).toEqual(['skb-2022', 'news-kompas-2023-11-06']);
  });
  it('the remark plugin moves the comment into the heading id', () => {
    const heading = {
      type: 'heading',
      depth: 2,
      children: [
        { type: 'text', value: 'Suka dan komentar ' },
        { type: 'mdxTextExpression', value: '/* #suka-dan-komentar */' },
      ],
    };
    const tree = { type: 'root', children: [heading] };
    remarkHeadingAnchors()(tree);
    expect(heading).toEqual({
      type: 'heading',
      depth: 2,
      children: [{ type: 'text', value: 'Suka dan komentar' }],
      data: { hProperties: { id: 'suka-dan-komentar' } },
    });
  });
});
