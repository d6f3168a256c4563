/**
 * Chart colours: the Government Analysis Function palette (distinguishable with common colour-vision
 * deficiencies), each at least 3:1 against white for lines and marks. Text in charts is always near-black.
 */
export const chartColours = {
  darkBlue: '#12436d',
  orange: '#f46a25',
  turquoise: '#28a197',
  darkPink: '#801650',
  muted: '#505a5f',
  text: '#0b0c0c',
} as const;

/** Series colours in order of use. */
export const seriesColours: readonly string[] = [
  chartColours.darkBlue,
  chartColours.orange,
  chartColours.turquoise,
  chartColours.darkPink,
];

/** Series marker shapes in order of use, so series differ in shape as well as colour. */
export const seriesSymbols: readonly string[] = ['circle', 'square', 'triangle', 'diamond'];

/** Default number format for chart labels and tables (en-GB, up to one decimal place). */
export function formatNumber(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}
