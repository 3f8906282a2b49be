/** scoreArticles carries the article's columns onto its statements and settles speakers across the corpus. */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvError, scoreArticles } from '../../src/csv/index.js';
import { sinkString } from '../helpers/sink.js';

// Three short invented articles on three dates; Kovac is named in full only in the first.
const ARTICLES = [
  'id,date,outlet,text',
  'x1,2025-03-03,AFP,"Ardenian Foreign Minister Irena Kovac warned that Ardenia would respond with force. ""We will never accept this ultimatum,"" Kovac said."',
  'x2,2025-03-10,Reuters,"""We are ready to talk,"" Ms Kovac told reporters. Belmark\'s Foreign Ministry said it welcomed the offer."',
  'x3,2025-03-17,AP,"The Belmark Foreign Ministry rejected the plan. ""This is a trap,"" Government spokesman Christian Solberg said."',
].join('\n');

async function run(options: Record<string, unknown> = {}, csv = ARTICLES) {
  const sink = sinkString();
  const summary = await scoreArticles({
    input: Readable.from([Buffer.from(csv)]),
    output: sink.stream,
    format: 'jsonl',
    ...options,
  });
  return {
    summary,
    rows: sink
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('scoreArticles: metadata and identity', () => {
  it('keeps every article column but id and text, right after article_id', async () => {
    const { rows } = await run();
    expect(Object.keys(rows[0]!).slice(0, 11)).toEqual([
      'article_id',
      'date',
      'outlet',
      'statement',
      'speaker',
      'speaker_kind',
      'title',
      'affiliation',
      'speaker_id',
      'side',
      'mention',
    ]);
    expect(rows.map((r) => [r.article_id, r.date])).toContainEqual(['x3', '2025-03-17']);
    expect(rows.every((r) => !('text' in r) || typeof r.text === 'string')).toBe(true);
  });

  it('keeps the columns named, none with [], and renames one that clashes with detente’s', async () => {
    const only = await run({ keep: ['date'] });
    expect(Object.keys(only.rows[0]!).slice(0, 3)).toEqual(['article_id', 'date', 'statement']);
    const none = await run({ keep: [] });
    expect(Object.keys(none.rows[0]!).slice(0, 2)).toEqual(['article_id', 'statement']);
    const clash = await run(
      { keep: ['speaker'] },
      'id,speaker,text\nk1,AFP desk,"“Talks are welcome,” Mr. Lund said."',
    );
    expect(clash.rows[0]).toMatchObject({ article_speaker: 'AFP desk', speaker: 'Lund' });
    await expect(run({ keep: ['nope'] })).rejects.toThrow(CsvError);
  });

  it('gives each statement the speaker’s identity across the whole corpus, with sides from aliases', async () => {
    const { rows } = await run({
      keep: ['date'],
      speakerAliases: {
        aliases: { 'Christian Solberg': 'Kristian Solberg' },
        sides: { 'Kristian Solberg': 'Belmark' },
      },
    });
    const by = (id: string) => rows.filter((r) => r.speaker_id === id);
    // No aliases for Kovac: her side is her affiliation, spelled as the corpus spells it.
    expect(by('name:kovac.i').map((r) => [r.article_id, r.speaker, r.side])).toEqual([
      ['x1', 'Irena Kovac', 'Ardenian'],
      ['x1', 'Irena Kovac', 'Ardenian'],
      ['x2', 'Irena Kovac', 'Ardenian'], // "Ms Kovac" in x2: the only Kovac of the corpus
    ]);
    expect(by('org:belmark:foreign-ministry').map((r) => r.article_id)).toEqual(['x2', 'x3']);
    expect(
      by('name:solberg.k').map((r) => [r.speaker, r.side, String(r.mention).endsWith('Christian Solberg')]),
    ).toEqual([['Kristian Solberg', 'Belmark', true]]);
  });

  it('numbers articles by their line with id: null (a CSV without an id column)', async () => {
    const { rows } = await run(
      { id: null },
      'date,text\n2025-01-01,"“We reject this,” Mr. Lund said."\n2025-01-02,"“We welcome it,” Mr. Lund said."',
    );
    expect(rows.map((r) => [r.article_id, r.date])).toEqual([
      ['2', '2025-01-01'],
      ['3', '2025-01-02'],
    ]);
  });

  it('writes the same rows as CSV, and accounts for every statement', async () => {
    const sink = sinkString();
    const summary = await scoreArticles({ input: Readable.from([Buffer.from(ARTICLES)]), output: sink.stream });
    const lines = sink.text().trim().split('\n');
    expect(lines[0]).toMatch(
      /^article_id,date,outlet,statement,speaker,speaker_kind,title,affiliation,speaker_id,side,mention,/,
    );
    expect(lines).toHaveLength(summary.statements + 1);
    expect(summary.statements).toBeGreaterThanOrEqual(6);
  });

  it('says in cue_tone what the speech cue did to the tone: its own hit, a reversal, both, or nothing', async () => {
    const { rows } = await run(
      {},
      'id,text\na,"Mr. Lund warned that Belmark would respond. Ms. Berg rejected the offer of talks. “We are ready to talk,” Mr. Lund said."',
    );
    const byCue = new Map(rows.map((r) => [r.cue, r]));
    expect(byCue.get('warned')?.cue_tone).toMatch(/^threat:-\d/);
    expect(byCue.get('rejected')?.cue_tone).toBe('rejection:-4 reverses');
    expect(byCue.get('said')?.cue_tone).toBe('');
    // Without the cue, "Belmark would respond" has no tone: the threat in tone_dimensions is the cue's.
    expect(byCue.get('warned')?.tone_dimensions).toMatchObject({ threat: expect.any(Number) });
  });
});
