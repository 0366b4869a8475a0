import { formatMessage } from '@/lib/i18n/format-message';
import { selfCheckLink } from '@/lib/selfcheck/link';
import type { CheckerView } from '@/lib/rules/browser';
import { reportMistakeHref } from '@/lib/site/report-mistake';

interface Props {
  /** The status the person chose, carried into the self-check. */
  actor?: string;
  view: CheckerView;
  /** The rule's title, named in a mistake report. */
  title: string;
}

/** After the answer: check the rest of one's footprint, or tell the editors the answer is wrong. */
export function ResultFollowUp({ actor, view, title }: Props) {
  const { result: labels } = view.labels;
  const mistakeReport = (url: string) =>
    reportMistakeHref(labels.reportBase, {
      subject: formatMessage(labels.reportSubject, view.locale, { title }),
      body: formatMessage(labels.reportBody, view.locale, { url }),
    });
  // Built when clicked, so that the report names the exact scenario the reader is looking at.
  const report = (event: { currentTarget: HTMLAnchorElement }) => {
    event.currentTarget.href = mistakeReport(window.location.href);
  };
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2 print:hidden">
      <li>
        <a className="link font-semibold" href={selfCheckLink(view.locale, actor)}>
          {labels.footprint}
        </a>
      </li>
      <li>
        <a className="link" href={mistakeReport('')} onClick={report}>
          {labels.reportMistake}
        </a>
      </li>
    </ul>
  );
}
