import type { StakeholderRole } from './challenges.policy.ts';

/** A demo challenge in its municipality's language. */
export type DemoChallenge = {
  /** Which of the municipality's demo departments, by its place in the list. */
  department: number;
  title: string;
  problem: string;
  affected: string;
  constraints: string;
  /** One person per role: the demo's participants. */
  people: Record<StakeholderRole, string>;
  /** Ideas by the role of their author; the first is shortlisted. */
  ideas: {
    by: StakeholderRole;
    title: string;
    body: string;
    comments: [StakeholderRole, string][];
  }[];
  workshops: { title: string; place: string; accessibility: string }[];
};

const swedishPeople: Record<StakeholderRole, string> = {
  resident: 'Amina Yusuf',
  relative: 'Lars Bergström',
  frontline: 'Maria Lindqvist',
  business: 'Johan Ek',
  civilSociety: 'Fatima Çelik',
  academia: 'Eva Sandberg',
  expert: 'Nils Holm',
};

export const demoChallenges: Record<string, DemoChallenge> = {
  'SE-0127': {
    department: 1,
    title: 'Ensamhet bland äldre som bor hemma',
    problem:
      'Många äldre i Botkyrka som bor hemma träffar ingen annan än hemtjänsten på flera dagar. Ensamheten gör att de mår sämre och behöver mer vård.',
    affected: 'Äldre som bor ensamma, deras anhöriga och personalen i hemtjänsten.',
    constraints: 'Inga nya tjänster i år. Det som prövas ska gå att göra i alla kommundelar.',
    people: swedishPeople,
    ideas: [
      {
        by: 'frontline',
        title: 'Fika i trapphuset en gång i veckan',
        body: 'Hemtjänsten bjuder in grannarna i huset till fika i trapphuset eller i en lokal i närheten.',
        comments: [
          ['relative', 'Min mamma skulle gå om någon följde med henne första gången.'],
          ['civilSociety', 'Vår förening kan stå för kaffet och baka.'],
        ],
      },
      {
        by: 'resident',
        title: 'Promenadkompis',
        body: 'Unga i området får betalt för att gå en promenad i veckan med en äldre granne.',
        comments: [['business', 'Vi kan ge sommarjobb till de unga som är med.']],
      },
      {
        by: 'academia',
        title: 'Samtalsbänkar',
        body: 'Bänkar vid centrum med en skylt: här sitter du om du gärna pratar en stund.',
        comments: [],
      },
    ],
    workshops: [
      {
        title: 'Första workshoppen: vad är ensamhet?',
        place: 'Fittja bibliotek, Fittja centrum',
        accessibility: 'Entré utan trappsteg och hörslinga. Tolk till arabiska och somaliska.',
      },
      {
        title: 'Workshop: vi väljer idéer att pröva',
        place: 'Tumba kulturhus, lokal Hågelby',
        accessibility: 'Hiss och hörslinga. Säg till om du behöver tolk.',
      },
    ],
  },
  'SE-0483': {
    department: 4,
    title: 'Unga som inte hittar till fritidsgårdarna',
    problem:
      'Färre unga mellan 13 och 17 år kommer till fritidsgårdarna i Katrineholm, och många vet inte vad som finns.',
    affected: 'Unga mellan 13 och 17 år, deras föräldrar och personalen på fritidsgårdarna.',
    constraints: 'Gårdarnas öppettider och budget ligger fast i år.',
    people: swedishPeople,
    ideas: [
      {
        by: 'resident',
        title: 'Unga bestämmer fredagskvällen',
        body: 'En grupp unga planerar vad som händer på gården varje fredag.',
        comments: [['frontline', 'Vi har provat i liten skala och det fungerade bra.']],
      },
      {
        by: 'business',
        title: 'Prova på-jobb på gården',
        body: 'Företag i stan visar sina yrken på gården en kväll i månaden.',
        comments: [],
      },
    ],
    workshops: [
      {
        title: 'Workshop med unga och föräldrar',
        place: 'Kulturhuset Ängeln, Katrineholm',
        accessibility: 'Entré utan trappsteg.',
      },
      {
        title: 'Workshop: vad ska vi pröva i vår?',
        place: 'Fritidsgården Lövkojan',
        accessibility: 'Ramp vid entrén och hörslinga.',
      },
    ],
  },
  'NO-3203': {
    department: 1,
    title: 'Ensomhet blant eldre som bor hjemme',
    problem:
      'Mange eldre i Asker som bor hjemme, møter ingen andre enn hjemmetjenesten på flere dager. Ensomheten gjør at de får det verre og trenger mer hjelp.',
    affected: 'Eldre som bor alene, de pårørende og de ansatte i hjemmetjenesten.',
    constraints: 'Ingen nye stillinger i år. Det som prøves, skal kunne brukes i hele kommunen.',
    people: {
      resident: 'Ingrid Solberg',
      relative: 'Ola Nordmann',
      frontline: 'Kari Haugen',
      business: 'Per Dahl',
      civilSociety: 'Leila Ahmadi',
      academia: 'Sigrid Lunde',
      expert: 'Erik Moen',
    },
    ideas: [
      {
        by: 'frontline',
        title: 'Kaffe i oppgangen en gang i uka',
        body: 'Hjemmetjenesten inviterer naboene i huset til kaffe i oppgangen eller i et lokale i nærheten.',
        comments: [['relative', 'Far ville blitt med om noen fulgte ham den første gangen.']],
      },
      {
        by: 'civilSociety',
        title: 'Turvenn',
        body: 'Frivillige går en tur i uka sammen med en eldre nabo.',
        comments: [['expert', 'Fysisk aktivitet og samvær gir best effekt sammen.']],
      },
    ],
    workshops: [
      {
        title: 'Første verksted: hva er ensomhet?',
        place: 'Asker bibliotek, Torvet',
        accessibility: 'Trinnfri inngang og teleslynge.',
      },
      {
        title: 'Verksted: vi velger ideer å prøve ut',
        place: 'Asker kulturhus, sal 2',
        accessibility: 'Heis og teleslynge. Si fra hvis du trenger tolk.',
      },
    ],
  },
};
