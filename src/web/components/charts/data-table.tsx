import { ScrollableTable } from '../table.tsx';

/** A chart's numbers as a table: row headers in the first column, one column per series. */
export function ChartTable(props: {
  /** The table's caption (usually the chart's title). */
  caption: string;
  /** Header of the first column (what the rows are, e.g. "Year"). */
  rowHeader: string;
  columns: string[];
  rows: { label: string; cells: string[] }[];
  emptyText: string;
}) {
  if (props.rows.length === 0) return <p class="ds-paragraph muted">{props.emptyText}</p>;
  return (
    <ScrollableTable label={props.caption}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{props.rowHeader}</th>
          {props.columns.map((c) => (
            <th scope="col" class="numeric">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            <th scope="row">{r.label}</th>
            {r.cells.map((cell) => (
              <td class="numeric">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
