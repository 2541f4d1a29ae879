import type { Translator } from '../../../../web/i18n/index.ts';
import type { Phase } from '../phase.ts';

const colours: Record<Phase, string> = {
  planned: 'neutral',
  open: 'success',
  closed: 'warning',
  decided: 'info',
  feedback: 'accent',
};

/** Where a dialogue is, as a tag: the same words on the list and on the matter's page. */
export function PhaseTag(props: { t: Translator; phase: Phase }) {
  return (
    <span class="ds-tag" data-color={colours[props.phase]}>
      {props.t(`dialogues.phase.${props.phase}`)}
    </span>
  );
}
