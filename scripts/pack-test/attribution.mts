// Strict TypeScript (NodeNext, ESM) against detente/attribution.
import { analyzeArticle, extractStatements, type Statement } from 'detente/attribution';

const statements: Statement[] = extractStatements('“We will respond,” she said.');
const speaker: string | null = statements[0]?.speaker ?? null;
const report = analyzeArticle('“We will respond,” she said.');
export const count: number = report.statements.length;
export { speaker };
