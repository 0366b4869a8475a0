import type { MDXComponents } from 'mdx/types';
import { KeyPointsSummary } from '@/components/guides/KeyPointsSummary';
import { ArticleClaims } from '@/components/mdx/ArticleClaims';
import { Callout } from '@/components/mdx/Callout';
import { Cite } from '@/components/mdx/Cite';
import { CriminalPenalties, CriminalPenalty } from '@/components/mdx/CriminalPenalty';
import { SanctionList } from '@/components/mdx/SanctionList';
import { SectionSources } from '@/components/mdx/SectionSources';
import { ViolationList } from '@/components/mdx/ViolationList';
import { PressureHelp } from '@/components/report/PressureHelp';
import { ReportChannels } from '@/components/report/ReportChannels';

/** The small vocabulary guides may use besides Markdown. All are server components: guides ship no JS of their own. */
const components: MDXComponents = {
  ArticleClaims,
  Callout,
  Cite,
  CriminalPenalties,
  CriminalPenalty,
  KeyPoints: () => <KeyPointsSummary headingLevel={3} />,
  PressureHelp,
  ReportChannels,
  SanctionList,
  SectionSources,
  ViolationList,
};

export function useMDXComponents(inherited: MDXComponents): MDXComponents {
  return { ...inherited, ...components };
}
