import { ScrollableTable } from '../table.tsx';
import { missingMark } from './common.tsx';

/** A formatted cell, or null where there is no value (shown as "–", read as `missing`). */
export type TableCell = string | null;

/** A chart's numbers as a table: row headers in the first column, one column per series. */
export function ChartTable(props: {
  /** The table's caption (usually the chart's title). */
  caption: string;
  /** Header of the first column (what the rows are, e.g. "Year"). */
  rowHeader: string;
  columns: string[];
  rows: { label: string; cells: TableCell[] }[];
  /** The language of the row labels when it is not the page's (content the municipality wrote). */
  rowLang?: string | undefined;
  emptyText: string;
  /** What a screen reader says for a missing value, e.g. "no measurement". */
  missing?: string | undefined;
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
            <th scope="row" lang={props.rowLang}>
              {r.label}
            </th>
            {r.cells.map((cell) =>
              cell === null ? (
                <td class="numeric missing">
                  {props.missing ? (
                    <>
                      <span aria-hidden="true">{missingMark}</span>
                      <span class="ds-sr-only">{props.missing}</span>
                    </>
                  ) : (
                    missingMark
                  )}
                </td>
              ) : (
                <td class="numeric">{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
