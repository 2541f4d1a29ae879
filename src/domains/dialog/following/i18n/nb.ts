import type { en } from './en.ts';

/** Norwegian (bokmål) messages of following matters and notification mails. */
export const nb: Record<keyof typeof en, string> = {
  'following.link': 'Få e-post om denne saken',
  'following.title': 'Følg saken',
  'following.lead':
    'Følg saken, så sender vi deg e-post når dialogen stenger, når vedtaket er fattet, og når kommunen forteller hvordan innspillene fra innbyggerne ble brukt.',
  'following.state.following': 'Du følger saken.',
  'following.state.participant':
    'Du har deltatt i dialogen og følger derfor saken, med mindre du velger å slutte.',
  'following.state.stopped': 'Du følger ikke saken.',
  'following.follow': 'Følg saken',
  'following.stop': 'Slutt å følge',
  'following.signIn': 'Logg inn for å følge saken.',
  'following.frequencyNow': 'Du får e-post om saker: {frequency}.',
  'following.noMails':
    'Du har slått av e-post om saker. Så lenge den er slått av, får du ingen e-post, selv om du følger saken.',
  'following.settingsLink': 'Velg hvor ofte du får e-post',
  'following.back': 'Tilbake til saken',
  'following.done.followed': 'Nå følger du saken.',
  'following.done.stopped': 'Du følger ikke lenger saken.',
  'following.done.saved': 'Valget ditt er lagret.',
  'following.settings.title': 'E-post om saker',
  'following.settings.lead':
    'Vi sender deg e-post om saker du følger: når en dialog stenger, når vedtaket er fattet, og når kommunen forteller hvordan innspillene ble brukt.',
  'following.settings.frequency': 'Hvor ofte vil du få e-post?',
  'following.settings.submit': 'Lagre',
  'following.settings.follows': 'Saker du følger',
  'following.settings.noFollows': 'Du følger ingen saker ennå.',
  'following.frequency.none': 'aldri',
  'following.frequency.immediately': 'med en gang, én e-post for hver nyhet',
  'following.frequency.daily': 'høyst én gang om dagen, alle nyheter i én e-post',
  'following.frequency.weekly': 'høyst én gang i uka, mandag morgen',
  'following.error.frequency': 'Velg hvor ofte du vil få e-post.',
  'following.error.action': 'Velg om du vil følge saken eller slutte.',
  'following.unsubscribe.title': 'Slutt å få e-post om saker',
  'following.unsubscribe.lead':
    'Du får ikke flere e-poster om sakene du følger. Du kan slå dem på igjen når du vil.',
  'following.unsubscribe.submit': 'Stopp e-postene',
  'following.unsubscribe.done': 'Ferdig. Du får ikke flere e-poster om saker.',
  'following.unsubscribe.unknown':
    'Lenken virker ikke. Den kan ha blitt kopiert ufullstendig fra e-posten.',
  'following.mail.subject.closed': 'Dialogen om «{title}» er stengt',
  'following.mail.subject.decided': 'Vedtak fattet: {title}',
  'following.mail.subject.feedback': 'Slik ble innspillene brukt: {title}',
  'following.mail.subject.several':
    '{count, plural, one {# nyhet} other {# nyheter}} om saker du følger',
  'following.mail.greeting': 'Hei!',
  'following.mail.lead': 'Her er det siste om saker du følger.',
  'following.mail.closed':
    'Dialogen er stengt. Nå blir det innbyggerne har sagt, sammenstilt før vedtaket.',
  'following.mail.decided': 'Vedtaket er fattet. Les det sammen med det innbyggerne sa.',
  'following.mail.feedback': 'Kommunen har fortalt hvordan innspillene fra innbyggerne ble brukt.',
  'following.mail.why': 'Du får denne e-posten fordi du følger saken eller har deltatt i dialogen.',
  'following.mail.settings': 'Velg hvor ofte du får e-post: {link}',
  'following.mail.unsubscribe': 'Slutt å få disse e-postene: {link}',
};
