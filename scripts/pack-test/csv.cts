// Strict TypeScript (NodeNext, CommonJS) against detente/csv.
import { type ScoreCsvOptions, scoreCsv } from 'detente/csv';

const options: ScoreCsvOptions = { input: 'in.csv', output: 'out.csv', text: 'quote' };
export const done: Promise<unknown> = scoreCsv(options);
