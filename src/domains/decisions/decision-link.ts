/** The anchor of a decision on the decisions page. */
export const decisionAnchor = (id: string) => `decision-${id}`;

/**
 * A link to one decision on the decisions page (`page` is that page's address). The list comes in
 * pages, so the link names the decision in its query as well: the page then opens on the page of
 * the list that holds it, and the anchor scrolls to it.
 */
export const decisionHref = (page: string, id: string) =>
  `${page}?decision=${encodeURIComponent(id)}#${decisionAnchor(id)}`;
