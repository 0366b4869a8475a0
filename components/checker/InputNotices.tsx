import type { FactPair, Question, UnknownFact } from '@/lib/rules/browser';

interface Props {
  unknown: UnknownFact[];
  ignored: FactPair[];
  questions: Question<string>[];
  labels: { unknownNotice: string; ignoredNotice: string; unknownReasons: Record<UnknownFact['reason'], string> };
}

/** Says which parts of a link were not used, and why, so that nothing is dropped silently. */
export function InputNotices({ unknown, ignored, questions, labels }: Props) {
  if (!unknown.length && !ignored.length) return null;
  const summary = (fact: string) => questions.find((question) => question.key === fact)?.summary ?? fact;
  return (
    <div className="mt-6 grid gap-3 rounded-xl border-l-4 border-caution bg-caution-bg p-4 print:hidden">
      {unknown.length > 0 && (
        <div>
          <p className="font-semibold text-caution">{labels.unknownNotice}</p>
          <ul className="mt-1 list-disc pl-5">
            {unknown.map((item) => (
              <li key={`${item.key}-${item.value}-${item.reason}`} className="[overflow-wrap:anywhere]">
                {/* The link's own text, isolated so that right-to-left characters cannot turn our sentence around. */}
                <bdi>{item.reason === 'excess' ? item.value : `${item.key}=${item.value}`}</bdi>
                {item.times && item.times > 1 ? ` ×${item.times}` : ''} ({labels.unknownReasons[item.reason]})
              </li>
            ))}
          </ul>
        </div>
      )}
      {ignored.length > 0 && (
        <div>
          <p className="font-semibold text-caution">{labels.ignoredNotice}</p>
          <ul className="mt-1 list-disc pl-5">
            {ignored.map((item) => (
              <li key={item.fact}>
                {summary(item.fact)} ({item.fact}={item.value})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
