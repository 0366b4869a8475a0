/** One entry of an Atom feed, already in the reader's language. */
export interface AtomEntry {
  id: string;
  title: string;
  /** yyyy-mm-dd; written as midnight UTC. */
  date: string;
  link: string;
  /** Plain text; escaped here. */
  summary: string;
}

export interface AtomFeed {
  /** A permanent IRI for the feed (its own address). */
  id: string;
  title: string;
  subtitle: string;
  /** BCP 47 language of the feed's text. */
  language: string;
  /** The page the feed mirrors (rel="alternate"). */
  pageUrl: string;
  /** The feed's own address (rel="self"). */
  feedUrl: string;
  author: string;
  entries: AtomEntry[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A calendar date as an RFC 3339 timestamp at midnight UTC. */
export const rfc3339 = (date: string) => `${date}T00:00:00Z`;

/**
 * An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's date, not the build time, so
 * that rebuilding without a new change does not make readers see the feed as changed.
 */
export function buildAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.map((entry) => entry.date).sort().at(-1) ?? '1970-01-01';
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <updated>${rfc3339(entry.date)}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">
  <id>${escapeXml(feed.id)}</id>
  <title>${escapeXml(feed.title)}</title>
  <subtitle>${escapeXml(feed.subtitle)}</subtitle>
  <updated>${rfc3339(newest)}</updated>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>
  <author><name>${escapeXml(feed.author)}</name></author>
${entries.join('\n')}
</feed>
`;
}
