import type { MessagesOf } from '../../../web/i18n/messages.ts';

/** English messages of the platform domain. The keys are the contract: sv and nb have exactly these. */
export const en = {
  'platform.home.title': 'Samskap',
  'platform.home.lead':
    'One platform where a municipality steers its digital transformation together with its residents, and shares what works with every other municipality.',
  'platform.home.styrning.title': 'Steering',
  'platform.home.styrning.text':
    'Future story, goals and indicators, initiatives from idea to operation, and the benefits they realise.',
  'platform.home.dialog.title': 'Dialogue',
  'platform.home.dialog.text':
    'Residents give input before decisions are made, and see how it was used.',
  'platform.home.delning.title': 'Sharing',
  'platform.home.delning.text':
    'Initiatives with results and lessons, found and adopted by other municipalities.',
  'platform.home.findMunicipality': 'Find your municipality',
  'platform.home.stats': '{municipalities} municipalities in {counties} counties',
  'platform.a11y.title': 'Accessibility statement',
  'platform.a11y.body1':
    'Samskap is built to meet WCAG 2.1 level AA and the European standard EN 301 549, as required of public-sector websites by the Swedish law on accessibility of digital public services (DOS-lagen) and the Norwegian universal design regulations.',
  'platform.a11y.body2':
    'Every page works without JavaScript, on a phone 360 pixels wide, with a keyboard and with a screen reader. Each page has a skip link and landmarks, and every form field has a label. Automated accessibility checks run on every page in our browser tests.',
  'platform.a11y.body3':
    'Charts are drawn as images with a text alternative and their numbers as a table. If you find something that does not work for you, tell your municipality: it is responsible for its content.',
  'platform.a11y.known': 'Known shortcomings',
  'platform.a11y.knownBody': 'None known at the time of writing.',
  'platform.demo.badge': 'Demo',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
