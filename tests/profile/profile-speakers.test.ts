import { describe, expect, it } from 'vitest';
import { InputError, OptionsError } from '../../src/errors.js';
import { profileSpeakers } from '../../src/profile/profile-speakers.js';
import { evidence, row } from './helpers.js';

const rows = [
  row('Lavrov', 0.4, [evidence('useful', 'optimism', 1), evidence('dialogue', 'dialogue', 3)], {
    text: 'a useful dialogue',
    date: 'd1',
  }),
  row('Blinken', -0.6, [evidence('no trade space', 'rejection', -4)], {
    text: 'There is no trade space there',
    date: 'd1',
  }),
  row('Lavrov', 0.2, [evidence('hope', 'optimism', 1.5)], { text: 'I hope the emotions subside', date: 'd2' }),
  row(null, 0, [], { text: 'Officials met for 90 minutes', date: 'd2' }),
  row('Blinken', 0.3, [evidence('mutual security', 'cooperation', 5)], {
    text: 'ensure our mutual security',
    date: 'd2',
  }),
  row('Lavrov', -0.1, [evidence('warn', 'threat', -2)], { date: 'd2' }),
];

describe('profileSpeakers', () => {
  const report = profileSpeakers(rows);
  const lavrov = report.profiles.find((p) => p.speaker === 'Lavrov');
  const blinken = report.profiles.find((p) => p.speaker === 'Blinken');

  it('orders speakers by count, then name, and groups null speakers as "(unattributed)"', () => {
    expect(report.profiles.map((p) => [p.speaker, p.count])).toEqual([
      ['Lavrov', 3],
      ['Blinken', 2],
      ['(unattributed)', 1],
    ]);
    expect(report.by).toBeNull();
    expect(report.groups).toEqual([]);
    expect(report.skipped).toBe(0);
  });

  it('computes mean, sample sd and label counts', () => {
    expect(lavrov?.mean).toBeCloseTo(0.5 / 3, 12);
    // deviations 0.2333, 0.0333, −0.2667 → squares sum 0.12667, / 2
    expect(lavrov?.sd).toBeCloseTo(Math.sqrt(0.12666666666666668 / 2), 12);
    expect(lavrov?.labels).toEqual({ conciliatory: 2, confrontational: 0, neutral: 1, mixed: 0 });
    expect(lavrov?.scores).toEqual([0.4, 0.2, -0.1]);
  });

  it('lists the dimensions leaned on, heaviest first, with shares', () => {
    expect(lavrov?.dimensions).toEqual([
      { dimension: 'dialogue', total: 3, share: 3 / 7.5, statements: 1 },
      { dimension: 'optimism', total: 2.5, share: 2.5 / 7.5, statements: 2 },
      { dimension: 'threat', total: -2, share: 2 / 7.5, statements: 1 },
    ]);
  });

  it('prefers tone.dimensions over summing evidence when both are present', () => {
    const r = profileSpeakers([
      {
        speaker: 'X',
        tone: {
          score: 0.2,
          label: 'conciliatory',
          dimensions: { respect: 2 },
          evidence: [evidence('warn', 'threat', -2)],
        },
      },
    ]);
    expect(r.profiles[0]?.dimensions.map((d) => d.dimension)).toEqual(['respect']);
  });

  it('points at the strongest evidence and the extreme statements with index and text', () => {
    expect(blinken?.strongest).toEqual({
      evidence: evidence('mutual security', 'cooperation', 5),
      index: 4,
      text: 'ensure our mutual security',
    });
    expect(blinken?.mostConfrontational).toEqual({ index: 1, score: -0.6, text: 'There is no trade space there' });
    expect(blinken?.mostConciliatory).toEqual({ index: 4, score: 0.3, text: 'ensure our mutual security' });
    // a row without text gives a reference without text
    expect(lavrov?.mostConfrontational).toEqual({ index: 5, score: -0.1 });
  });

  it('keeps the first of equally heavy hits as the strongest', () => {
    const r = profileSpeakers([
      row('X', -0.5, [evidence('reject', 'rejection', -4)]),
      row('X', 0.5, [evidence('welcome', 'cooperation', 4)]),
    ]);
    expect(r.profiles[0]?.strongest?.evidence.term).toBe('reject');
  });

  it('has no extremes or evidence for a speaker with only neutral, evidence-free statements', () => {
    const u = report.profiles.find((p) => p.speaker === '(unattributed)');
    expect(u).toMatchObject({
      strongest: null,
      mostConciliatory: null,
      mostConfrontational: null,
      dimensions: [],
      sd: 0,
    });
  });

  it('skips null speakers when asked, and counts them', () => {
    const r = profileSpeakers(rows, { unattributed: 'skip' });
    expect(r.profiles.map((p) => p.speaker)).toEqual(['Lavrov', 'Blinken']);
    expect(r.skipped).toBe(1);
  });

  it('groups by a field: one profile per (speaker, group), groups in order of appearance', () => {
    const r = profileSpeakers(rows, { by: 'date' });
    expect(r.by).toBe('date');
    expect(r.groups).toEqual(['d1', 'd2']);
    expect(r.profiles.map((p) => [p.group, p.speaker, p.count])).toEqual([
      ['d1', 'Blinken', 1],
      ['d1', 'Lavrov', 1],
      ['d2', 'Lavrov', 2],
      ['d2', '(unattributed)', 1],
      ['d2', 'Blinken', 1],
    ]);
  });

  it('groups by a function, stringifies numbers and Dates, and puts missing values in "(none)"', () => {
    const r = profileSpeakers(
      [row('A', 0.1, [], { year: 2021 }), row('A', 0.2, [], { year: new Date(Date.UTC(2022, 0, 21)) }), row('A', 0.3)],
      { by: 'year' },
    );
    expect(r.groups).toEqual(['2021', '2022-01-21T00:00:00.000Z', '(none)']);
    const f = profileSpeakers(rows, { by: (x) => (x.tone.score >= 0 ? 'up' : 'down') });
    expect(f.by).toBe('(function)');
    expect(f.groups).toEqual(['up', 'down']);
  });

  it('groups a date field into time bins, listed in time order with "(none)" and "(invalid date)" last', () => {
    const dated = [
      row('A', 0.1, [], { date: '2025-03-12' }),
      row('A', 0.2, [], { date: '2025-03-03' }),
      row('A', 0.3, [], { date: 'soon' }),
      row('B', 0.4, [], { date: '2025-03-09T22:00:00Z' }),
      row('B', 0.5),
    ];
    const r = profileSpeakers(dated, { by: { field: 'date', bin: 'week' } });
    expect(r.by).toBe('date/week');
    expect(r.groups).toEqual(['2025-W10', '2025-W11', '(invalid date)', '(none)']);
    expect(r.profiles.map((p) => [p.group, p.speaker, p.count])).toEqual([
      ['2025-W10', 'A', 1],
      ['2025-W10', 'B', 1],
      ['2025-W11', 'A', 1],
      ['(invalid date)', 'A', 1],
      ['(none)', 'B', 1],
    ]);
    expect(profileSpeakers(dated, { by: { field: 'date', bin: 'month' } }).groups).toEqual([
      '2025-03',
      '(invalid date)',
      '(none)',
    ]);
  });

  it('groups by two keys (side × week): names joined by " · ", the keys on each profile', () => {
    const rows2 = [
      row('Lund', -0.2, [], { side: 'Belmark', date: '2025-03-12' }),
      row('Kovac', -0.5, [], { side: 'Ardenia', date: '2025-03-12' }),
      row('Kovac', 0.4, [], { side: 'Ardenia', date: '2025-03-03' }),
      row('Lund', 0.3, [], { side: 'Belmark', date: '2025-03-04' }),
    ];
    const r = profileSpeakers(rows2, { by: ['side', { field: 'date', bin: 'week' }] });
    expect(r.by).toBe('side × date/week');
    expect(r.groups).toEqual(['Belmark · 2025-W10', 'Belmark · 2025-W11', 'Ardenia · 2025-W10', 'Ardenia · 2025-W11']);
    expect(r.profiles[0]).toMatchObject({
      speaker: 'Lund',
      group: 'Belmark · 2025-W10',
      keys: ['Belmark', '2025-W10'],
    });
    // Without a time key, groups keep the order they first appear in.
    expect(profileSpeakers(rows2, { by: ['date', 'side'] }).groups).toEqual([
      '2025-03-12 · Belmark',
      '2025-03-12 · Ardenia',
      '2025-03-03 · Ardenia',
      '2025-03-04 · Belmark',
    ]);
    expect(profileSpeakers(rows2, { by: 'side' }).profiles[0]).not.toHaveProperty('keys');
  });

  it('profiles another field with speakerField: one profile per side and week', () => {
    const rows2 = [
      row('Lund', -0.2, [], { side: 'Belmark', date: '2025-03-12' }),
      row('Aaland', -0.4, [], { side: 'Belmark', date: '2025-03-13' }),
      row('Kovac', 0.4, [], { side: 'Ardenia', date: '2025-03-12' }),
      row('Okafor', 0.4, [], { date: '2025-03-12' }),
    ];
    const r = profileSpeakers(rows2, { speakerField: 'side', by: { field: 'date', bin: 'week' } });
    expect(r.profiles.map((p) => [p.speaker, p.count, p.mean])).toEqual([
      ['Belmark', 2, expect.closeTo(-0.3, 12)],
      ['(unattributed)', 1, 0.4],
      ['Ardenia', 1, 0.4],
    ]);
    expect(profileSpeakers(rows2, { speakerField: 'side', unattributed: 'skip' }).skipped).toBe(1);
    expect(() => profileSpeakers([row('A', 0, [], { side: 3 })], { speakerField: 'side' })).toThrow(InputError);
  });

  it('treats "__proto__" as a plain speaker name and field name', () => {
    const r = profileSpeakers([row('__proto__', 0.5, [], { __proto__: 'x' } as never), row('constructor', -0.5)], {
      by: 'constructor',
    });
    expect(r.profiles.map((p) => p.speaker).sort()).toEqual(['__proto__', 'constructor']);
    expect(r.groups).toEqual(['(none)']);
  });

  it.each([
    ['rows that are not iterable', () => profileSpeakers(3 as never), InputError],
    ['a row without tone', () => profileSpeakers([{ speaker: 'A' }] as never), InputError],
    [
      'a NaN score',
      () => profileSpeakers([{ speaker: 'A', tone: { score: Number.NaN, label: 'neutral' } }]),
      InputError,
    ],
    [
      'an unknown label',
      () => profileSpeakers([{ speaker: 'A', tone: { score: 0, label: 'positive' } }] as never),
      InputError,
    ],
    [
      'a numeric speaker',
      () => profileSpeakers([{ speaker: 7, tone: { score: 0, label: 'neutral' } }] as never),
      InputError,
    ],
    ['an empty by', () => profileSpeakers([], { by: '' }), OptionsError],
    ['an empty by list', () => profileSpeakers([], { by: [] }), OptionsError],
    [
      'a time group with an unknown bin',
      () => profileSpeakers([], { by: { field: 'date', bin: 'year' } as never }),
      OptionsError,
    ],
    ['a time group without a field', () => profileSpeakers([], { by: { bin: 'week' } as never }), OptionsError],
    ['an empty speakerField', () => profileSpeakers([], { speakerField: '' }), OptionsError],
    ['a bad unattributed', () => profileSpeakers([], { unattributed: 'drop' } as never), OptionsError],
    ['an object group value', () => profileSpeakers([row('A', 0, [], { g: { a: 1 } })], { by: 'g' }), OptionsError],
  ])('throws on %s', (_name, call, type) => {
    expect(call).toThrow(type);
  });

  it('returns an empty report for no rows', () => {
    expect(profileSpeakers([])).toEqual({ by: null, groups: [], profiles: [], skipped: 0 });
  });
});
