/** A comment as its thread shows it. */
export type ShownComment = {
  id: string;
  parentId: string | null;
  participant: number;
  text: string;
  status: string;
  hiddenReason: string | null;
  createdAt: Date;
};

export type CommentThread = { comment: ShownComment; replies: ShownComment[] };

/**
 * Comments as threads: each top-level comment with its replies (oldest first), the threads newest
 * first or with the most replies first (then newest). Replies to a missing parent are left out.
 */
export function threadsOf(
  comments: readonly ShownComment[],
  order: 'newest' | 'replies',
): CommentThread[] {
  const threads = new Map<string, CommentThread>();
  for (const c of comments) if (c.parentId === null) threads.set(c.id, { comment: c, replies: [] });
  for (const c of comments) {
    if (c.parentId !== null) threads.get(c.parentId)?.replies.push(c);
  }
  const newest = (a: CommentThread, b: CommentThread) =>
    b.comment.createdAt.getTime() - a.comment.createdAt.getTime() ||
    b.comment.id.localeCompare(a.comment.id);
  return [...threads.values()].sort(
    order === 'replies' ? (a, b) => b.replies.length - a.replies.length || newest(a, b) : newest,
  );
}
