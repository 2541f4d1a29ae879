import { apiApp } from '../../api/api-common.ts';

/** The prioritisation domain's part of /api/v1. */
export function prioritisationApi() {
  const app = apiApp();
  return app;
}
