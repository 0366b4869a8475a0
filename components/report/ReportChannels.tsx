import { useLocale, useTranslations } from 'next-intl';
import { channelViews } from '@/lib/report/view';
import { ChannelCard } from './ChannelCard';
import { channelCardLabels } from './channel-labels';

/**
 * `<ReportChannels />` (or `<ReportChannels ids="bawaslu bkn" />`): the reporting channels from
 * content/checker/report-channels.json, with deadline, requirements and sources. A server component with no
 * script, for the reporting guide and the reporting page.
 */
export function ReportChannels({ ids, headingLevel = 3 }: { ids?: string; headingLevel?: 3 | 4 }) {
  const locale = useLocale();
  const t = useTranslations('ReportChannels');
  const wanted = ids?.split(/\s+/).filter(Boolean);
  const channels = channelViews(locale).filter((channel) => !wanted || wanted.includes(channel.id));
  return (
    <div className="grid gap-4">
      {channels.map((channel) => (
        <ChannelCard
          key={channel.id}
          locale={locale}
          channel={channel}
          labels={channelCardLabels(t)}
          headingLevel={headingLevel}
        />
      ))}
    </div>
  );
}
