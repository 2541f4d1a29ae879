import { apiApp } from '../../api/api-common.ts';

/** The benefits domain's part of /api/v1. */
export function benefitsApi() {
  const app = apiApp();
  return app;
}
