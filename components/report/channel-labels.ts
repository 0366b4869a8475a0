import { compileMessage } from '@/lib/i18n/compile-messages';
import type { useTranslations } from 'next-intl';
import type { ChannelCardLabels } from './ChannelCard';

type Translate = ReturnType<typeof useTranslations<'ReportChannels'>>;

/** The channel card's labels from the `ReportChannels` messages, the two with arguments compiled for the card to fill. */
export function channelCardLabels(t: Translate): ChannelCardLabels {
  return {
    deadline: t('deadline'),
    noDeadline: t('noDeadline'),
    asks: t('asks'),
    next: t('next'),
    sources: t('sources'),
    open: compileMessage(t.raw('open')),
    checked: compileMessage(t.raw('checked')),
    status: { reported: t('status.reported'), unconfirmed: t('status.unconfirmed'), conflicting: t('status.conflicting') },
  };
}
