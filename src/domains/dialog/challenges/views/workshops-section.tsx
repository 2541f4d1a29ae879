import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  type FormState,
  TextAreaField,
  TextField,
} from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { ChallengePageData } from '../challenge.load.ts';

type Props = {
  t: Translator;
  base: string;
  csrfToken: string;
  data: ChallengePageData;
  form: FormState;
};

/** One workshop's button for the participant: sign up or join the waiting list, or cancel. */
function SignupForm(props: Props & { w: ChallengePageData['workshops'][number] }) {
  const { t, w } = props;
  const path = `${props.base}/workshops/${w.id}`;
  if (w.own) {
    return (
      <form method="post" action={`${path}/cancel`}>
        <CsrfField token={props.csrfToken} />
        <p class="ds-paragraph">
          {w.own === 'confirmed'
            ? t('challenges.workshops.confirmed')
            : t('challenges.workshops.waiting')}
        </p>
        <button type="submit" class="ds-button" data-variant="secondary">
          {w.own === 'confirmed'
            ? t('challenges.workshops.cancel')
            : t('challenges.workshops.leaveWaiting')}
          <span class="ds-sr-only">{`: ${w.title}`}</span>
        </button>
      </form>
    );
  }
  if (!props.data.ownRole || props.data.challenge.state === 'done') return null;
  return (
    <form method="post" action={`${path}/signup`}>
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="ds-button" data-variant="primary">
        {w.confirmed < w.capacity
          ? t('challenges.workshops.signUp')
          : t('challenges.workshops.joinWaiting')}
        <span class="ds-sr-only">{`: ${w.title}`}</span>
      </button>
    </form>
  );
}

/**
 * The challenge's meetings and workshops: when (in the municipality's time), where, how
 * accessible, the places taken and the waiting list, a calendar file, and the participant's own
 * signup. Those who run the challenge see who signed up and plan new ones.
 */
export function WorkshopsSection(props: Props) {
  const { t, data, form } = props;
  return (
    <section aria-labelledby="workshops-heading">
      <h2 class="ds-heading" data-size="sm" id="workshops-heading">
        {t('challenges.workshops.heading')}
      </h2>
      {data.workshops.length === 0 ? (
        <p class="ds-paragraph">{t('challenges.workshops.none')}</p>
      ) : (
        <ul class="card-list">
          {data.workshops.map((w) => (
            <li>
              <article
                class="ds-card"
                id={`workshop-${w.id}`}
                aria-labelledby={`workshop-title-${w.id}`}
              >
                <h3
                  class="ds-heading"
                  data-size="xs"
                  id={`workshop-title-${w.id}`}
                  lang={langOf(t)}
                >
                  {w.title}
                </h3>
                <p class="ds-paragraph">
                  {t('challenges.workshops.when', {
                    from: t.date(w.startsAt, true),
                    to: t.date(w.endsAt, true),
                  })}
                </p>
                <p class="ds-paragraph">{t('challenges.workshops.place', { place: w.place })}</p>
                {w.accessibility && (
                  <p class="ds-paragraph">
                    {t('challenges.workshops.accessibility', { text: w.accessibility })}
                  </p>
                )}
                {w.onlineUrl && (
                  <p class="ds-paragraph">
                    <a class="ds-link" href={w.onlineUrl} rel="noopener noreferrer">
                      {t('challenges.workshops.online')}
                    </a>
                  </p>
                )}
                <p class="ds-paragraph">
                  {t('challenges.workshops.places', {
                    taken: w.confirmed,
                    capacity: w.capacity,
                    waiting: w.waiting,
                  })}
                </p>
                <p class="ds-paragraph">
                  <a
                    class="ds-link"
                    href={`${props.base}/workshops/${w.id}/calendar.ics`}
                    download="workshop.ics"
                  >
                    {t('challenges.workshops.calendar')}
                    <span class="ds-sr-only">{`: ${w.title}`}</span>
                  </a>
                </p>
                {w.started ? (
                  <p class="ds-paragraph">{t('challenges.workshops.past')}</p>
                ) : (
                  <SignupForm {...props} w={w} />
                )}
                {data.manages && w.names.length > 0 && (
                  <>
                    <h4 class="ds-heading" data-size="2xs">
                      {t('challenges.workshops.signups')}
                    </h4>
                    <ol class="ds-list">
                      {w.names.map((n) => (
                        <li>
                          {n.status === 'waiting'
                            ? t('challenges.workshops.signupWaiting', { name: n.name })
                            : n.name}
                        </li>
                      ))}
                    </ol>
                  </>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {data.manages && data.challenge.state !== 'done' && (
        <form method="post" action={`${props.base}/workshops`}>
          <CsrfField token={props.csrfToken} />
          <h3 class="ds-heading" data-size="xs">
            {t('challenges.workshops.new')}
          </h3>
          <TextField
            t={t}
            form={form}
            name="workshopTitle"
            label={t('challenges.workshops.title')}
            maxlength={150}
            required
          />
          <TextField
            t={t}
            form={form}
            name="startsAt"
            type="datetime-local"
            label={t('challenges.workshops.startsAt')}
            hint={t('challenges.workshops.timeHint')}
            required
          />
          <TextField
            t={t}
            form={form}
            name="endsAt"
            type="datetime-local"
            label={t('challenges.workshops.endsAt')}
            required
          />
          <TextField
            t={t}
            form={form}
            name="place"
            label={t('challenges.workshops.placeField')}
            maxlength={300}
            required
          />
          <TextAreaField
            t={t}
            form={form}
            name="accessibility"
            label={t('challenges.workshops.accessibilityField')}
            hint={t('challenges.workshops.accessibilityHint')}
            rows={2}
            maxlength={1000}
          />
          <TextField
            t={t}
            form={form}
            name="onlineUrl"
            type="url"
            label={t('challenges.workshops.onlineUrl')}
            maxlength={500}
          />
          <TextField
            t={t}
            form={form}
            name="capacity"
            type="number"
            number={{ integer: true, min: 1, max: 10000 }}
            label={t('challenges.workshops.capacity')}
            required
          />
          <button type="submit" class="ds-button" data-variant="primary">
            {t('challenges.workshops.submit')}
          </button>
        </form>
      )}
    </section>
  );
}
