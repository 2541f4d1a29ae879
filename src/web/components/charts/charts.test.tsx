import { describe, expect, it } from 'vitest';
import {
  BarChart,
  ChartBlock,
  ChartTable,
  contiguousYears,
  dateAxis,
  fractionalYear,
  goalStatusStyles,
  LineChart,
  okabeIto,
  StackedBarChart,
  seriesStyles,
  stageStyles,
  yearAxis,
  yearPoints,
} from './index.ts';

const html = (node: unknown) => String(node);
const bars = (svg: string) => [...svg.matchAll(/<rect class="bar"[^>]*\swidth="([\d.]+)"/g)];
const widths = (svg: string) => bars(svg).map((m) => Number(m[1]));
const linePaths = (svg: string) =>
  [...svg.matchAll(/<path class="series-line" d="([^"]*)"/g)].map((m) => m[1] ?? '');
const blue = { colour: okabeIto.blue };
/** The chart's SVG without the HTML legend after it (whose swatches have markers too). */
const plot = (markup: string) => markup.slice(0, markup.indexOf('</svg>'));

describe('BarChart', () => {
  it('is an image with a title, and bars proportional to their values', () => {
    const svg = html(
      <BarChart
        id="b"
        title="Initiatives by stage"
        emptyText="none"
        bars={[
          { label: 'Idea', value: 10 },
          { label: 'Pilot', value: 5 },
          { label: 'Drift', value: 2.5 },
        ]}
      />,
    );
    expect(svg).toMatch(/<svg[^>]*role="img"/);
    expect(svg).toMatch(/aria-labelledby="b-title"/);
    expect(svg).toContain('<title id="b-title">Initiatives by stage</title>');
    expect(svg).not.toContain('style=');
    const [a = 0, b = 0, c = 0] = widths(svg);
    expect(a).toBeGreaterThan(0);
    // 10 : 5 : 2.5 within the 0.1 rounding of coordinates
    expect(Math.abs(b / a - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(c / a - 0.25)).toBeLessThan(0.01);
  });

  it('draws no bar and a dash for a missing value, never a 0', () => {
    const svg = html(
      <BarChart
        id="m"
        title="T"
        emptyText="-"
        format={(n) => `${n} kr`}
        bars={[
          { label: 'Measured', value: 4 },
          { label: 'Not measured', value: null },
        ]}
      />,
    );
    expect(bars(svg)).toHaveLength(1);
    expect(svg).toContain('>4 kr</text>');
    expect(svg).toContain('>–</text>');
    expect(svg).not.toContain('>0 kr<');
  });

  it('draws the empty state and never writes NaN', () => {
    const empty = html(<BarChart id="e" title="T" emptyText="Nothing yet" bars={[]} />);
    expect(empty).toContain('Nothing yet');
    expect(empty).toContain('<title');
    expect(
      html(
        <BarChart id="n" title="T" emptyText="All missing" bars={[{ label: 'a', value: null }]} />,
      ),
    ).toContain('All missing');
    const odd = html(
      <BarChart
        id="o"
        title="T"
        emptyText="-"
        bars={[
          { label: 'nan', value: Number.NaN },
          { label: 'inf', value: Number.POSITIVE_INFINITY },
          { label: 'zero', value: 0 },
        ]}
      />,
    );
    expect(odd).not.toMatch(/NaN|Infinity/);
    // NaN and Infinity are missing, not 0: only the real 0 is a (zero-width) bar
    expect(bars(odd)).toHaveLength(1);
  });

  it('escapes labels and fills patterned styles from the chart’s own patterns', () => {
    const svg = html(
      <BarChart
        id="x"
        title="<b>"
        emptyText="-"
        bars={[{ label: '<script>x</script>', value: 1, style: stageStyles.stopped }]}
      />,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
    const id = /<pattern id="([^"]+)"/.exec(svg)?.[1];
    expect(id).toMatch(/^x-cross-/);
    expect(svg).toContain(`fill="url(#${id})"`);
  });
});

