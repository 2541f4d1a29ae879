/**
 * Page and page-size queries every paged API refuses with 400 problem+json: pages from 1 to
 * 1,000,000 and sizes from 1 to 100 are taken (src/web/api.ts, `PageQuery`), nothing else.
 */
export const OUT_OF_RANGE_PAGE_QUERIES = [
  '?page=0',
  '?page=-1',
  '?page=abc',
  '?page=1e9',
  '?pageSize=0',
  '?pageSize=101',
  '?pageSize=100000',
] as const;

/** The out-of-range queries `request` did not answer with 400 problem+json, with what it gave. */
export async function pageQueriesNotRefused(
  request: (query: string) => Response | Promise<Response>,
): Promise<string[]> {
  const wrong: string[] = [];
  for (const query of OUT_OF_RANGE_PAGE_QUERIES) {
    const response = await request(query);
    const type = response.headers.get('content-type') ?? '';
    if (response.status !== 400 || !type.includes('application/problem+json')) {
      wrong.push(`${query}: ${response.status} ${type}`);
    }
  }
  return wrong;
}
