/**
 * Renders a score's evidence as readable text: one line for the verdict, one per hit with its modifiers.
 */
import { describeConstraint } from '../lexicon/constraint.js';
import type { Evidence, ToneScore } from './types.js';

/**
 * Options of `explain()`.
 * @example
 * ```ts
 * import { createScorer, explain, type ExplainOptions } from 'detente';
 * // Red for confrontational hits, green for conciliatory ones, on an ANSI terminal
 * const options: ExplainOptions = {
 *   highlight: (term, e) => `\x1b[${e.weight < 0 ? 31 : 32}m${term}\x1b[0m`,
 * };
 * console.log(explain(createScorer().score('We will never accept this.'), options));
 * ```
 */
export interface ExplainOptions {
  /** Wrap matched terms with these strings (e.g. ANSI colours on a terminal). Default: quotes. */
  readonly highlight?: (term: string, evidence: Evidence) => string;
}

/**
 * Explains a score in plain text.
 * @example
 * ```ts
 * import { createScorer, explain } from 'detente';
 * console.log(explain(createScorer().score('We will never accept this.')));
 * // confrontational (score -0.6053; 1 hit; 0 conciliatory, 4.6 confrontational; 5 tokens)
 * //   "never accept" [8, 20) rejection -4 → -4.6 · intensifier "will" ×1.15 · en/confrontational@1.0.0
 * // A hit of an entry with a constraint (`when`) says which one it met:
 * //   "Why did you" [0, 11) hostility -2 · at sentence start, in a question · acme/courtesy@1.0.0
 * ```
 */
export function explain(result: ToneScore, options: ExplainOptions = {}): string {
  const highlight = options.highlight ?? ((term: string) => JSON.stringify(term));
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${result.label} (score ${result.score}; ${plural(result.hits, 'hit')}; ${result.conciliatory} conciliatory, ` +
      `${result.confrontational} confrontational; ${plural(result.tokens, 'token')})`,
  ];
  if (result.evidence.length === 0) lines.push('  no lexicon terms matched');
  for (const e of result.evidence) {
    const change = e.weight === e.baseWeight ? `${e.weight}` : `${e.baseWeight} → ${e.weight}`;
    const mods = e.modifiers.map(
      (m) => ` · ${m.type} ${JSON.stringify(m.term)} ×${m.factor}${m.dimension ? ` → ${m.dimension}` : ''}`,
    );
    const when = e.when === undefined ? '' : ` · ${describeConstraint(e.when)}`;
    lines.push(
      `  ${highlight(e.term, e)} [${e.span[0]}, ${e.span[1]}) ${e.dimension} ${change}${mods.join('')}${when} · ${e.source}`,
    );
  }
  return lines.join('\n');
}
