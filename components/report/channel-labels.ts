import type { useTranslations } from 'next-intl';
import type { ChannelCardLabels } from './ChannelCard';

type Translate = ReturnType<typeof useTranslations<'ReportChannels'>>;

/** The channel card's labels from the `ReportChannels` messages, with {placeholders} kept for the card to fill. */
export function channelCardLabels(t: Translate): ChannelCardLabels {
  return {
    deadline: t('deadline'),
    noDeadline: t('noDeadline'),
    asks: t('asks'),
    next: t('next'),
    sources: t('sources'),
    open: t.raw('open') as string,
    checked: t.raw('checked') as string,
    status: { reported: t('status.reported'), unconfirmed: t('status.unconfirmed'), conflicting: t('status.conflicting') },
  };
}
