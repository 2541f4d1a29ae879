import { apiApp } from '../../api/api-common.ts';

/** The strategy domain's part of /api/v1. */
export function strategyApi() {
  const app = apiApp();
  return app;
}
