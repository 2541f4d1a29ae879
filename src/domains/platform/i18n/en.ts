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
  'platform.home.stats':
    '{municipalities, plural, one {# municipality} other {# municipalities}} in {counties, plural, one {# county} other {# counties}}',
  'platform.a11y.title': 'Accessibility statement',
  'platform.a11y.intro':
    'Samskap is used by municipalities in Sweden and Norway, and we want as many people as possible to be able to use it. This statement describes how Samskap meets the accessibility requirements for public-sector websites, the shortcomings we know of, and how to report a problem so that it can be fixed.',
  'platform.a11y.status.heading': 'Compliance status',
  'platform.a11y.status.body':
    'Samskap is partially compliant with WCAG 2.1 level AA and the European standard EN 301 549, which the Swedish law on accessibility of digital public services (DOS-lagen) and the Norwegian regulations on universal design of ICT require: the shortcomings listed below are not yet resolved.',
  'platform.a11y.status.built':
    'Every page is built to work without JavaScript, on a phone 360 pixels wide and with a keyboard. Each page has a skip link and landmarks, every form field has a label, and errors in a form are listed at its top and named in the page title.',
  'platform.a11y.known.heading': 'Known shortcomings',
  'platform.a11y.known.charts':
    'Charts are drawn as images. Each has a short text alternative and its numbers in a table beside it, but the picture itself cannot be explored with a screen reader, and its series are told apart by colour and position (WCAG 1.1.1, 1.4.1).',
  'platform.a11y.known.opinionMap':
    'The opinion map of resident dialogues, when it comes, shows groups of opinions as a picture. What it shows will also be given as text and tables, but it is visual at heart and has not been tested with people who use assistive technology (WCAG 1.1.1, 1.3.1).',
  'platform.a11y.known.documents':
    'Documents and text that a municipality publishes itself, such as uploaded or linked reports and PDF files, may not be accessible. The municipality that publishes them is responsible for them (WCAG 1.1.1, 1.3.1, 2.4.2 and others).',
  'platform.a11y.tested.heading': 'How Samskap has been tested',
  'platform.a11y.tested.body':
    'We have assessed Samskap ourselves: automated accessibility checks (axe-core) run on every page in our browser tests, at phone and desktop width and without JavaScript, together with keyboard checks of navigation and forms. Samskap has not yet been audited by an independent expert.',
  'platform.a11y.report.heading': 'Report a problem',
  'platform.a11y.report.body':
    'If something does not work for you, or you need content in another form, contact the municipality whose pages you were using: its name is at the top of every page, and its own website gives its contact details. Tell it the address of the page and what did not work.',
  'platform.a11y.enforcement.heading': 'Enforcement',
  'platform.a11y.enforcement.se':
    'In Sweden, the Agency for Digital Government (DIGG) supervises the law on accessibility of digital public services. If you are not satisfied with how your report was handled, you can tell DIGG.',
  'platform.a11y.enforcement.seLink': 'Report to DIGG',
  'platform.a11y.enforcement.no':
    'In Norway, the Norwegian Digitalisation Agency’s Authority for Universal Design of ICT (Uutilsynet) supervises the regulations. If you are not satisfied with the answer, you can report the problem to Uutilsynet.',
  'platform.a11y.enforcement.noLink': 'Report to Uutilsynet',
  'platform.a11y.date':
    'This statement was drawn up on 5 December 2026 and last reviewed on 5 December 2026.',
  'platform.demo.badge': 'Demo',
} as const;

declare module '../../../web/i18n/messages.ts' {
  interface Messages extends MessagesOf<typeof en> {}
}
