import type { KeyPoint } from '@/lib/content/key-points';
import { localize } from '@/lib/content/localize';

interface Props {
  points: KeyPoint[];
  locale: string;
  className?: string;
}

const icons = {
  do: { color: '#176b3a', path: 'M7 12.5l3.2 3.2L17 9' },
  dont: { color: '#a4161a', path: 'M8.5 8.5l7 7M15.5 8.5l-7 7' },
} as const;

/** Do's with a green tick, don'ts with a red cross: fixed colours, because slides and posters are "paper". */
export function KeyPointList({ points, locale, className = '' }: Props) {
  return (
    <ul className={className}>
      {points.map((point) => (
        <li key={point.id} className="flex items-start gap-[0.6em]">
          <svg viewBox="0 0 24 24" aria-hidden="true" className="mt-[0.1em] size-[1.2em] shrink-0">
            <circle cx="12" cy="12" r="12" fill={icons[point.kind].color} />
            <path d={icons[point.kind].path} fill="none" stroke="#fff" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>{localize(point.text, locale)}</span>
        </li>
      ))}
    </ul>
  );
}
