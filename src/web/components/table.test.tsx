import { describe, expect, it } from 'vitest';
import { ScrollableTable } from './table.tsx';

const html = (node: unknown) => String(node);
const cells = (markup: string) =>
  [...markup.matchAll(/<(td|th)(\s[^>]*)?>/g)].map((m) => ({
    tag: m[1],
    label: /data-label="([^"]*)"/.exec(m[2] ?? '')?.[1],
    key: (m[2] ?? '').includes('data-key="true"'),
  }));

describe('ScrollableTable', () => {
  it('labels every body cell with its column header and marks the first column as the key', () => {
    const rows = [
      { name: 'Alfa', dept: 'Omsorg', cost: '10' },
      { name: 'Beta', dept: 'Skola', cost: '20' },
    ];
    const out = html(
      <ScrollableTable label="Initiatives">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">
              Department <span class="muted">(owner)</span>
            </th>
            <th scope="col">
              <span class="ds-sr-only">Cost</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{r.name}</td>
              <td>{r.dept}</td>
              <td>{r.cost}</td>
            </tr>
          ))}
        </tbody>
      </ScrollableTable>,
    );
    expect(out).toContain('data-layout="stack"');
    const body = cells(out).slice(3);
    expect(body).toEqual([
      { tag: 'td', label: 'Title', key: true },
      { tag: 'td', label: 'Department (owner)', key: false },
      // A header that is only for screen readers gives no visible label.
      { tag: 'td', label: undefined, key: false },
      { tag: 'td', label: 'Title', key: true },
      { tag: 'td', label: 'Department (owner)', key: false },
      { tag: 'td', label: undefined, key: false },
    ]);
  });

  it('keys rows on their row header, counts column spans and keeps labels a cell sets itself', () => {
    const out = html(
      <ScrollableTable label="Costs">
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Item</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {/* biome-ignore lint/complexity/noUselessFragments: the labels must reach through fragments */}
          <>
            <tr>
              <td>2027</td>
              <th scope="row">Licences</th>
              <td data-label="Own label">5</td>
            </tr>
            <tr>
              <td>2028</td>
              <th scope="row">Support</th>
              <td>0</td>
            </tr>
          </>
        </tbody>
        <tfoot>
          <tr>
            <td colspan={2}>Total</td>
            <td>5</td>
          </tr>
        </tfoot>
      </ScrollableTable>,
    );
    expect(cells(out).slice(3)).toEqual([
      { tag: 'td', label: 'Year', key: false },
      { tag: 'th', label: 'Item', key: true },
      { tag: 'td', label: 'Own label', key: false },
      { tag: 'td', label: 'Year', key: false },
      { tag: 'th', label: 'Item', key: true },
      { tag: 'td', label: 'Amount', key: false },
      // The total's label spans two columns: no column header is its label.
      { tag: 'td', label: undefined, key: false },
      { tag: 'td', label: 'Amount', key: false },
    ]);
  });

  it('escapes header text in the labels', () => {
    const out = html(
      <ScrollableTable label="x">
        <thead>
          <tr>
            <th scope="col">{'<script>"x"</script>'}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>1</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    expect(out).not.toContain('<script>');
    expect(out).toContain('data-label="&lt;script&gt;&quot;x&quot;&lt;/script&gt;"');
  });

  it('leaves a matrix as a grid that scrolls in its own box', () => {
    const out = html(
      <ScrollableTable label="Matrix" layout="matrix">
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col">Scheduling</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Care</th>
            <td>TimeCare</td>
          </tr>
        </tbody>
      </ScrollableTable>,
    );
    expect(out).toContain('data-layout="matrix"');
    expect(out).not.toContain('data-label');
    expect(out).toMatch(/<section class="table-wrap"[^>]*aria-label="Matrix"[^>]*tabindex="0"/);
  });
});
