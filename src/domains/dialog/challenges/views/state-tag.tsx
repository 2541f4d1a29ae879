import type { Translator } from '../../../../web/i18n/index.ts';
import type { ChallengeState } from '../challenges.policy.ts';

const colours: Record<ChallengeState, string> = {
  open: 'success',
  shortlisting: 'info',
  done: 'neutral',
};

/** Where a challenge is, as a tag: the same words on the list and on its page. */
export function ChallengeStateTag(props: { t: Translator; state: string }) {
  const state = props.state as ChallengeState;
  return (
    <span class="ds-tag" data-color={colours[state] ?? 'neutral'}>
      {props.t(`challenges.state.${state}`)}
    </span>
  );
}
