import { useTranslations } from 'next-intl';
import { UpdatePrompt } from './UpdatePrompt';

/** Offline use and the "new version" prompt. Off in development, where no service worker is built. */
export function OfflineSupport() {
  const t = useTranslations('UpdatePrompt');
  if (process.env.NODE_ENV !== 'production') return null;
  return <UpdatePrompt message={t('message')} reload={t('reload')} later={t('later')} />;
}
