// Strict TypeScript (NodeNext, ESM) against detente/csv.
import { createScoringStream, type ScoreCsvOptions, scoreCsv, scoreRows } from 'detente/csv';

const options: ScoreCsvOptions = { input: 'in.csv', output: 'out.csv', text: 'quote', workers: 2 };
export async function run(): Promise<number> {
  const summary = await scoreCsv(options);
  for await (const row of scoreRows([{ quote: 'We reject this.' }], { text: 'quote' })) void row;
  createScoringStream({ text: 0 });
  return summary.rowsScored;
}
