import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/attribution/document/lexicons.js';
import { poleOf } from '../../src/lexicon/dimensions.js';
import type { SpeechVerbEntry, TitleEntry } from '../../src/lexicon/types.js';
import { validateModule } from '../../src/lexicon/validate-module.js';

const load = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../lexicons/en/${name}`, import.meta.url), 'utf8'));

describe('attribution lexicons', () => {
  const verbs = validateModule(load('speech-verbs.json'));
  const titles = validateModule(load('titles.json'));

  it('are valid modules of their kinds', () => {
    expect(verbs.kind).toBe('speech-verb');
    expect(titles.kind).toBe('title');
  });

  it('have no duplicate terms', () => {
    for (const m of [verbs, titles]) {
      const terms = m.entries.map((e) => e.term);
      expect(new Set(terms).size).toBe(terms.length);
    }
  });

  it('give toned speech verbs a dimension of the right pole, operators one of their own weight’s pole when they have one, and neutral verbs none', () => {
    for (const e of verbs.entries as readonly SpeechVerbEntry[]) {
      if (e.tone === 'operator' && e.weight !== undefined) {
        expect(poleOf(e.dimension ?? ''), e.term).toBe(Math.sign(e.weight));
      } else if (e.tone === 'conciliatory' || e.tone === 'confrontational') {
        expect(e.dimension, e.term).toBeDefined();
        expect(Math.sign(e.weight ?? 0), e.term).toBe(e.tone === 'conciliatory' ? 1 : -1);
        expect(poleOf(e.dimension ?? ''), e.term).toBe(e.tone === 'conciliatory' ? 1 : -1);
      } else {
        expect(e.weight, e.term).toBeUndefined();
      }
    }
  });

  it('compile every speech verb to its inflected forms', () => {
    const lex = compileLexicons();
    for (const [form, lemma] of [
      ['said', 'say'],
      ['told', 'tell'],
      ['warned', 'warn'],
      ['denies', 'deny'],
      ['denials', 'denial'],
      ['made', 'make clear'],
      ['according', 'according to'],
    ]) {
      expect(
        lex.verbs.get(form as string)?.map((c) => c.entry.term),
        form,
      ).toContain(lemma);
    }
  });

  it('compile titles with their gender cues', () => {
    const lex = compileLexicons();
    expect(lex.titles.get('ms.')?.gender).toBe('female');
    expect(lex.titles.get('secretary of state')?.role).toBe('office');
    for (const e of titles.entries as readonly TitleEntry[]) expect(e.term).toBe(e.term.toLowerCase());
  });
});
