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
