import type { en } from './en.ts';

/** Swedish messages of following matters and notification mails. */
export const sv: Record<keyof typeof en, string> = {
  'following.link': 'Få mejl om det här ärendet',
  'following.title': 'Följ ärendet',
  'following.lead':
    'Följ ärendet så mejlar vi dig när dialogen stänger, när beslutet är fattat och när kommunen berättar hur invånarnas synpunkter användes.',
  'following.state.following': 'Du följer ärendet.',
  'following.state.participant':
    'Du har deltagit i dialogen och följer därför ärendet, om du inte väljer att sluta.',
  'following.state.stopped': 'Du följer inte ärendet.',
  'following.follow': 'Följ ärendet',
  'following.stop': 'Sluta följa',
  'following.signIn': 'Logga in för att följa ärendet.',
  'following.frequencyNow': 'Du får mejl om ärenden: {frequency}.',
  'following.noMails':
    'Du har stängt av mejlen om ärenden. Så länge de är avstängda får du inget mejl, även om du följer ärendet.',
  'following.settingsLink': 'Välj hur ofta du får mejl',
  'following.back': 'Tillbaka till ärendet',
  'following.done.followed': 'Nu följer du ärendet.',
  'following.done.stopped': 'Du följer inte längre ärendet.',
  'following.done.saved': 'Ditt val är sparat.',
  'following.settings.title': 'Mejl om ärenden',
  'following.settings.lead':
    'Vi mejlar dig om ärenden du följer: när en dialog stänger, när beslutet är fattat och när kommunen berättar hur synpunkterna användes.',
  'following.settings.frequency': 'Hur ofta vill du få mejl?',
  'following.settings.submit': 'Spara',
  'following.settings.follows': 'Ärenden du följer',
  'following.settings.noFollows': 'Du följer inga ärenden än.',
  'following.frequency.none': 'aldrig',
  'following.frequency.immediately': 'direkt, ett mejl för varje nyhet',
  'following.frequency.daily': 'högst en gång om dagen, alla nyheter i ett mejl',
  'following.frequency.weekly': 'högst en gång i veckan, på måndagsmorgonen',
  'following.error.frequency': 'Välj hur ofta du vill få mejl.',
  'following.error.action': 'Välj om du vill följa ärendet eller sluta.',
  'following.unsubscribe.title': 'Sluta få mejl om ärenden',
  'following.unsubscribe.lead':
    'Du får inga fler mejl om de ärenden du följer. Du kan slå på dem igen när du vill.',
  'following.unsubscribe.submit': 'Stoppa mejlen',
  'following.unsubscribe.done': 'Klart. Du får inga fler mejl om ärenden.',
  'following.unsubscribe.unknown':
    'Länken fungerar inte. Den kan ha kopierats ofullständigt från mejlet.',
  'following.mail.subject.closed': 'Dialogen om ”{title}” har stängt',
  'following.mail.subject.decided': 'Beslut fattat: {title}',
  'following.mail.subject.feedback': 'Så användes synpunkterna: {title}',
  'following.mail.subject.several':
    '{count, plural, one {# nyhet} other {# nyheter}} om ärenden du följer',
  'following.mail.greeting': 'Hej!',
  'following.mail.lead': 'Här är det senaste om ärenden du följer.',
  'following.mail.closed':
    'Dialogen har stängt. Nu sammanställs det invånarna har sagt inför beslutet.',
  'following.mail.decided': 'Beslutet är fattat. Läs det tillsammans med vad invånarna sa.',
  'following.mail.feedback': 'Kommunen har berättat hur invånarnas synpunkter användes.',
  'following.mail.why': 'Du får mejlet för att du följer ärendet eller har deltagit i dialogen.',
  'following.mail.settings': 'Välj hur ofta du får mejl: {link}',
  'following.mail.unsubscribe': 'Sluta få de här mejlen: {link}',
};
