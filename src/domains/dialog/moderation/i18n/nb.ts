import type { en } from './en.ts';

/** Norwegian (bokmål) messages of the moderation domain. */
export const nb: Record<keyof typeof en, string> = {
  'moderation.nav': 'Moderering',
  'moderation.title': 'Moderering',
  'moderation.count':
    '{count, plural, =0 {Ingenting venter på en moderator.} one {# ting venter på en moderator.} other {# ting venter på en moderator.}}',
  'moderation.acts': 'Last ned alle modereringsvedtak (CSV)',
  'moderation.filter.kind': 'Vis',
  'moderation.filter.matter': 'Sak',
  'moderation.filter.all': 'Alle',
  'moderation.filter.submit': 'Filtrer',
  'moderation.kind.statement': 'Påstand som venter på å bli vist',
  'moderation.kind.comment': 'Flagget kommentar',
  'moderation.kind.answer': 'Fritekstsvar i spørreundersøkelse som venter på å bli publisert',
  'moderation.flags': '{count, plural, one {flagget av # bruker} other {flagget av # brukere}}',
  'moderation.items': 'Velg hva du vil ta stilling til',
  'moderation.decision': 'Avgjørelse',
  'moderation.accept': 'Godta: vis',
  'moderation.reject': 'Avvis: skjul',
  'moderation.reason': 'Begrunnelse',
  'moderation.reasonHint':
    'Må fylles ut for å avvise. For en påstand eller kommentar vises begrunnelsen der teksten sto, så skriv den slik at alle forstår. For et svar i en spørreundersøkelse lagres den sammen med vedtaket.',
  'moderation.submit': 'Ta stilling til det valgte',
  'moderation.done': 'Avgjørelsen er lagret og registrert.',
  'moderation.error.noItems': 'Velg minst én ting.',
  'moderation.error.tooMany': 'Velg høyst 100 ting om gangen.',
  'moderation.error.item': 'En av tingene du valgte, finnes ikke i køen.',
  'moderation.error.reason': 'Skriv begrunnelsen for å avvise.',
  'moderation.policy.link': 'Slik modererer vi',
  'moderation.policy.title': 'Slik modererer vi dialogene i {name}',
  'moderation.policy.lead':
    'Alle kan si hva de mener i kommunens dialoger, også når det er kritisk. En moderator griper bare inn når en tekst bryter reglene nedenfor.',
  'moderation.policy.notAllowed': 'Dette er ikke tillatt',
  'moderation.policy.rule.offensive':
    'Trusler, trakassering og hatefulle eller nedsettende ord om personer eller grupper.',
  'moderation.policy.rule.personal':
    'Personopplysninger om andre: navn, adresser, helse eller andre sensitive opplysninger.',
  'moderation.policy.rule.offTopic': 'Tekster som ikke har noe med saken å gjøre.',
  'moderation.policy.rule.spam': 'Reklame, søppelpost og den samme teksten om og om igjen.',
  'moderation.policy.howTitle': 'Slik foregår det',
  'moderation.policy.how':
    'Alle som er logget inn, kan flagge en kommentar. Når tre personer har flagget den, skjules den til en moderator har sett på den. I noen dialoger leser en moderator nye påstander før de vises. En moderator som skjuler en tekst, skriver hvorfor, og begrunnelsen vises i stedet for teksten. I en spørreundersøkelse publiseres fritekstsvar først når en moderator eller den som har ansvar for spørreundersøkelsen, har lest dem.',
  'moderation.policy.record':
    'Alle modereringsvedtak registreres med begrunnelse og kan lastes ned av kommunen.',
};
