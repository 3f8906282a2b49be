// Strict TypeScript (NodeNext, CommonJS) against detente/attribution.
import { extractStatements, type Statement } from 'detente/attribution';

export const statements: Statement[] = extractStatements('“We will respond,” she said.');
