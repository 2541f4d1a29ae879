import { describe, expect, it } from 'vitest';
import { BarChart, ChartTable, LineChart, StackedBarChart } from './index.ts';

const html = (node: unknown) => String(node);
const widths = (svg: string) =>
  [...svg.matchAll(/<rect[^>]*\swidth="([\d.]+)"/g)].map((m) => Number(m[1]));

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

  it('draws the empty state and never writes NaN', () => {
    const empty = html(<BarChart id="e" title="T" emptyText="Nothing yet" bars={[]} />);
    expect(empty).toContain('Nothing yet');
    expect(empty).toContain('<title');
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
  });

  it('escapes labels', () => {
    const svg = html(
      <BarChart
        id="x"
        title="<b>"
        emptyText="-"
        bars={[{ label: '<script>x</script>', value: 1 }]}
      />,
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});

describe('StackedBarChart', () => {
  it('stacks segments in proportion and handles all-zero rows as empty', () => {
    const svg = html(
      <StackedBarChart
        id="s"
        title="Stages per department"
        emptyText="none"
        series={[{ label: 'A' }, { label: 'B' }]}
        rows={[
          { label: 'Dept 1', values: [3, 1] },
          { label: 'Dept 2', values: [2, 0] },
        ]}
      />,
    );
    expect(svg).toContain('<title id="s-title">Stages per department</title>');
    // legend swatches are 14 wide; the rest are segments 3, 1 and 2 units long
    const segments = widths(svg).filter((w) => w !== 14);
    const [a = 0, b = 0, c = 0] = segments;
    expect(Math.abs(b / a - 1 / 3)).toBeLessThan(0.01);
    expect(Math.abs(c / a - 2 / 3)).toBeLessThan(0.01);
    const zero = html(
      <StackedBarChart
        id="z"
        title="T"
        emptyText="Empty"
        series={[{ label: 'A' }]}
        rows={[{ label: 'r', values: [0] }]}
      />,
    );
    expect(zero).toContain('Empty');
    expect(zero).not.toMatch(/NaN/);
  });
});

describe('LineChart', () => {
  it('draws one path per series, breaks at gaps and has no NaN', () => {
    const svg = html(
      <LineChart
        id="l"
        title="Benefits"
        emptyText="none"
        xLabels={['2025', '2026', '2027']}
        series={[
          { label: 'Planned', values: [0, 100, 200], dashed: true },
          { label: 'Realised', values: [0, Number.NaN, 150] },
        ]}
      />,
    );
    expect(svg).toContain('<title id="l-title">Benefits</title>');
    expect(svg.match(/<path /g)?.length).toBe(2);
    expect(svg.match(/<circle /g)?.length).toBe(5);
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('shows the empty text when no value is finite', () => {
    const svg = html(
      <LineChart
        id="n"
        title="T"
        emptyText="No data"
        xLabels={['2025']}
        series={[{ label: 'x', values: [null] }]}
      />,
    );
    expect(svg).toContain('No data');
  });

  it('places a higher value higher', () => {
    const svg = html(
      <LineChart
        id="h"
        title="T"
        emptyText="-"
        xLabels={['a', 'b']}
        series={[{ label: 's', values: [10, 20] }]}
      />,
    );
    const ys = [...svg.matchAll(/<circle[^>]*cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(ys[1]).toBeLessThan(ys[0] ?? 0);
  });
});

describe('ChartTable', () => {
  it('gives the numbers with row and column headers', () => {
    const table = html(
      <ChartTable
        caption="Numbers"
        rowHeader="Year"
        columns={['Cost']}
        rows={[{ label: '2026', cells: ['100'] }]}
        emptyText="-"
      />,
    );
    expect(table).toContain('<caption>Numbers</caption>');
    expect(table).toMatch(/<th scope="row"[^>]*>2026<\/th>/);
    expect(table).toMatch(/<td class="numeric" data-label="Cost">100<\/td>/);
    expect(
      html(<ChartTable caption="c" rowHeader="r" columns={[]} rows={[]} emptyText="Empty table" />),
    ).toContain('Empty table');
  });
});
