import { apiApp } from '../../api/api-common.ts';

/** The roadmap domain's part of /api/v1. */
export function roadmapApi() {
  const app = apiApp();
  return app;
}
