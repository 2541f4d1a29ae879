import { toCsv } from '../../../lib/csv.ts';

/**
 * A dialogue as Polis publishes a conversation's open data: four CSV files that anyone can read
 * with Polis's own tools or recompute the opinion map from (`samskap opinion analyze`). Statements
 * and participants appear under their numbers only; a participant is never named by account,
 * e-mail or key.
 */
export const openDataFiles = [
  'comments.csv',
  'votes.csv',
  'participants-votes.csv',
  'summary.csv',
] as const;
export type OpenDataFile = (typeof openDataFiles)[number];

/** Whether a name is one of the four files. */
export function isOpenDataFile(name: string): name is OpenDataFile {
  return (openDataFiles as readonly string[]).includes(name);
}

/** A statement of the dialogue; `author` is its writer's participant number, null for staff's seeds. */
export type OpenDataStatement = {
  number: number;
  text: string;
  author: number | null;
  isSeed: boolean;
  isMeta: boolean;
  /** 'accepted', 'pending' or 'rejected'. */
  status: string;
  createdAt: Date;
};

/** One vote of the log, in the order cast. */
export type OpenDataVote = {
  participant: number;
  statement: number;
  value: number;
  createdAt: Date;
};

/** What summary.csv says of the dialogue: its question, its page and the matter in short. */
export type OpenDataAbout = { topic: string; url: string; description: string };

/**
 * What the published map found, when it is the analysis of exactly the votes exported: how many
 * participants it counted in the conversation, and its groups. Left out otherwise.
 */
export type OpenDataAnalysis = { votersInConversation: number; groups: number };

export type OpenData = {
  about: OpenDataAbout;
  analysis?: OpenDataAnalysis | undefined;
  statements: readonly OpenDataStatement[];
  votes: readonly OpenDataVote[];
};

/** One of the four files, as text. */
export function openDataFile(file: OpenDataFile, data: OpenData): string {
  const shown = published(data);
  switch (file) {
    case 'comments.csv':
      return commentsCsv(shown);
    case 'votes.csv':
      return votesCsv(shown);
    case 'participants-votes.csv':
      return participantsVotesCsv(shown);
    case 'summary.csv':
      return summaryCsv(data.about, shown, data.analysis);
  }
}

type Published = {
  statements: OpenDataStatement[];
  votes: OpenDataVote[];
  /** Current vote (the latest) per participant, by statement number. */
  current: Map<number, Map<number, number>>;
  /** Every participant who voted or wrote a published statement, in number order. */
  participants: number[];
};

/**
 * What is published: every statement but those waiting for a moderator (never shown, and they
 * may never be), in number order, and the votes on them in the order cast.
 */
function published(data: OpenData): Published {
  const statements = data.statements
    .filter((s) => s.status !== 'pending')
    .sort((a, b) => a.number - b.number);
  const numbers = new Set(statements.map((s) => s.number));
  const votes = data.votes.filter((v) => numbers.has(v.statement));
  const current = new Map<number, Map<number, number>>();
  for (const v of votes) {
    const own = current.get(v.participant) ?? new Map<number, number>();
    own.set(v.statement, v.value);
    current.set(v.participant, own);
  }
  const authors = statements.flatMap((s) => (s.author === null ? [] : [s.author]));
  const participants = [...new Set([...current.keys(), ...authors])].sort((a, b) => a - b);
  return { statements, votes, current, participants };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A moment as Polis writes it beside the timestamp, in UTC: `Wed Mar 10 12:00:00 UTC 2027`. */
function polisDatetime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}

function commentsCsv({ statements, current }: Published): string {
  const tally = new Map<number, { agrees: number; disagrees: number }>();
  for (const own of current.values()) {
    for (const [statement, value] of own) {
      const t = tally.get(statement) ?? { agrees: 0, disagrees: 0 };
      if (value === 1) t.agrees++;
      if (value === -1) t.disagrees++;
      tally.set(statement, t);
    }
  }
  return toCsv(
    [
      'timestamp',
      'datetime',
      'comment-id',
      'author-id',
      'agrees',
      'disagrees',
      'moderated',
      'is-meta',
      'is-seed',
      'comment-body',
    ],
    statements.map((s) => {
      const rejected = s.status === 'rejected';
      return [
        s.createdAt.getTime(),
        polisDatetime(s.createdAt),
        s.number,
        s.author,
        tally.get(s.number)?.agrees ?? 0,
        tally.get(s.number)?.disagrees ?? 0,
        rejected ? -1 : 1,
        s.isMeta,
        s.isSeed,
        // A rejected statement's text is not public; its number and votes are.
        rejected ? '' : s.text,
      ];
    }),
  );
}

function votesCsv({ votes }: Published): string {
  return toCsv(
    ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'],
    votes.map((v) => [
      v.createdAt.getTime(),
      polisDatetime(v.createdAt),
      v.statement,
      v.participant,
      v.value,
    ]),
  );
}

function participantsVotesCsv({ statements, current, participants }: Published): string {
  const written = new Map<number, number>();
  for (const s of statements) {
    if (s.author !== null) written.set(s.author, (written.get(s.author) ?? 0) + 1);
  }
  return toCsv(
    [
      'participant',
      'xid',
      'group-id',
      'n-comments',
      'n-votes',
      'n-agree',
      'n-disagree',
      ...statements.map((s) => String(s.number)),
    ],
    participants.map((p) => {
      const own = current.get(p) ?? new Map<number, number>();
      const values = [...own.values()];
      return [
        p,
        '',
        '',
        written.get(p) ?? 0,
        values.length,
        values.filter((v) => v === 1).length,
        values.filter((v) => v === -1).length,
        ...statements.map((s) => own.get(s.number)),
      ];
    }),
  );
}

/**
 * Key–value rows as Polis writes them, in its order; what is not known here (views, and the
 * analysis while it lags behind the votes) is left out.
 */
function summaryCsv(
  about: OpenDataAbout,
  { statements, current }: Published,
  analysis: OpenDataAnalysis | undefined,
): string {
  const commenters = new Set(statements.flatMap((s) => (s.author === null ? [] : [s.author])));
  const voters = [...current.values()].filter((own) => own.size > 0).length;
  // Polis's summary has no header row: its first row is the topic.
  return toCsv(
    ['topic', about.topic],
    [
      ['url', about.url],
      ['voters', voters],
      ...(analysis ? [['voters-in-conv', analysis.votersInConversation]] : []),
      ['commenters', commenters.size],
      ['comments', statements.length],
      ...(analysis ? [['groups', analysis.groups]] : []),
      ['conversation-description', about.description],
    ],
  );
}
