import type { en } from './en.ts';

/** Norwegian bokmål messages of the identity domain. */
export const nb: Record<keyof typeof en, string> = {
  'identity.role.resident': 'Innbygger',
  'identity.role.staff': 'Ansatt',
  'identity.role.manager': 'Virksomhetsleder',
  'identity.role.politician': 'Folkevalgt',
  'identity.role.moderator': 'Moderator',
  'identity.role.admin': 'Administrator',
  'identity.role.coordinator': 'Nettverkskoordinator',
  'identity.role.coordinatorOf': 'Koordinator for {county}',
  'identity.role.coordinatorNetwork': 'Koordinator for hele nettverket',
  'identity.login.title': 'Logg inn',
  'identity.login.email': 'E-postadresse',
  'identity.login.password': 'Passord',
  'identity.login.submit': 'Logg inn',
  'identity.login.wait':
    'For mange feil passord på rad for denne e-postadressen. Prøv igjen om {seconds, plural, one {# sekund} other {# sekunder}}.',
  'identity.login.failed': 'E-postadressen eller passordet er feil.',
  'identity.login.forgot': 'Glemt passordet?',
  'identity.login.noAccount': 'Har du ingen konto?',
  'identity.login.oidcFailed':
    'Innloggingen via kommunens innloggingstjeneste mislyktes. Prøv igjen.',
  'identity.login.oidcUnavailable': 'Kommunen har ikke satt opp noen innloggingstjeneste.',
  'identity.login.oidcAccountExists':
    'Det finnes allerede en konto med denne e-postadressen. Logg inn med passordet ditt, og koble deretter kommunens innloggingstjeneste til kontoen under Min konto.',
  'identity.login.oidcRolesElsewhere':
    'Kontoen har roller utenfor kommunen og kan derfor ikke logge inn via kommunens innloggingstjeneste. Logg inn med passordet ditt.',
  'identity.login.oidcLinkedToOther':
    'Den innloggingen hos kommunens innloggingstjeneste hører allerede til en annen konto.',
  'identity.account.loginLinks': 'Logg inn via kommunen',
  'identity.account.loginLinksLead':
    'Koble kontoen til kommunens innloggingstjeneste (for eksempel BankID), så kan du logge inn uten passord.',
  'identity.account.linkLogin': 'Koble til innloggingstjenesten for {municipality}',
  'identity.account.loginLinked': 'Koblet: {municipality}',
  'identity.account.loginLinkDone': 'Kontoen er nå koblet til kommunens innloggingstjeneste.',
  'identity.account.loginLinkFailed': 'Kontoen kunne ikke kobles. Prøv igjen.',
  'identity.account.rolesElsewhere':
    'Kontoen din har roller utenfor kommunen og kan derfor ikke kobles til kommunens innloggingstjeneste. Fortsett å logge inn med passordet ditt.',
  'identity.logout.done': 'Du er logget ut.',
  'identity.register.title': 'Opprett konto',
  'identity.register.name': 'Navn',
  'identity.register.email': 'E-postadresse',
  'identity.register.password': 'Passord',
  'identity.register.passwordHint': 'Minst 12 tegn.',
  'identity.register.municipality': 'Kommunen din',
  'identity.register.municipalityHint': 'Der du bor eller jobber.',
  'identity.register.choose': 'Velg en kommune',
  'identity.register.submit': 'Opprett konto',
  'identity.register.done': 'Kontoen din er klar, og du er logget inn.',
  'identity.register.sentTitle': 'Sjekk e-posten din',
  'identity.register.sent':
    'Vi har sendt en e-post til {email}. Følg lenken i e-posten for å gjøre ferdig kontoen din.',
  'identity.register.sentExpiry':
    'Lenken gjelder i {hours, plural, one {# time} other {# timer}}. Har du ikke fått noen e-post etter noen minutter? Se i søppelposten, eller registrer deg på nytt.',
  'identity.register.confirmTitle': 'Bekreft kontoen din',
  'identity.register.confirmLead': 'Vil du opprette denne kontoen? Du blir logget inn med en gang.',
  'identity.register.confirmSubmit': 'Opprett kontoen min',
  'identity.register.linkUnknownTitle': 'Lenken virker ikke',
  'identity.register.linkUnknown':
    'Lenken kan være ufullstendig. Kopier hele adressen fra e-posten, eller registrer deg på nytt.',
  'identity.register.linkExpiredTitle': 'Lenken er utløpt',
  'identity.register.linkExpired':
    'En lenke for å opprette konto gjelder i {hours, plural, one {# time} other {# timer}}. Registrer deg på nytt, så får du en ny.',
  'identity.register.linkUsedTitle': 'Kontoen er allerede opprettet',
  'identity.register.linkUsed':
    'Lenken er allerede brukt. Logg inn med e-postadressen og passordet ditt.',
  'identity.register.accountExistsTitle': 'Du har allerede en konto',
  'identity.register.accountExists':
    'En konto med denne e-postadressen er opprettet i mellomtiden. Logg inn med den.',
  'identity.register.again': 'Registrer deg på nytt',
  'identity.mail.confirm.subject': 'Bekreft e-postadressen din for Samskap',
  'identity.mail.confirm.body':
    'Hei!\n\nNoen, sannsynligvis du, vil opprette en konto i Samskap for {municipality} med denne e-postadressen. Åpne lenken for å bekrefte adressen og opprette kontoen:\n\n{link}\n\nLenken kan brukes én gang og gjelder i {hours, plural, one {# time} other {# timer}}. Var det ikke deg? Da kan du se bort fra denne e-posten. Ingen konto blir opprettet.',
  'identity.mail.exists.subject': 'Du har allerede en konto i Samskap',
  'identity.mail.exists.body':
    'Hei!\n\nNoen, sannsynligvis du, prøvde å opprette en konto i Samskap med denne e-postadressen. Du har allerede en konto, så ingen ny er opprettet. Logg inn her:\n\n{link}\n\nVar det ikke deg? Da kan du se bort fra denne e-posten. Ingenting er endret.',
  'identity.reset.title': 'Tilbakestill passordet',
  'identity.reset.lead':
    'Skriv inn e-postadressen til kontoen din. Vi sender deg en lenke der du kan velge et nytt passord.',
  'identity.reset.email': 'E-postadresse',
  'identity.reset.submit': 'Send lenke',
  'identity.reset.sentTitle': 'Sjekk e-posten din',
  'identity.reset.sent':
    'Hvis det finnes en konto med adressen {email}, får du snart en e-post med en lenke der du kan velge et nytt passord.',
  'identity.reset.sentExpiry':
    'Lenken kan brukes én gang og gjelder i {hours, plural, one {# time} other {# timer}}. Har du ikke fått noen e-post etter noen minutter? Se i søppelposten, og sjekk at du skrev e-postadressen til kontoen din.',
  'identity.reset.newTitle': 'Velg et nytt passord',
  'identity.reset.newLead':
    'Det nye passordet erstatter det gamle. Du blir logget ut overalt og kan deretter logge inn med det nye passordet.',
  'identity.reset.password': 'Nytt passord',
  'identity.reset.newSubmit': 'Lagre det nye passordet',
  'identity.reset.done': 'Passordet ditt er endret. Logg inn med det nye passordet.',
  'identity.reset.linkUnknownTitle': 'Lenken virker ikke',
  'identity.reset.linkUnknown':
    'Lenken kan være ufullstendig. Kopier hele adressen fra e-posten, eller be om en ny lenke.',
  'identity.reset.linkExpiredTitle': 'Lenken er utløpt',
  'identity.reset.linkExpired':
    'En lenke for å velge et nytt passord gjelder i {hours, plural, one {# time} other {# timer}}. Be om en ny lenke.',
  'identity.reset.linkUsedTitle': 'Lenken er allerede brukt',
  'identity.reset.linkUsed':
    'En lenke kan bare brukes én gang, og passordet er allerede endret. Logg inn med det nye passordet ditt, eller be om en ny lenke.',
  'identity.reset.again': 'Be om en ny lenke',
  'identity.mail.reset.subject': 'Velg et nytt passord for Samskap',
  'identity.mail.reset.body':
    'Hei!\n\nNoen, sannsynligvis du, har bedt om en lenke for å velge et nytt passord til kontoen din i Samskap. Åpne lenken og velg et nytt passord:\n\n{link}\n\nLenken kan brukes én gang og gjelder i {hours, plural, one {# time} other {# timer}}. Var det ikke deg? Da kan du se bort fra denne e-posten. Passordet ditt er ikke endret.',
  'identity.mail.resetNone.subject': 'Kontoen din i Samskap har ikke noe passord',
  'identity.mail.resetNone.body':
    'Hei!\n\nNoen, sannsynligvis du, har bedt om en lenke for å velge et nytt passord til kontoen i Samskap med denne e-postadressen. Kontoen logger inn via en kommunes innloggingstjeneste (for eksempel BankID) og har ikke noe passord, så ingen lenke er laget. Logg inn som før via innloggingstjenesten til kommunen din. Du finner den på kommunens side:\n\n{link}\n\nVar det ikke deg? Da kan du se bort fra denne e-posten. Ingenting er endret.',
  'identity.mail.changed.subject': 'Passordet til kontoen din i Samskap er endret',
  'identity.mail.changed.body':
    'Hei!\n\nPassordet til kontoen din i Samskap ble nettopp endret via en lenke som ble sendt til denne e-postadressen, og kontoen er logget ut overalt. Var det deg? Da trenger du ikke gjøre noe mer.\n\nVar det ikke deg? Da kan noen andre lese e-posten din. Sikre først e-postkontoen din, og velg deretter et nytt passord her:\n\n{link}',
  'identity.audit.user.password-reset': 'Passord endret via lenke på e-post',
  'identity.account.title': 'Min konto',
  'identity.account.roles': 'Mine roller',
  'identity.account.noRoles': 'Du har ingen roller ennå.',
  'identity.account.tokens': 'Personlige API-nøkler',
  'identity.account.tokensLead':
    'Med en nøkkel kan et skript gjøre det du har tilgang til via API-et, i én kommune og aldri mer enn dine egne tilganger tillater.',
  'identity.account.noTokens': 'Du har ingen API-nøkler.',
  'identity.account.tokenDays': 'Gyldighetstid (dager)',
  'identity.account.tokenDaysHint': 'Nøkkelen slutter å virke etter så mange dager, høyst {max}.',
  'identity.account.expires': 'Utløper',
  'identity.error.tokenDays': 'Oppgi et helt antall dager fra 1 til 365.',
  'identity.account.tokenName': 'Navn på nøkkelen',
  'identity.account.tokenMunicipality': 'Kommune',
  'identity.account.createToken': 'Opprett nøkkel',
  'identity.account.tokenCreated': 'Kopier nøkkelen nå: den vises ikke igjen.',
  'identity.account.revoke': 'Trekk tilbake',
  'identity.account.tokenRevoked': 'Nøkkelen er trukket tilbake.',
  'identity.account.created': 'Opprettet',
  'identity.account.lastUsed': 'Sist brukt',
  'identity.account.never': 'Aldri',
  'identity.roles.title': 'Roller og tilganger i {name}',
  'identity.roles.user': 'Bruker',
  'identity.roles.role': 'Rolle',
  'identity.roles.department': 'Virksomhet',
  'identity.roles.since': 'Siden',
  'identity.roles.grant': 'Gi en rolle',
  'identity.roles.email': 'Brukerens e-postadresse',
  'identity.roles.departmentHint': 'Bare for virksomhetsledere.',
  'identity.roles.noDepartment': 'Ingen virksomhet',
  'identity.roles.submit': 'Gi rolle',
  'identity.roles.granted': 'Rollen er gitt.',
  'identity.roles.lastAdmin':
    'Dette er kommunens siste administrator. Gjør noen andre til administrator først, slik at noen fortsatt kan administrere roller.',
  'identity.roles.revoked': 'Rollen er trukket tilbake.',
  'identity.roles.none': 'Ingen roller er gitt.',
  'identity.audit.user.register': 'Konto opprettet',
  'identity.audit.user.oidc-link': 'Konto koblet til innloggingstjenesten',
  'identity.audit.user.create-demo': 'Demokonto opprettet',
  'identity.audit.role.grant': 'Rolle gitt',
  'identity.audit.role.revoke': 'Rolle trukket tilbake',
  'identity.audit.token.create': 'API-nøkkel opprettet',
  'identity.audit.token.revoke': 'API-nøkkel trukket tilbake',
  'identity.audit.oidc.configure': 'Innloggingsinnstillinger endret',
  'identity.audit.coordinator.grant': 'Koordinator utnevnt',
  'identity.audit.coordinator.revoke': 'Koordinatorrolle trukket tilbake',
  'identity.oidc.title': 'Innlogging med OpenID Connect for {name}',
  'identity.oidc.lead':
    'Ansatte logger inn med kommunens identitetstjeneste, og innbyggere med en e-ID-tjeneste som ID-porten. Samskap bruker autorisasjonskodeflyten med PKCE.',
  'identity.oidc.issuer': 'Utsteders URL (issuer)',
  'identity.oidc.clientId': 'Klient-ID',
  'identity.oidc.clientSecret': 'Klienthemmelighet',
  'identity.oidc.clientSecretHint': 'La feltet stå tomt for å beholde hemmeligheten som er lagret.',
  'identity.oidc.redirectUri': 'Omdirigerings-URI som skal registreres hos tjenesten: {uri}',
  'identity.oidc.enabled': 'Aktivert',
  'identity.oidc.submit': 'Lagre',
  'identity.oidc.saved': 'Innloggingsinnstillingene er lagret.',
  'identity.error.issuerNotHttps': 'Utsteders URL må begynne med https://.',
  'identity.error.issuerPrivate':
    'Adressen fører til serveren selv eller til et internt nett. Skriv inn den offentlige adressen til innloggingstjenesten.',
  'identity.error.issuerUnreachable':
    'Vi fikk ikke lest innstillingene til innloggingstjenesten på denne adressen. Sjekk URL-en, eller lagre uten hake i «Aktivert» og prøv igjen når tjenesten er oppe.',
  'identity.oidc.unchecked':
    'Innloggingstjenesten er aktivert, men vi har ikke fått lest innstillingene ennå, så ingen kan logge inn med den. Lagre innstillingene på nytt.',
  'identity.network.title': 'Nettverkskoordinatorer',
  'identity.network.lead':
    'Koordinatorer følger hvordan satsinger spres mellom kommuner, i ett fylke eller i hele nettverket.',
  'identity.network.county': 'Fylke eller län',
  'identity.network.wholeNetwork': 'Hele nettverket',
  'identity.network.grant': 'Utnevn en koordinator',
  'identity.network.submit': 'Utnevn',
  'identity.network.granted': 'Koordinatoren er utnevnt.',
  'identity.network.revoked': 'Koordinatorrollen er trukket tilbake.',
  'identity.network.none': 'Ingen koordinatorer er utnevnt.',
  'identity.network.manage': 'Administrer nettverkskoordinatorer',
  'identity.error.county': 'Velg et fylke eller län fra listen.',
  'identity.error.passwordCommon':
    'Passordet er blant de vanligste, og de blir prøvd først. Velg et annet, for eksempel noen ord som ikke henger sammen.',
  'identity.error.passwordRepetitive':
    'Passordet gjentar seg selv eller følger en rett rekke. Velg et annet, for eksempel noen ord som ikke henger sammen.',
  'identity.error.passwordShort': 'Passordet må ha minst 12 tegn.',
  'identity.error.municipality': 'Velg en kommune fra listen.',
  'identity.error.role': 'Velg en rolle.',
  'identity.error.department': 'Velg en virksomhet i denne kommunen.',
  'identity.error.departmentRequired': 'En virksomhetsleder trenger en virksomhet.',
  'identity.error.unknownUser':
    'Ingen konto har denne e-postadressen. Be personen opprette en konto først.',
  'identity.error.alreadyHeld': 'Brukeren har allerede denne rollen.',
  'identity.error.tokenMunicipality':
    'Du kan bare opprette nøkler for kommuner der du har en rolle.',
  'identity.nav.roles': 'Roller og tilganger',
  'identity.nav.login': 'Innlogging',
  'identity.nav.coordinators': 'Nettverkets koordinatorer',
};
