import { ReportFlow } from '@/components/report/ReportFlow';
import { SummaryComposer } from '@/components/report/SummaryComposer';

export const reportIslands = { 'report.flow': ReportFlow, 'report.summary': SummaryComposer };
