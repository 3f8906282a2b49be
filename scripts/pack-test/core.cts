// Strict TypeScript (NodeNext, CommonJS) against the core entry's declarations.
import { createScorer, type ToneScore } from 'detente';

const result: ToneScore = createScorer().score('We welcome the talks.');
export const score: number = result.score;
