import type { ProposalState } from '../../../../engines/proposal-rules/index.ts';
import type { Translator } from '../../../../web/i18n/index.ts';

const colours: Record<ProposalState, string> = {
  draft: 'neutral',
  screening: 'neutral',
  refused: 'danger',
  collecting: 'success',
  thresholdReached: 'accent',
  expired: 'warning',
  withBody: 'info',
  answered: 'accent',
  withdrawn: 'neutral',
};

/** Where a proposal is, as a tag: the same words on the list and on its page. */
export function StateTag(props: { t: Translator; state: ProposalState }) {
  return (
    <span class="ds-tag" data-color={colours[props.state]}>
      {props.t(`proposals.state.${props.state}`)}
    </span>
  );
}
