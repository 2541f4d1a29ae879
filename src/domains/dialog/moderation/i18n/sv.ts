import type { en } from './en.ts';

/** Swedish messages of the moderation domain. */
export const sv: Record<keyof typeof en, string> = {
  'moderation.nav': 'Moderering',
  'moderation.title': 'Moderering',
  'moderation.count':
    '{count, plural, =0 {Inget väntar på en moderator.} one {# sak väntar på en moderator.} other {# saker väntar på en moderator.}}',
  'moderation.acts': 'Ladda ner alla modereringsbeslut (CSV)',
  'moderation.filter.kind': 'Visa',
  'moderation.filter.matter': 'Ärende',
  'moderation.filter.all': 'Alla',
  'moderation.filter.submit': 'Filtrera',
  'moderation.kind.statement': 'Påstående som väntar på att visas',
  'moderation.kind.comment': 'Flaggad kommentar',
  'moderation.kind.answer': 'Fritextsvar i enkät som väntar på att publiceras',
  'moderation.flags':
    '{count, plural, one {flaggad av # användare} other {flaggad av # användare}}',
  'moderation.items': 'Välj vad du vill besluta om',
  'moderation.decision': 'Beslut',
  'moderation.accept': 'Godkänn: visa',
  'moderation.reject': 'Avslå: dölj',
  'moderation.reason': 'Skäl',
  'moderation.reasonHint':
    'Krävs för att avslå. För ett påstående eller en kommentar visas skälet där texten stod, så skriv det så att alla förstår. För ett enkätsvar sparas det med beslutet.',
  'moderation.submit': 'Besluta om det valda',
  'moderation.done': 'Beslutet är sparat och registrerat.',
  'moderation.error.noItems': 'Välj minst en sak.',
  'moderation.error.tooMany': 'Välj högst 100 saker åt gången.',
  'moderation.error.item': 'En av de valda sakerna finns inte i kön.',
  'moderation.error.reason': 'Skriv skälet till att du avslår.',
  'moderation.policy.link': 'Så modererar vi',
  'moderation.policy.title': 'Så modererar vi dialogerna i {name}',
  'moderation.policy.lead':
    'Alla får säga vad de tycker i kommunens dialoger, även när det är kritiskt. En moderator går bara in när en text bryter mot reglerna nedan.',
  'moderation.policy.notAllowed': 'Det här är inte tillåtet',
  'moderation.policy.rule.offensive':
    'Hot, trakasserier och hatiska eller kränkande ord om personer eller grupper.',
  'moderation.policy.rule.personal':
    'Personuppgifter om andra: namn, adresser, hälsa eller andra känsliga uppgifter.',
  'moderation.policy.rule.offTopic': 'Texter som inte har med ärendet att göra.',
  'moderation.policy.rule.spam': 'Reklam, skräppost och samma text om och om igen.',
  'moderation.policy.howTitle': 'Så går det till',
  'moderation.policy.how':
    'Den som är inloggad kan flagga en kommentar. När tre personer har flaggat den döljs den tills en moderator har tittat på den. I vissa dialoger läser en moderator nya påståenden innan de visas. En moderator som döljer en text skriver varför, och skälet visas i stället för texten. I en enkät publiceras fritextsvar först när en moderator eller den som ansvarar för enkäten har läst dem.',
  'moderation.policy.record':
    'Alla modereringsbeslut registreras med sitt skäl och kan laddas ner av kommunen.',
};
