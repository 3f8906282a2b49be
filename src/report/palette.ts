/**
 * The report's colours: ColorBrewer's RdBu, a diverging scheme that stays distinguishable with the common
 * colour-vision deficiencies (deuteranopia, protanopia, tritanopia) and in greyscale print. Red is the
 * confrontational pole (−1), blue the conciliatory pole (+1). Colour never carries meaning alone: every
 * chart also states the sign in text or position.
 */

/** Plot's name of the diverging scheme. */
export const DIVERGING_SCHEME = 'RdBu';

/** The axis, confrontational to conciliatory: the domain of every tone colour scale. */
export const TONE_DOMAIN: readonly [number, number] = [-1, 1];

/** Fixed colours for the two poles and the middle (RdBu's ends and a neutral grey). */
export const POLE_COLOURS = {
  confrontational: '#b2182b',
  conciliatory: '#2166ac',
  neutral: '#6b6b6b',
} as const;

/**
 * Colours for the over-time lines: Okabe and Ito's eight colours for colour-blind readers, repeated with a
 * different dash pattern beyond eight (the lines are labelled at their ends too).
 */
export const SERIES_COLOURS: readonly string[] = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#000000',
  '#b8a200',
];

/**
 * Dash patterns that tell apart the lines of one colour (a side's speakers): solid, dashed, dash-dot, short
 * dashes, dash-dot-dot. None is a row of dots, which is how a trend line is drawn.
 */
export const DASHES: readonly string[] = ['none', '8,4', '8,3,2,3', '3,3', '8,3,2,3,2,3'];

/**
 * One colour per side, in the order given (most statements first): the same colour in every chart of the page.
 * @example
 * ```ts
 * sideColours(['Ardenia', 'Belmark']).get('Belmark'); // '#d55e00'
 * ```
 */
export function sideColours(sides: readonly string[]): Map<string, string> {
  return new Map(sides.map((side, i) => [side, SERIES_COLOURS[i % SERIES_COLOURS.length] as string]));
}

/**
 * The styles of speaker lines: a speaker with a side is drawn in the side's colour, dashed differently from
 * the side's other speakers; a speaker without one takes a colour no side uses (repeating, dashed, once the
 * free colours run out).
 * @example
 * ```ts
 * speakerStyles(['Kovac', 'Lund', 'Osei'], (s) => (s === 'Osei' ? null : 'Ardenia'), sideColours(['Ardenia']));
 * // [{ colour: '#0072b2', dash: 'none' }, { colour: '#0072b2', dash: '6,3' }, { colour: '#d55e00', dash: 'none' }]
 * ```
 */
export function speakerStyles(
  speakers: readonly string[],
  sideOf: (speaker: string) => string | null,
  colours: ReadonlyMap<string, string>,
): { colour: string; dash: string }[] {
  const taken = new Set(colours.values());
  const free = SERIES_COLOURS.filter((c) => !taken.has(c));
  const pool = free.length > 0 ? free : SERIES_COLOURS;
  const perSide = new Map<string, number>();
  let unsided = 0;
  return speakers.map((speaker) => {
    const side = sideOf(speaker);
    const colour = side === null ? undefined : colours.get(side);
    if (side !== null && colour !== undefined) {
      const k = perSide.get(side) ?? 0;
      perSide.set(side, k + 1);
      return { colour, dash: DASHES[k % DASHES.length] as string };
    }
    const k = unsided++;
    return {
      colour: pool[k % pool.length] as string,
      dash: DASHES[Math.floor(k / pool.length) % DASHES.length] as string,
    };
  });
}
