import type { Stage } from '../../steering/stages.ts';

/**
 * How each stage is drawn: a fill colour and a pattern of marks, so stages differ without colour
 * (WCAG 1.4.1). Every bar is also labelled with its stage's name.
 */
const look: Record<Stage, { bg: string; fg: string; mark: string }> = {
  idea: { bg: '#fff4c2', fg: '#6b5400', mark: 'dots' },
  assessed: { bg: '#ffe0c2', fg: '#7a3a00', mark: 'horizontal' },
  prioritised: { bg: '#cfe3ff', fg: '#0b3d91', mark: 'diagonal' },
  pilot: { bg: '#e6d7ff', fg: '#4b1d95', mark: 'cross' },
  scaling: { bg: '#c8f0ea', fg: '#0b5d52', mark: 'vertical' },
  operation: { bg: '#2f7d32', fg: '#2f7d32', mark: 'solid' },
  stopped: { bg: '#e3e3e3', fg: '#4a4a4a', mark: 'backslash' },
};

/** The id of a stage's pattern; `scope` keeps ids unique when several SVGs share a page. */
export const patternId = (scope: string, stage: string) => `${scope}-stage-${stage}`;

function Marks({ mark, fg }: { mark: string; fg: string }) {
  switch (mark) {
    case 'dots':
      return <circle cx="4" cy="4" r="1.5" fill={fg} />;
    case 'horizontal':
      return <path d="M0 4 H8" stroke={fg} stroke-width="1.5" />;
    case 'vertical':
      return <path d="M4 0 V8" stroke={fg} stroke-width="1.5" />;
    case 'diagonal':
      return <path d="M0 8 L8 0 M-2 2 L2 -2 M6 10 L10 6" stroke={fg} stroke-width="1.5" />;
    case 'backslash':
      return <path d="M0 0 L8 8 M-2 6 L2 10 M6 -2 L10 2" stroke={fg} stroke-width="1.5" />;
    case 'cross':
      return <path d="M0 8 L8 0 M0 0 L8 8" stroke={fg} stroke-width="1" />;
    default:
      return null;
  }
}

/** `<pattern>` definitions for the stages given, to put inside an SVG's `<defs>`. */
export function StagePatterns({ scope, stages }: { scope: string; stages: readonly string[] }) {
  return (
    <>
      {stages.map((stage) => {
        const l = look[stage as Stage] ?? look.idea;
        return (
          <pattern id={patternId(scope, stage)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={l.bg} />
            <Marks mark={l.mark} fg={l.fg} />
          </pattern>
        );
      })}
    </>
  );
}

/** The outline colour of a stage's bars. */
export const stageStroke = (stage: string) => (look[stage as Stage] ?? look.idea).fg;
