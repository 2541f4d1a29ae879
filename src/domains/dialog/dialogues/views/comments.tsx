import { langOf } from '../../../../web/components/content.tsx';
import {
  CsrfField,
  type FormState,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '../../../../web/components/forms.tsx';
import type { Translator } from '../../../../web/i18n/index.ts';
import type { CommentThread } from '../comments.ts';
import { flagReasons, MAX_COMMENT_LENGTH } from '../dialogues.inputs.ts';

type Props = {
  t: Translator;
  csrfToken: string;
  /** The matter's page; forms post below it. */
  base: string;
  threads: CommentThread[];
  order: 'newest' | 'replies';
  /** Whoever may write here now. */
  canWrite: boolean;
  /** Signed-in users flag comments. */
  canFlag: boolean;
  /** The reader's participant number: their own comments can be removed. */
  ownNumber: number | null;
  form: FormState;
};

function CommentBody(props: { t: Translator; comment: CommentThread['comment'] }) {
  const { t, comment } = props;
  if (comment.status === 'removed')
    return <p class="ds-paragraph">{t('dialogues.comments.removed')}</p>;
  if (comment.status === 'hidden') {
    return (
      <p class="ds-paragraph">
        {comment.hiddenReason
          ? t('dialogues.comments.hidden', { reason: comment.hiddenReason })
          : t('dialogues.comments.hiddenByFlags')}
      </p>
    );
  }
  return (
    <p class="ds-paragraph comment-text" lang={langOf(t)}>
      {comment.text}
    </p>
  );
}

function RemoveForm(props: Props & { id: string }) {
  return (
    <form method="post" action={`${props.base}/comments/${props.id}/remove`} class="inline-form">
      <CsrfField token={props.csrfToken} />
      <button type="submit" class="ds-button" data-variant="tertiary" data-size="sm">
        {props.t('dialogues.comments.remove')}
      </button>
    </form>
  );
}

function FlagForm(props: Props & { id: string }) {
  const { t } = props;
  return (
    <details class="comment-flag">
      <summary>{t('dialogues.comments.flag')}</summary>
      <form method="post" action={`${props.base}/comments/${props.id}/flags`}>
        <CsrfField token={props.csrfToken} />
        <SelectField
          t={t}
          form={{ values: {}, errors: {} }}
          name={`reason-${props.id}`}
          label={t('dialogues.comments.flagReason')}
          options={flagReasons.map((r) => ({ value: r, label: t(`dialogues.flag.${r}`) }))}
          required
        />
        <SubmitButton variant="secondary">{t('dialogues.comments.flagSubmit')}</SubmitButton>
      </form>
    </details>
  );
}

/** The comments of a dialogue: threads one reply deep, each with who wrote it (a number) and when. */
export function Comments(props: Props) {
  const { t } = props;
  const other = props.order === 'newest' ? 'replies' : 'newest';
  return (
    <>
      <p class="ds-paragraph">
        {t('dialogues.comments.count', {
          count: props.threads.reduce((n, th) => n + 1 + th.replies.length, 0),
        })}{' '}
        {props.threads.length > 1 && (
          <a class="ds-link" href={`${props.base}?comments=${other}#comments-heading`}>
            {t(other === 'newest' ? 'dialogues.comments.byNewest' : 'dialogues.comments.byReplies')}
          </a>
        )}
      </p>
      <ol class="comment-list">
        {props.threads.map(({ comment, replies }) => (
          <li class="comment" id={`comment-${comment.id}`}>
            <p class="ds-paragraph" data-size="sm">
              {t('dialogues.comments.by', {
                number: comment.participant,
                time: t.date(comment.createdAt, true),
              })}
            </p>
            <CommentBody t={t} comment={comment} />
            {props.canFlag && comment.status === 'shown' && <FlagForm {...props} id={comment.id} />}
            {comment.participant === props.ownNumber && comment.status !== 'removed' && (
              <RemoveForm {...props} id={comment.id} />
            )}
            {replies.length > 0 && (
              <ol class="comment-list comment-replies">
                {replies.map((reply) => (
                  <li class="comment" id={`comment-${reply.id}`}>
                    <p class="ds-paragraph" data-size="sm">
                      {t('dialogues.comments.by', {
                        number: reply.participant,
                        time: t.date(reply.createdAt, true),
                      })}
                    </p>
                    <CommentBody t={t} comment={reply} />
                    {props.canFlag && reply.status === 'shown' && (
                      <FlagForm {...props} id={reply.id} />
                    )}
                  </li>
                ))}
              </ol>
            )}
            {props.canWrite && (
              <details class="comment-reply">
                <summary>{t('dialogues.comments.reply')}</summary>
                <form method="post" action={`${props.base}/comments`}>
                  <CsrfField token={props.csrfToken} />
                  <input type="hidden" name="parentId" value={comment.id} />
                  <TextAreaField
                    t={t}
                    form={{ values: {}, errors: {} }}
                    name={`reply-${comment.id}`}
                    label={t('dialogues.comments.replyLabel')}
                    rows={3}
                    maxlength={MAX_COMMENT_LENGTH}
                    required
                  />
                  <SubmitButton variant="secondary">
                    {t('dialogues.comments.replySubmit')}
                  </SubmitButton>
                </form>
              </details>
            )}
          </li>
        ))}
      </ol>
      {props.canWrite && (
        <form method="post" action={`${props.base}/comments`}>
          <CsrfField token={props.csrfToken} />
          <TextAreaField
            t={t}
            form={props.form}
            name="comment"
            label={t('dialogues.comments.new')}
            rows={4}
            maxlength={MAX_COMMENT_LENGTH}
            required
          />
          <SubmitButton variant="secondary">{t('dialogues.comments.submit')}</SubmitButton>
        </form>
      )}
    </>
  );
}
