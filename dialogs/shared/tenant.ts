/**
 * The tenant of the current turn. bot/ runs every turn, webhook call and background job inside
 * `inTenant(tenantId, …)`; the store adapters read it with `currentTenant()` and scope every query to
 * it. Code that reaches the store outside a tenant scope fails loudly instead of reading everyone's data.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<string>();

export class NoTenantError extends Error {
  constructor() {
    super('No tenant in scope: run this inside inTenant(tenantId, …)');
  }
}

export function inTenant<T>(tenantId: string, fn: () => T): T {
  if (!tenantId) throw new Error('inTenant: empty tenant id');
  return scope.run(tenantId, fn);
}

export function currentTenant(): string {
  const t = scope.getStore();
  if (!t) throw new NoTenantError();
  return t;
}

/** The tenant in scope, or undefined (for code that also runs outside a turn, such as logging). */
export function tenantInScope(): string | undefined {
  return scope.getStore();
}
