import { Layout, type PageContext } from '../../../../web/layout.tsx';

type Props = PageContext & { municipality: { id: string; name: string } };

/** The municipality's rules for what may be written in its dialogues, and how moderators work. */
export function PolicyPage(props: Props) {
  const { t } = props;
  const title = t('moderation.policy.title', { name: props.municipality.name });
  return (
    <Layout {...props} title={title} municipality={props.municipality}>
      <h1 class="ds-heading" data-size="lg">
        {title}
      </h1>
      <p class="ds-paragraph" data-size="lg">
        {t('moderation.policy.lead')}
      </p>
      <h2 class="ds-heading" data-size="sm">
        {t('moderation.policy.notAllowed')}
      </h2>
      <ul class="ds-list">
        <li>{t('moderation.policy.rule.offensive')}</li>
        <li>{t('moderation.policy.rule.personal')}</li>
        <li>{t('moderation.policy.rule.offTopic')}</li>
        <li>{t('moderation.policy.rule.spam')}</li>
      </ul>
      <h2 class="ds-heading" data-size="sm">
        {t('moderation.policy.howTitle')}
      </h2>
      <p class="ds-paragraph">{t('moderation.policy.how')}</p>
      <p class="ds-paragraph">{t('moderation.policy.record')}</p>
    </Layout>
  );
}
