// Every domain's tables, for Drizzle's typed queries and for drizzle-kit.
export * from '../domains/audit/audit.schema.ts';
export * from '../domains/decisions/decisions.schema.ts';
export * from '../domains/identity/identity.schema.ts';
export * from '../domains/platform/platform.schema.ts';
export * from '../domains/styrning/benefits/benefits.schema.ts';
export * from '../domains/styrning/portfolio/portfolio.schema.ts';
export * from '../domains/styrning/strategy/strategy.schema.ts';
export * from '../domains/tenancy/tenancy.schema.ts';