describe('StackedBarChart', () => {
  it('stacks segments in proportion, has a legend, and handles all-zero rows as empty', () => {
    const svg = html(
      <StackedBarChart
        id="s"
        title="Stages per department"
        emptyText="none"
        series={[
          { label: 'A', style: stageStyles.idea ?? blue },
          { label: 'B', style: stageStyles.pilot ?? blue },
        ]}
        rows={[
          { label: 'Dept 1', values: [3, 1] },
          { label: 'Dept 2', values: [2, 0] },
          { label: 'Dept 3', values: [null, null] },
        ]}
      />,
    );
    expect(svg).toContain('<title id="s-title">Stages per department</title>');
    const [a = 0, b = 0, c = 0, ...rest] = widths(svg);
    expect(Math.abs(b / a - 1 / 3)).toBeLessThan(0.01);
    expect(Math.abs(c / a - 2 / 3)).toBeLessThan(0.01);
    expect(rest).toEqual([]);
    // the row without values has a dash for its total
    expect(svg).toContain('>–</text>');
    expect(svg).toMatch(/<ul class="chart-legend"><li>.*A<\/li><li>.*B<\/li><\/ul>/);
    const zero = html(
      <StackedBarChart
        id="z"
        title="T"
        emptyText="Empty"
        series={[{ label: 'A', style: blue }]}
        rows={[{ label: 'r', values: [0] }]}
      />,
    );
    expect(zero).toContain('Empty');
    expect(zero).not.toMatch(/NaN/);
  });
});

