import { apiApp } from '../../api/api-common.ts';

/** The portfolio domain's part of /api/v1. */
export function portfolioApi() {
  const app = apiApp();
  return app;
}
