import type { Child } from 'hono/jsx';
import { RevokeButton } from '../../../web/components/forms.tsx';
import { ScrollableTable } from '../../../web/components/table.tsx';
import type { Translator } from '../../../web/i18n/index.ts';

/** One row of a table of things that can be revoked: its cells and where its revoke button posts. */
export type RevocableRow = { cells: Child[]; revoke: { action: string; what: string } };

/**
 * A table of granted things (roles, coordinator roles, API tokens), the last column a revoke
 * button named after its row; the roles, coordinators and account pages share it.
 */
export function RevocableTable(props: {
  t: Translator;
  label: string;
  columns: string[];
  rows: RevocableRow[];
  csrfToken: string;
}) {
  const { t } = props;
  return (
    <ScrollableTable label={props.label}>
      <thead>
        <tr>
          {props.columns.map((c) => (
            <th scope="col">{c}</th>
          ))}
          <th scope="col">
            <span class="ds-sr-only">{t('identity.account.revoke')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((r) => (
          <tr>
            {r.cells.map((cell) => (
              <td>{cell}</td>
            ))}
            <td>
              <RevokeButton
                t={t}
                action={r.revoke.action}
                csrfToken={props.csrfToken}
                what={r.revoke.what}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollableTable>
  );
}
