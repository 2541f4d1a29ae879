import type { Translator } from '../../../../web/i18n/index.ts';

export type SupportCounts = {
  supportVerified: number;
  supportUnverified: number;
  supportPaper: number;
  /** The three together, as the database sums them (`proposals.support_total`). */
  supportTotal: number;
  threshold: number | null;
};

/**
 * Support against the threshold: a native progress bar, named by the sentence beside it, which
 * says the same in words (a screen reader and a printout get the figures, not only a bar), and
 * the verified, unverified and paper counts apart.
 */
export function SupportProgress(props: {
  t: Translator;
  proposal: SupportCounts & { id: string };
  detailed?: boolean;
}) {
  const { t, proposal: p } = props;
  if (p.threshold === null) return null;
  const total = p.supportTotal;
  const percent = Math.floor((100 * total) / p.threshold);
  const id = `support-${p.id}`;
  return (
    <div class="support">
      <p class="ds-paragraph" id={id}>
        {t('proposals.page.progress', { count: total, threshold: p.threshold, percent })}
      </p>
      <progress
        class="support-progress"
        max={p.threshold}
        value={Math.min(total, p.threshold)}
        aria-labelledby={id}
      >
        {percent} %
      </progress>
      {props.detailed && (
        <p class="ds-paragraph" data-size="sm">
          {t('proposals.page.counts', {
            verified: p.supportVerified,
            unverified: p.supportUnverified,
            paper: p.supportPaper,
          })}
        </p>
      )}
    </div>
  );
}
