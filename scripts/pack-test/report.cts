// Strict TypeScript (NodeNext, CommonJS) against detente/report.
import { createScorer } from 'detente';
import { type ReportOptions, renderReport } from 'detente/report';

const scorer = createScorer();
const options: ReportOptions = { maxChars: 200, sample: 3 };
export const html: string = renderReport([{ speaker: null, tone: scorer.score('We reject this.') }], options);
