import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** The callout kinds guides may use. */
export type CalloutKind = 'allowed' | 'violation' | 'caution' | 'conflict' | 'unconfirmed' | 'correction';

const styles: Record<CalloutKind, { box: string; mark: string }> = {
  allowed: { box: 'border-allowed bg-allowed-bg', mark: '✓' },
  violation: { box: 'border-violation bg-violation-bg', mark: '✕' },
  caution: { box: 'border-caution bg-caution-bg', mark: '!' },
  conflict: { box: 'border-caution bg-caution-bg', mark: '⇄' },
  unconfirmed: { box: 'border-line bg-surface', mark: '?' },
  correction: { box: 'border-brand bg-surface', mark: '✎' },
};

/**
 * `<Callout kind="violation">…</Callout>`: a boxed verdict or warning. `title` replaces the default heading
 * ("Tidak boleh", "Sumber berbeda pendapat", …).
 */
export function Callout({ kind, title, children }: { kind: CalloutKind; title?: string; children: ReactNode }) {
  const t = useTranslations('Callout');
  const titles: Record<CalloutKind, string> = {
    allowed: t('allowed'),
    violation: t('violation'),
    caution: t('caution'),
    conflict: t('conflict'),
    unconfirmed: t('unconfirmed'),
    correction: t('correction'),
  };
  const style = styles[kind];
  return (
    <div role="note" className={`callout rounded-lg border-l-4 px-4 py-3 ${style.box}`}>
      <p className="font-bold">
        <span aria-hidden="true" className="mr-2 inline-block w-4 text-center">
          {style.mark}
        </span>
        {title ?? titles[kind]}
      </p>
      <div className="callout-body mt-1">{children}</div>
    </div>
  );
}
