// Strict TypeScript (NodeNext, ESM) against detente/report.
import { createScorer } from 'detente';
import { type ReportOptions, type ReportRow, renderReport } from 'detente/report';

const scorer = createScorer();
const rows: ReportRow[] = [{ speaker: 'Petrova', text: 'We reject this.', tone: scorer.score('We reject this.') }];
const options: ReportOptions = { title: 'March talks', by: 'date', compare: ['2026-03-02', '2026-03-16'], top: 3 };
export const html: string = renderReport(rows, options);
