import type { en } from './en.ts';

/** Norwegian (bokmål) messages of the dialogues domain. */
export const nb: Record<keyof typeof en, string> = {
  'dialogues.nav': 'Saker og dialoger',
  'dialogues.list.title': 'Saker før vedtak i {name}',
  'dialogues.list.lead':
    'Her ser du hva kommunens politikere snart skal gjøre vedtak om. Mens en dialog er åpen, kan du si hva du mener før vedtaket gjøres.',
  'dialogues.list.none': 'Ingen saker er registrert ennå.',
  'dialogues.list.register': 'Registrer en sak',
  'dialogues.list.planned': 'Behandles i {body} {date}',
  'dialogues.phase.planned': 'Åpner snart',
  'dialogues.phase.open': 'Åpen',
  'dialogues.phase.closed': 'Stengt, analyseres',
  'dialogues.phase.decided': 'Vedtatt',
  'dialogues.status.planned':
    'Dialogen åpner {opens}. Saken skal etter planen behandles i {body} {date}.',
  'dialogues.status.open':
    'Dialogen er åpen til {closes}: si hva du mener før saken behandles i {body} {date}.',
  'dialogues.status.closed':
    'Dialogen stengte {closes}. Kommunen går gjennom det som ble sagt før saken behandles i {body} {date}.',
  'dialogues.status.decided': 'Saken er behandlet i {body}. Dialogen er stengt.',
  'dialogues.status.decision': 'Les vedtaket',
  'dialogues.matter.summary': 'Kort om saken',
  'dialogues.matter.background': 'Bakgrunn',
  'dialogues.matter.department': 'Ansvarlig virksomhet: {name}',
  'dialogues.vote.title': 'Hva mener du?',
  'dialogues.vote.statement': 'Påstand',
  'dialogues.vote.agree': 'Enig',
  'dialogues.vote.disagree': 'Uenig',
  'dialogues.vote.pass': 'Vet ikke / hopp over',
  'dialogues.vote.progress':
    '{total, plural, one {Du har stemt på {voted} av # påstand.} other {Du har stemt på {voted} av # påstander.}}',
  'dialogues.vote.done':
    'Du har stemt på alle påstandene så langt. Legg til en egen påstand, eller kom tilbake senere for nye.',
  'dialogues.vote.none': 'Det er ingen påstander å stemme på ennå.',
  'dialogues.vote.anonymous':
    'Du deltar uten konto: en informasjonskapsel på denne enheten husker stemmene dine, og vi spør aldri om navnet ditt.',
  'dialogues.vote.signIn': 'Logg inn for å delta i denne dialogen.',
  'dialogues.vote.eid': 'Denne dialogen er for innbyggere som logger inn med eID gjennom kommunen.',
  'dialogues.statement.title': 'Legg til en påstand',
  'dialogues.statement.text': 'Din påstand',
  'dialogues.statement.hintShown':
    'Én tanke på høyst 280 tegn. Andre kan stemme på den så snart du har lagt den til.',
  'dialogues.statement.hintModerated':
    'Én tanke på høyst 280 tegn. Andre kan stemme på den når en moderator har lest den.',
  'dialogues.statement.submit': 'Legg til påstand',
  'dialogues.statements.title': 'Påstander så langt',
  'dialogues.statements.count':
    '{count, plural, =0 {Ingen har stemt ennå.} one {# deltaker har stemt.} other {# deltakere har stemt.}}',
  'dialogues.statements.agree': 'Enig',
  'dialogues.statements.disagree': 'Uenig',
  'dialogues.statements.pass': 'Vet ikke',
  'dialogues.statements.meta': '(om dialogen)',
  'dialogues.seed.title': 'Legg til en startpåstand',
  'dialogues.seed.lead':
    'Startpåstander vises først. En påstand om selve dialogen kan det stemmes på, men den regnes ikke med i meningskartet.',
  'dialogues.seed.meta': 'Handler om selve dialogen',
  'dialogues.seed.submit': 'Legg til startpåstand',
  'dialogues.decide.title': 'Registrer vedtaket',
  'dialogues.decide.lead':
    'Vedtaket legges til blant kommunens vedtak og stenger dialogen med en gang. Etter det kan ingen stemme eller legge til påstander.',
  'dialogues.decide.submit': 'Registrer vedtaket og steng dialogen',
  'dialogues.new.title': 'Registrer en sak',
  'dialogues.new.lead':
    'Registrer saken før den behandles, og åpne en dialog slik at innbyggerne rekker å si hva de mener.',
  'dialogues.new.submit': 'Registrer saken',
  'dialogues.field.title': 'Tittel',
  'dialogues.field.summary': 'Sammendrag i klarspråk',
  'dialogues.field.summaryHint': 'Hva som skal vedtas og hvorfor, med noen få setninger.',
  'dialogues.field.body': 'Bakgrunn',
  'dialogues.field.decisionBody': 'Behandles i',
  'dialogues.field.department': 'Ansvarlig virksomhet',
  'dialogues.field.noDepartment': 'Ingen bestemt',
  'dialogues.field.plannedDecisionOn': 'Planlagt vedtaksdato',
  'dialogues.field.question': 'Dialogens spørsmål',
  'dialogues.field.questionHint':
    'Det innbyggerne blir spurt om, for eksempel «Hva mener du om …?»',
  'dialogues.field.opensAt': 'Dialogen åpner',
  'dialogues.field.closesAt': 'Dialogen stenger',
  'dialogues.field.timeHint': 'Dato og klokkeslett i kommunens tidssone.',
  'dialogues.field.participation': 'Hvem kan delta',
  'dialogues.participation.anyone': 'Alle, uten konto',
  'dialogues.participation.registered': 'Innbyggere med konto',
  'dialogues.participation.eid': 'Innbyggere som logger inn med eID',
  'dialogues.field.newStatements': 'Nye påstander fra deltakere',
  'dialogues.newStatements.shown': 'Vises med en gang',
  'dialogues.newStatements.moderated': 'Vises når en moderator har lest dem',
  'dialogues.error.moment': 'Oppgi dato og klokkeslett, for eksempel 01.03.2027 kl. 08.00.',
  'dialogues.error.closesFirst': 'Dialogen må stenge etter at den har åpnet.',
  'dialogues.error.closesAfterDecision':
    'Dialogen må stenge senest på den planlagte vedtaksdatoen.',
  'dialogues.error.decisionBody': 'Velg et av kommunens politiske organer.',
  'dialogues.error.department': 'Velg en av kommunens virksomheter.',
  'dialogues.error.statementLength': 'En påstand kan være høyst 280 tegn.',
  'dialogues.error.duplicate':
    'Den samme påstanden finnes allerede i dialogen: stem på den i stedet.',
  'dialogues.problem.planned': 'Dialogen har ikke åpnet ennå.',
  'dialogues.problem.closed': 'Dialogen er stengt: ingenting mer kan legges til.',
  'dialogues.problem.decided': 'Saken er ferdig behandlet: dialogen er stengt.',
  'dialogues.problem.notFound': 'Den påstanden finnes ikke i denne dialogen.',
  'dialogues.problem.signIn': 'Logg inn for å delta i denne dialogen.',
  'dialogues.problem.eid': 'Logg inn med eID gjennom kommunen for å delta.',
  'dialogues.problem.invalid': 'Velg enig, uenig eller vet ikke.',
  'dialogues.done.voted': 'Stemmen din er lagret. Her er neste påstand.',
  'dialogues.done.statementShown': 'Påstanden din er lagt til. Andre kan stemme på den nå.',
  'dialogues.done.statementPending': 'Takk! Påstanden din vises når en moderator har lest den.',
  'dialogues.done.seedAdded': 'Startpåstanden er lagt til.',
  'dialogues.done.registered': 'Saken er registrert og dialogen er klargjort.',
  'dialogues.done.decided': 'Vedtaket er registrert og dialogen er stengt.',
  'dialogues.decisionLink': 'Behandlet sak: {title}',
  'dialogues.map.title': 'Meningskart',
  'dialogues.map.link': 'Se meningskartet',
  'dialogues.map.notYet':
    '{count, plural, one {Kartet vises når {needed} personer har stemt. Så langt har # gjort det.} other {Kartet vises når {needed} personer har stemt. Så langt har # gjort det.}}',
  'dialogues.map.result':
    '{participants, plural, one {# person har stemt.} other {# personer har stemt.}} {groups, plural, one {De utgjør én gruppe som stemmer likt.} other {De utgjør # grupper, hver av personer som stemmer likt.}}',
  'dialogues.map.computedAt': 'Beregnet {time} ut fra alle stemmer fram til da.',
  'dialogues.map.pictureTitle': 'Deltakerne på meningskartet',
  'dialogues.map.caption':
    'Hver sirkel er en samling deltakere som stemmer likt: jo større sirkel, jo flere personer. Bokstavene viser gruppene. Sirkler nær hverandre stemmer likt; retningene betyr ingenting i seg selv.',
  'dialogues.map.groupSize':
    'Gruppe {group}: {count, plural, one {# deltaker} other {# deltakere}}',
  'dialogues.map.uniting': 'Det som samler',
  'dialogues.map.unitingLead':
    'Påstandene som alle gruppene er mest enige i, uansett hvor ulikt de ellers stemmer.',
  'dialogues.map.agreeShare': 'Enig, alle',
  'dialogues.map.groupAgree': 'Enig, gruppe {group}',
  'dialogues.map.groups': 'Det som skiller gruppene',
  'dialogues.map.mostAgree': '({share} av gruppen er enige)',
  'dialogues.map.mostDisagree': '({share} av gruppen er uenige)',
  'dialogues.map.divisive': 'Det som splitter',
  'dialogues.map.passedOn': 'Det mange var usikre på',
  'dialogues.map.passShare': 'Vet ikke',
  'dialogues.map.how': 'Slik regner vi',
  'dialogues.map.howText':
    'Kartet regnes ut fra hver deltakers siste stemme på hver påstand, med samme metode som Polis: stemmene oppsummeres i to dimensjoner (prinsipalkomponenter), deltakere som stemmer likt samles i klynger, og klyngene slås sammen til de gruppene som passer best. En påstand samler når alle gruppene er enige i den (gruppebevisst enighet). Den splitter når gruppenes andel som er enige, skiller seg mest. Påstander om selve dialogen regnes ikke med. De samme stemmene gir alltid det samme kartet, og hvem som helst kan kontrollere det med åpne data.',
};
