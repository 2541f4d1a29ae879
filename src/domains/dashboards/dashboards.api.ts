import { apiApp } from '../../api/api-common.ts';

/** The dashboards domain's part of /api/v1. */
export function dashboardsApi() {
  const app = apiApp();
  return app;
}
