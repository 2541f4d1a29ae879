import type { PersonalDataPart } from '../../../web/personal-data.ts';
import { removeOwnComment } from './dialogues.queries.ts';
import {
  backgroundsOfUser,
  commentsOfUser,
  deleteBackgroundsOfUser,
  deleteFlagsOfUser,
  flagsOfUser,
  participationsOfUser,
  statementsOfUser,
  unlinkParticipantsOfUser,
  unremovedCommentsOfUser,
  votesOfUser,
} from './personal-data.queries.ts';

const voteNames: Record<number, string> = { 1: 'agree', [-1]: 'disagree', 0: 'pass' };

/**
 * What the dialogues hold about a person who took part signed in: the dialogues, every vote (the
 * log keeps changed ones too), statements, comments and flags. Forgetting keeps the dialogue's
 * record whole without the person: the participant is unlinked from the account (votes and
 * statements stay under its number, as in the open data), answers about who they are deleted,
 * comments are removed as their writer
 * removes one (words erased, "removed by the writer" shown, replies kept), and flags are deleted:
 * a flag counts distinct signed-in users, and one nobody stands behind should not count, while a
 * comment it helped hide stays hidden until a moderator decides.
 */
export const dialoguesPersonalData: PersonalDataPart = {
  async export(ctx, { userId }) {
    const [participations, votes, statements, comments, flags, backgrounds] = await Promise.all([
      participationsOfUser(ctx.db, userId),
      votesOfUser(ctx.db, userId),
      statementsOfUser(ctx.db, userId),
      commentsOfUser(ctx.db, userId),
      flagsOfUser(ctx.db, userId),
      backgroundsOfUser(ctx.db, userId),
    ]);
    return {
      participations,
      votes: votes.map((v) => ({ ...v, value: voteNames[v.value] ?? String(v.value) })),
      statements,
      comments: comments.map(({ participantId: _, ...c }) => c),
      flags,
      backgrounds,
    };
  },

  async forget(ctx, { userId }) {
    for (const c of await unremovedCommentsOfUser(ctx.db, userId))
      await removeOwnComment(ctx.db, c.id, c.participantId);
    await deleteFlagsOfUser(ctx.db, userId);
    await deleteBackgroundsOfUser(ctx.db, userId);
    await unlinkParticipantsOfUser(ctx.db, userId);
  },
};
