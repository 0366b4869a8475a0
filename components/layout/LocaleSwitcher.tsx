import { useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { LocaleSwitcherLink } from './LocaleSwitcherLink';

export function LocaleSwitcher({ locale }: { locale: string }) {
  const t = useTranslations('LocaleSwitcher');
  const target = routing.locales.find((other) => other !== locale) ?? routing.defaultLocale;
  return <LocaleSwitcherLink target={target} label={t('switchTo')} short={t('short')} />;
}
