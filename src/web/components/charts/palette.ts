/**
 * The one place where chart series get their looks. Colours are the Okabe–Ito palette, chosen to
 * stay apart for the common colour-vision deficiencies. Colour is never the only cue: lines differ
 * by dash and marker too, and fills that would print as the same grey carry a pattern. Every bar
 * and segment is outlined in near-black, so even the light colours (yellow, sky blue) have a
 * boundary with at least 3:1 contrast against white (WCAG 1.4.11).
 */
export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  grey: '#999999',
} as const;

/** A texture laid over a fill: diagonal lines, dots or a cross-hatch. */
export type FillPattern = 'hatch' | 'dots' | 'cross';

/** A point marker on a line. */
export type Marker = 'circle' | 'square' | 'diamond';

/** How one series is drawn wherever it appears. */
export type SeriesStyle = {
  colour: string;
  /** `stroke-dasharray` of a line; solid when absent. */
  dash?: string | undefined;
  marker?: Marker | undefined;
  pattern?: FillPattern | undefined;
};

/** The outline of every bar, segment and legend swatch. */
export const outline = '#1f2937';

/**
 * Money and time series. Planned is always blue and dashed (squares), realised always vermillion
 * and solid (circles), cost always black with a dash-dot (diamonds), in every chart. An
 * indicator's plan line is "planned", its measurements "realised".
 */
export const seriesStyles = {
  planned: { colour: okabeIto.blue, dash: '7 4', marker: 'square' },
  realised: { colour: okabeIto.vermillion, marker: 'circle' },
  cost: { colour: okabeIto.black, dash: '10 3 2 3', marker: 'diamond' },
} as const satisfies Record<string, SeriesStyle>;

/**
 * The stages of an initiative, in order. Neighbours that would print as similar greys differ by
 * pattern (prioritised hatched, operation dotted, stopped cross-hatched).
 */
export const stageStyles: Readonly<Record<string, SeriesStyle>> = {
  idea: { colour: okabeIto.skyBlue },
  assessed: { colour: okabeIto.yellow },
  prioritised: { colour: okabeIto.orange, pattern: 'hatch' },
  pilot: { colour: okabeIto.bluishGreen },
  scaling: { colour: okabeIto.blue },
  operation: { colour: okabeIto.reddishPurple, pattern: 'dots' },
  stopped: { colour: okabeIto.grey, pattern: 'cross' },
};

/** A goal's status (goals engine). Off track is hatched: it would print like on track. */
export const goalStatusStyles: Readonly<Record<string, SeriesStyle>> = {
  'on-track': { colour: okabeIto.bluishGreen },
  'at-risk': { colour: okabeIto.orange, pattern: 'dots' },
  'off-track': { colour: okabeIto.vermillion, pattern: 'hatch' },
  unknown: { colour: okabeIto.grey, pattern: 'cross' },
};

/** The style of a stage, or a neutral grey for one this module does not know. */
export function stageStyle(stage: string): SeriesStyle {
  return stageStyles[stage] ?? { colour: okabeIto.grey };
}

/** The style of a goal status, or the unknown status's. */
export function goalStatusStyle(status: string): SeriesStyle {
  return goalStatusStyles[status] ?? { colour: okabeIto.grey, pattern: 'cross' };
}

/** The "today" marker on a time axis. */
export const todayStyle = { colour: '#374151', dash: '2 3' } as const;
