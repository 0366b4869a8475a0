import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('SkipLink');
  return (
    <a
      href="#main"
      className="skip-link sr-only z-50 bg-focus px-4 py-3 font-semibold text-black focus:not-sr-only focus:absolute focus:left-2 focus:top-2"
    >
      {t('label')}
    </a>
  );
}