describe('LineChart', () => {
  const years = [2025, 2026, 2027, 2028];
  const chart = (values: (number | null)[], today?: number) =>
    html(
      <LineChart
        id="l"
        title="Benefits"
        emptyText="none"
        {...yearAxis(years)}
        today={today === undefined ? undefined : { at: today, label: 'Today' }}
        series={[
          {
            label: 'Planned',
            style: seriesStyles.planned,
            points: yearPoints(years, [0, 100, 200, 300]),
          },
          { label: 'Realised', style: seriesStyles.realised, points: yearPoints(years, values) },
        ]}
      />,
    );

  it('splits a line at a gap: two M segments, no point where nothing was measured', () => {
    const svg = chart([10, null, 150, 160]);
    expect(svg).toContain('<title id="l-title">Benefits</title>');
    const [planned = '', realised = ''] = linePaths(svg);
    expect(planned.match(/M/g)).toHaveLength(1);
    expect(realised.match(/M/g)).toHaveLength(2);
    // 4 planned squares and 3 realised circles
    expect(plot(svg).match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('stroke-dasharray="7 4"');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('ends the realised line where the measurements end instead of falling to 0', () => {
    const svg = chart([10, 20, null, null]);
    const realised = linePaths(svg)[1] ?? '';
    expect(realised.match(/[ML]/g)).toHaveLength(2);
    const ys = [...plot(svg).matchAll(/<circle[^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    // The zero line (darker gridline) is below both realised points.
    const zeroY = Number(/y1="([\d.]+)"[^>]*stroke="#6b7280"/.exec(svg)?.[1]);
    for (const y of ys) expect(y).toBeLessThan(zeroY);
  });

  it('marks today inside the axis and leaves it out when today is outside', () => {
    const svg = chart([1, 2, 3, 4], 2026.93);
    expect(svg).toMatch(/<g class="today"><line[^>]*stroke-dasharray="2 3"/);
    expect(svg).toContain('>Today</text>');
    expect(chart([1, 2, 3, 4], 2031)).not.toContain('class="today"');
    // Today sits between the middles of 2026 and 2027.
    const at = (label: string) =>
      Number(new RegExp(`<text x="([\\d.]+)"[^>]*>${label}</text>`).exec(svg)?.[1]);
    const todayX = Number(/<g class="today"><line x1="([\d.]+)"/.exec(svg)?.[1]);
    expect(todayX).toBeGreaterThan(at('2026'));
    expect(todayX).toBeLessThan(at('2027'));
  });

  it('has an HTML legend with each series’ dash and marker', () => {
    const svg = chart([1, 2, 3, 4]);
    const legend = svg.slice(svg.indexOf('<ul class="chart-legend">'));
    expect(legend).toContain('Planned');
    expect(legend).toContain('Realised');
    expect(legend).toContain('stroke-dasharray="7 4"');
    expect(legend).toContain('aria-hidden="true"');
  });

  it('shows the empty text when no value is finite', () => {
    const svg = html(
      <LineChart
        id="n"
        title="T"
        emptyText="No data"
        {...yearAxis([2025])}
        series={[{ label: 'x', style: blue, points: [{ x: 2025.5, y: null }] }]}
      />,
    );
    expect(svg).toContain('No data');
    expect(svg).not.toContain('chart-legend');
  });

  it('places a higher value higher', () => {
    const svg = chart([10, 20, 30, 40]);
    const ys = [...plot(svg).matchAll(/<circle[^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(4);
    // SVG's y grows downwards: each higher value sits above the one before.
    expect([...ys].sort((a, b) => b - a)).toEqual(ys);
    expect(new Set(ys).size).toBe(4);
  });
});

describe('ChartTable', () => {
  it('gives the numbers with row and column headers, and a dash for a missing value', () => {
    const table = html(
      <ChartTable
        caption="Numbers"
        rowHeader="Year"
        columns={['Planned', 'Realised']}
        rows={[{ label: '2027', cells: ['100', null] }]}
        emptyText="-"
        missing="no value"
      />,
    );
    expect(table).toContain('<caption>Numbers</caption>');
    expect(table).toMatch(/<th scope="row"[^>]*>2027<\/th>/);
    expect(table).toMatch(/<td class="numeric"[^>]*>100<\/td>/);
    expect(table).toMatch(
      /<td class="numeric missing"[^>]*><span aria-hidden="true">–<\/span><span class="ds-sr-only">no value<\/span><\/td>/,
    );
    expect(table).not.toContain('>0<');
    expect(
      html(<ChartTable caption="c" rowHeader="r" columns={[]} rows={[]} emptyText="Empty table" />),
    ).toContain('Empty table');
  });
});

describe('ChartBlock', () => {
  it('folds the table in a closed <details> under a summary, after the chart', () => {
    const block = html(<ChartBlock chart={<svg />} summary="Show the numbers" table={<table />} />);
    expect(block).toMatch(
      /^<div class="chart-block"><div class="chart-block__chart"><svg><\/svg><\/div><details class="chart-numbers"><summary>Show the numbers<\/summary><table><\/table><\/details><\/div>$/,
    );
  });
});

describe('palette', () => {
  it('gives every series, stage and status its own look', () => {
    const looks = (styles: Record<string, { colour: string; pattern?: string }>) =>
      Object.values(styles).map((s) => `${s.colour}/${s.pattern ?? ''}`);
    for (const set of [seriesStyles, stageStyles, goalStatusStyles]) {
      const all = looks(set);
      expect(new Set(all).size).toBe(all.length);
    }
    const colours = Object.values(seriesStyles).map((s) => s.colour);
    expect(new Set(colours).size).toBe(colours.length);
    // planned and realised also differ by dash, so they never rely on colour alone
    expect(seriesStyles.planned.dash).toBeDefined();
    expect('dash' in seriesStyles.realised).toBe(false);
  });
});

describe('time axis', () => {
  it('measures dates in fractional years', () => {
    expect(fractionalYear('2026-01-01')).toBe(2026);
    expect(fractionalYear('2026-07-02')).toBeCloseTo(2026 + 182 / 365, 10);
    expect(fractionalYear('2024-12-31')).toBeCloseTo(2024 + 365 / 366, 10);
    expect(fractionalYear('not a date')).toBeNaN();
  });

  it('fills the years between, so a year without data is a gap', () => {
    expect(contiguousYears([2028, 2025])).toEqual([2025, 2026, 2027, 2028]);
    expect(contiguousYears([])).toEqual([]);
    expect(contiguousYears([1, 3000])).toEqual([1, 3000]);
    expect(yearAxis([2025, 2026])).toEqual({
      xDomain: [2025, 2027],
      xTicks: [
        { at: 2025.5, label: '2025' },
        { at: 2026.5, label: '2026' },
      ],
    });
    expect(dateAxis(2024.5, 2026.2).xTicks.map((t) => t.label)).toEqual(['2025', '2026']);
  });
});
