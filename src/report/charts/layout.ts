/** Sizes shared by the charts, chosen to stay legible when a phone scales them to ≈ 340 px wide. */

/** Outer width of every chart (px); the page scales it down, never below `MIN_CHART_WIDTH` in CSS. */
export const CHART_WIDTH = 440;
/** Room for speaker names on the left: `LABEL_CHARS` characters at 13 px. */
export const LABEL_MARGIN = 184;
/** Longest speaker name on an axis; longer ones are cut with an ellipsis (the full name is in the title). */
export const LABEL_CHARS = 22;
/** Height of one speaker's row in the bar charts. */
export const ROW_HEIGHT = 22;
/** Font size of the chart text (px). */
export const CHART_FONT = 13;

/** Plot's `style` option for every chart: the page's font, at a size readable on a phone. */
export const CHART_STYLE = { fontSize: `${CHART_FONT}px`, fontFamily: 'inherit', overflow: 'visible' } as const;
