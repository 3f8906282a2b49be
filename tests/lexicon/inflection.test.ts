import { describe, expect, it } from 'vitest';
import { coreModules, packModule } from '../../src/index.js';
import { regularForms } from '../../src/lexicon/inflect.js';
import { lemmaOf } from '../../src/lexicon/lemma-candidates.js';

describe('regularForms', () => {
  it.each([
    ['threaten', ['threatens', 'threatened', 'threatening']],
    ['deny', ['denies', 'denied', 'denying']],
    ['reduce', ['reduces', 'reduced', 'reducing']],
    ['reproach', ['reproaches', 'reproached', 'reproaching']],
    ['commit', ['commits', 'committed', 'committing']],
    ['crisis', ['crises']],
    ['veto', ['vetoes', 'vetos']],
    ['diplomatic', ['diplomatically']],
  ])('%s → includes %j', (lemma, forms) => {
    for (const form of forms) expect(regularForms(lemma)).toContain(form);
  });
  it('leaves short and non-alphabetic words alone', () => {
    expect(regularForms('no')).toEqual([]);
    expect(regularForms("n't")).toEqual([]);
  });
});

describe('lemmaOf undoes exactly what regularForms generates', () => {
  const lemmas = new Set<string>();
  for (const mod of [...coreModules(), packModule('diplomacy'), packModule('labor'), packModule('corporate')]) {
    if (mod.kind !== 'tone') continue;
    for (const e of mod.entries) for (const w of e.term.toLowerCase().split(/[ -]/)) lemmas.add(w);
  }
  const isLemma = (w: string) => lemmas.has(w);

  it('every generated form of every lexicon word resolves to a lemma that generates it', () => {
    const misses: string[] = [];
    for (const lemma of lemmas) {
      for (const form of regularForms(lemma)) {
        if (lemmas.has(form)) continue;
        const found = lemmaOf(form, isLemma);
        if (found === undefined || !regularForms(found).includes(form)) misses.push(`${lemma} → ${form}`);
      }
    }
    expect(misses).toEqual([]);
    expect(lemmas.size).toBeGreaterThan(100);
  });

  it('finds no lemma for words the lexicon does not know', () => {
    expect(lemmaOf('weathered', isLemma)).toBeUndefined();
  });
});
