import { ScrollableTable } from '../../../web/components/table.tsx';
import { type MessageKey, messageKeys, type Translator } from '../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../web/layout.tsx';

/**
 * The action in words. The domain that writes an action names it as `<domain>.audit.<action>`
 * in its own messages; codes without a translation (from newer versions) are shown as they are.
 */
function actionLabel(t: Translator, action: string): string {
  const key = auditLabelKey(action);
  return key ? t(key) : action;
}

// action → key, from every registered `<domain>.audit.<action>` message; rebuilt if more register.
let labelKeys = new Map<string, MessageKey>();
let builtFrom = -1;

function auditLabelKey(action: string): MessageKey | undefined {
  const keys = messageKeys();
  if (keys.length !== builtFrom) {
    labelKeys = new Map();
    for (const key of keys) {
      const m = /^[a-z]+\.audit\.(.+)$/.exec(key);
      if (m?.[1]) labelKeys.set(m[1], key);
    }
    builtFrom = keys.length;
  }
  return labelKeys.get(action);
}

type Entry = {
  id: number;
  at: Date;
  actorLabel: string;
  action: string;
  target: string;
  requestId: string | null;
};

export function AuditPage(
  props: PageContext & {
    municipality: { id: string; name: string };
    entries: Entry[];
    olderHref?: string | undefined;
  },
) {
  const { t, municipality: m } = props;
  return (
    <Layout {...props} title={t('audit.title', { name: m.name })} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {t('audit.title', { name: m.name })}
      </h1>
      <p class="ds-paragraph">{t('audit.lead')}</p>
      {props.entries.length === 0 ? (
        <p class="ds-paragraph">{t('audit.empty')}</p>
      ) : (
        <ScrollableTable label={t('audit.title', { name: m.name })}>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.request')}</th>
            </tr>
          </thead>
          <tbody>
            {props.entries.map((e) => (
              <tr>
                <td>{t.date(e.at, true)}</td>
                <td>{e.actorLabel}</td>
                <td>
                  {actionLabel(t, e.action)} <span class="muted">({e.action})</span>
                </td>
                <td>{e.target}</td>
                <td class="muted">{e.requestId ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </ScrollableTable>
      )}
      {props.olderHref && (
        <p class="ds-paragraph">
          <a class="ds-link" href={props.olderHref}>
            {t('audit.older')}
          </a>
        </p>
      )}
    </Layout>
  );
}
