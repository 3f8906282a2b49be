import { describe, expect, it } from 'vitest';
import { parseSpeaker } from '../../src/identity/parse-speaker.js';

describe('parseSpeaker', () => {
  // [speaker string, kind, name, title, affiliation]
  it.each([
    ['Russian Foreign Minister Sergei Lavrov', 'person', 'Sergei Lavrov', 'Foreign Minister', 'Russian'],
    ['Ardenian Foreign Minister Irena Kovac', 'person', 'Irena Kovac', 'Foreign Minister', 'Ardenian'],
    ['Foreign Minister Irena Kovac', 'person', 'Irena Kovac', 'Foreign Minister', null],
    ['Deputy Minister Okafor', 'person', 'Okafor', 'Deputy Minister', null],
    ['Belmark Acting President Ana Lis', 'person', 'Ana Lis', 'Acting President', 'Belmark'],
    ['Irena Kovac', 'name', 'Irena Kovac', null, null],
    ['Kovac', 'name', 'Kovac', null, null],
    ['Ms Kovac', 'person', 'Kovac', null, null],
    ['Mr. Blinken', 'person', 'Blinken', null, null],
    ['Secretary of State Antony J. Blinken', 'person', 'Antony J. Blinken', 'Secretary of State', null],
    ['Col. Olav Brekke', 'person', 'Olav Brekke', 'Col.', null],
    ['Col. Olav Brekke, the army’s chief spokesman', 'person', 'Olav Brekke', 'Col.', null],
    ['Irena Kovac, Ardenia’s foreign minister', 'person', 'Irena Kovac', 'foreign minister', 'Ardenia'],
    ['Kovac, the foreign minister', 'person', 'Kovac', 'foreign minister', null],
    ["Ardenia's president, Teodor Varga", 'person', 'Teodor Varga', 'president', 'Ardenia'],
    ['Jen Psaki, the White House press secretary', 'person', 'Jen Psaki', 'press secretary', 'White House'],
    ['Government spokeswoman Lena Horvat', 'person', 'Lena Horvat', 'Government spokeswoman', null],
    ['Belmark government spokesman Kristian Solberg', 'person', 'Kristian Solberg', 'government spokesman', 'Belmark'],
    ['U.N. envoy Amara Okafor', 'person', 'Amara Okafor', 'envoy', 'U.N.'],
    [
      'The United Nations special envoy for the Selva Basin, Amara Okafor',
      'person',
      'Amara Okafor',
      'special envoy for the Selva Basin',
      'United Nations',
    ],
    ['Foreign Minister Lavrov of Russia', 'person', 'Lavrov', 'Foreign Minister', 'Russia'],
    [
      'Daniel Reyes, a senior fellow at the Caldwell Institute for Strategic Studies',
      'name',
      'Daniel Reyes',
      null,
      'Caldwell Institute',
    ],
    ['Ursula von der Leyen', 'name', 'Ursula von der Leyen', null, null],
    ["Belmark's Foreign Ministry", 'organisation', 'Belmark Foreign Ministry', null, 'Belmark'],
    ['the Belmark Foreign Ministry', 'organisation', 'Belmark Foreign Ministry', null, null],
    ['The Ardenian Foreign Ministry', 'organisation', 'Ardenian Foreign Ministry', null, null],
    ['the Foreign Ministry', 'organisation', 'Foreign Ministry', null, null],
    ['the Kremlin', 'organisation', 'Kremlin', null, null],
    ['the Ministry of Foreign Affairs', 'organisation', 'Ministry of Foreign Affairs', null, null],
    ["Belmark's state news agency Belpress", 'organisation', 'Belpress', 'state news agency', 'Belmark'],
    ['Belmark', 'name', 'Belmark', null, null],
    ['a senior Belmark official', 'description', 'a senior Belmark official', null, 'Belmark'],
    ['A Belmark military spokesman', 'description', 'A Belmark military spokesman', 'military spokesman', 'Belmark'],
    ['Ardenia’s top diplomat', 'description', 'Ardenia’s top diplomat', null, 'Ardenia'],
    ['the minister', 'description', 'the minister', 'minister', null],
    ['analysts', 'description', 'analysts', null, null],
    ['', 'description', '', null, null],
    ['   ', 'description', '', null, null],
  ] as const)('%j → %s %j, title %j, affiliation %j', (speaker, kind, name, title, affiliation) => {
    expect(parseSpeaker(speaker)).toMatchObject({ kind, name, title, affiliation });
  });

  it('keeps the name words as written and folds nothing in them', () => {
    expect(parseSpeaker('Defence Minister Sergey Dragan').nameWords).toEqual(['Sergey', 'Dragan']);
    expect(parseSpeaker("Belmark's Foreign Ministry").nameWords).toEqual(['Foreign', 'Ministry']);
  });

  it('is total: odd strings give a result', () => {
    for (const s of ['“', "'s", ', ,', 'the', 'a', 'of of of', '\u0000', 'Mr.', 'The Of']) {
      expect(() => parseSpeaker(s)).not.toThrow();
    }
  });
});
