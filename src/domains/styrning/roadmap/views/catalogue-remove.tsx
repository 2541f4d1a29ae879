import { CsrfField } from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import { Layout, type PageContext } from '../../../../web/layout.tsx';
import { type Dependants, removable } from '../catalogue.load.ts';

/** A catalogue entry someone may want to remove, and what depends on it. */
export type RemovalTarget = {
  kind: 'capability' | 'system';
  id: string;
  name: string;
  dependants: Dependants;
};

type PanelProps = { t: Translator; base: string; csrfToken: string; target: RemovalTarget };

const list = (t: Translator, names: string[]) =>
  new Intl.ListFormat(t.lang, { type: 'conjunction' }).format(names);

/** Why the entry cannot go yet: every system, department and initiative that depends on it. */
function Blocked({ t, target }: { t: Translator; target: RemovalTarget }) {
  const d = target.dependants;
  return (
    <div class="stack">
      <p class="ds-paragraph">
        {target.kind === 'capability'
          ? t('roadmap.systems.blockedCapability', { name: target.name })
          : t('roadmap.systems.blockedSystem', { name: target.name })}
      </p>
      <ul class="ds-list">
        {d.systems.map((s) => (
          <li>{s}</li>
        ))}
        {d.departments.length > 0 && (
          <li>{t('roadmap.systems.usedBy', { names: list(t, d.departments) })}</li>
        )}
        {d.initiatives.length > 0 && (
          <li>{t('roadmap.systems.touchedBy', { names: list(t, d.initiatives) })}</li>
        )}
      </ul>
    </div>
  );
}

/**
 * The second step of a removal: says what will be removed and that nothing depends on it, with
 * the button that really removes it (the form carries `confirm=yes`); or, while something depends
 * on the entry, what that is and no button.
 */
export function RemovePanel(props: PanelProps) {
  const { t, target } = props;
  if (!removable(target.dependants)) return <Blocked t={t} target={target} />;
  const path = target.kind === 'capability' ? 'capabilities' : 'systems';
  return (
    <form method="post" action={`${props.base}/${path}/${target.id}/delete`} class="stack">
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="confirm" value="yes" />
      <p class="ds-paragraph">
        {target.kind === 'capability'
          ? t('roadmap.systems.confirmCapability', { name: target.name })
          : t('roadmap.systems.confirmSystem', { name: target.name })}
      </p>
      <div>
        <button type="submit" class="ds-button" data-variant="primary" data-color="danger">
          {t('roadmap.systems.confirmYes', { name: target.name })}
        </button>
      </div>
    </form>
  );
}

/** A closed "Remove …" section on the catalogue page; opening it is the first step. */
export function RemoveDetails(props: PanelProps) {
  return (
    <details class="catalogue-remove">
      <summary>{props.t('roadmap.systems.removeEntry', { name: props.target.name })}</summary>
      <RemovePanel {...props} />
    </details>
  );
}

/** The confirmation as a page of its own, for a removal posted without `confirm=yes`. */
export function ConfirmRemovePage(
  props: PageContext & {
    municipality: { id: string; name: string };
    target: RemovalTarget;
  },
) {
  const { t, municipality: m } = props;
  const base = `/${t.lang}/municipalities/${m.id}`;
  const title = t('roadmap.systems.confirmTitle', { entry: props.target.name });
  return (
    <Layout {...props} title={title} municipality={m}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <RemovePanel t={t} base={base} csrfToken={props.csrfToken} target={props.target} />
      <p class="ds-paragraph">
        <a class="ds-link" href={`${base}/systems/catalogue`}>
          {t('roadmap.systems.keep')}
        </a>
      </p>
    </Layout>
  );
}
