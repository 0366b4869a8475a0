import 'server-only';
import { getInstruments, getSourceHref, getSources } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import type { Certainty } from '@/lib/rules/types';
import { loadReportContent } from './content';

export interface SourceLink {
  id: string;
  label: string;
  /** The entry's address (`sourceHref`), worked out at build time: islands cannot read the catalog. */
  href: string;
}

/** A report channel in one locale, ready to show: texts, deadline, requirements and its sources. */
export interface ChannelView {
  id: string;
  name: string;
  how: string;
  url?: string;
  who: string[];
  what: string[];
  deadline?: string;
  asks: string[];
  next?: string;
  status: Certainty;
  sources: SourceLink[];
  lastChecked: string;
}

/** "Outlet, 3 Feb 2023" for a source, or the instrument's short name, with the address of its entry. */
export function sourceLabels(ids: string[], locale: string): SourceLink[] {
  const sources = new Map(getSources().map((source) => [source.id, source]));
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, instrument]));
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'medium', timeZone: 'UTC' });
  return ids.map((id) => {
    const instrument = instruments.get(id);
    const href = getSourceHref(locale, id);
    if (instrument) return { id, label: localize(instrument.short, locale), href };
    const source = sources.get(id);
    const outlet = source ? (localize(source.outlet, locale).split(' (')[0] ?? id) : id;
    return { id, label: source?.date ? `${outlet}, ${format.format(new Date(`${source.date}T00:00:00Z`))}` : outlet, href };
  });
}

export function channelViews(locale: string): ChannelView[] {
  return loadReportContent().channels.map((channel) => ({
    id: channel.id,
    name: localize(channel.name, locale),
    how: localize(channel.how, locale),
    ...(channel.url ? { url: channel.url } : {}),
    who: channel.who,
    what: channel.what,
    ...(channel.deadline ? { deadline: localize(channel.deadline, locale) } : {}),
    asks: channel.asks.map((ask) => localize(ask, locale)),
    ...(channel.next ? { next: localize(channel.next, locale) } : {}),
    status: channel.status,
    sources: sourceLabels(channel.sources, locale),
    lastChecked: channel.lastChecked,
  }));
}
