import { createRoute, z } from '@hono/zod-openapi';
import { apiApp, problemResponse } from '../../../web/api.ts';
import { conventionsOf } from '../../../web/i18n/index.ts';
import { uuidParam } from '../../../web/params.ts';
import { problem } from '../../../web/problem.ts';
import { apiMunicipality } from '../../tenancy/municipality-param.ts';
import { addMatterRoutes } from './matters.api.ts';
import { loadOpenData } from './open-data.load.ts';
import { isOpenDataFile, openDataFile, openDataFiles } from './open-data.ts';

const OpenDataParams = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'SE-0127' }),
  mid: z.string().openapi({ param: { name: 'mid', in: 'path' }, description: 'The matter' }),
  // Checked in the handler: a file that is not one of these is not found (404), not a bad request.
  file: z.string().openapi({
    param: { name: 'file', in: 'path' },
    enum: [...openDataFiles],
    example: 'votes.csv',
  }),
});

const openDataRoute = createRoute({
  method: 'get',
  path: '/municipalities/{id}/matters/{mid}/open-data/{file}',
  summary: "A matter's dialogue as Polis open data (public)",
  description:
    "The dialogue in the four files of Polis's open-data export, RFC 4180 CSV (CRLF, quoted where needed; a text a spreadsheet would read as a formula starts with a single quote). `comments.csv`: every statement but those waiting for a moderator, by number (`comment-id`); `author-id` is the writer's participant number (empty for the municipality's own seed statements); `agrees` and `disagrees` count current votes (a participant's latest on a statement); `moderated` is 1, or -1 for a rejected statement, whose text is left out. `votes.csv`: every vote ever cast, in the order cast (1 agree, -1 disagree, 0 pass). `participants-votes.csv`: each participant's current votes, one column per statement. `summary.csv`: the question, the page, and counts. Participants appear as numbers only. Saved in one folder under these names, the files are what `samskap opinion analyze DIR` reads to recompute the opinion map (`--mode stable` for the map free of the order participants joined in).",
  request: { params: OpenDataParams },
  responses: {
    200: {
      description: 'The file',
      content: { 'text/csv': { schema: z.string() } },
    },
    404: problemResponse('No such municipality, matter here, or file'),
  },
});

/** The dialogues domain's part of /api/v1: matters and their dialogues, and each dialogue's open data. */
export function dialoguesApi() {
  const app = apiApp();
  addMatterRoutes(app);
  app.openapi(openDataRoute, async (c) => {
    const m = await apiMunicipality(c, c.req.valid('param').id);
    const matterId = uuidParam(c, 'mid');
    const { file } = c.req.valid('param');
    const notFound = () =>
      problem(c, {
        title: 'Not Found',
        status: 404,
        detail: 'No such matter in this municipality, or no such file.',
      }) as never;
    if (!isOpenDataFile(file)) return notFound();
    const found = await loadOpenData(c.get('ctx').db, m.id, matterId);
    if (!found) return notFound();
    const lang = conventionsOf(m.country).lang;
    const path = `/${lang}/municipalities/${m.id}/matters/${matterId}`;
    const about = {
      topic: found.dialogue.question,
      url: `${c.get('deps').config.publicUrl ?? ''}${path}`,
      description: found.matter.summary,
    };
    const text = openDataFile(file, {
      about,
      statements: found.statements,
      votes: found.votes,
      analysis: found.analysis,
    });
    return c.body(text, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${m.id}-matter-${matterId}-${file}"`,
    }) as never;
  });
  return app;
}
