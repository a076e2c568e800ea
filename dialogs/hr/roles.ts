/**
 * Roles: admins come from configuration (ADMIN_AAD_OBJECT_IDS) or, per tenant, from its settings (bot/
 * passes a function that gives the current tenant's list); HR advisers are granted and revoked by
 * an admin and stored; everyone else is a manager. Looked up from the activity's from.aadObjectId on
 * every role-gated action, so a card replayed by someone else is judged by who pressed it.
 */
import type { Store } from '../shared/ports.js';
import type { Actor, Role } from '../shared/turn.js';

export interface HrGrant {
  id: string; // the HR adviser's Entra object id
  grantedBy: string;
  grantedAt: string; // ISO timestamp
}
export const HR_GRANTS = 'hrGrants';

export class Roles {
  private readonly admins: () => ReadonlySet<string>;

  constructor(
    private readonly store: Store,
    adminIds: readonly string[] | (() => readonly string[]),
  ) {
    const fixed = typeof adminIds === 'function' ? undefined : new Set(adminIds.map((s) => s.toLowerCase()));
    this.admins = fixed ? () => fixed : () => new Set((adminIds as () => readonly string[])().map((s) => s.toLowerCase()));
  }

  async roleOf(actor: Pick<Actor, 'aadObjectId'>): Promise<Role> {
    const id = actor.aadObjectId?.toLowerCase();
    if (!id) return 'manager';
    if (this.admins().has(id)) return 'admin';
    if (await this.store.repo<HrGrant>(HR_GRANTS).get(id)) return 'hr';
    return 'manager';
  }

  /** True for HR advisers and admins. */
  async isHr(actor: Pick<Actor, 'aadObjectId'>): Promise<boolean> {
    return (await this.roleOf(actor)) !== 'manager';
  }

  async isAdmin(actor: Pick<Actor, 'aadObjectId'>): Promise<boolean> {
    return (await this.roleOf(actor)) === 'admin';
  }

  hrAdvisers(): Promise<HrGrant[]> {
    return this.store.repo<HrGrant>(HR_GRANTS).find();
  }

  async grantHr(targetAadObjectId: string, by: string, at: Date): Promise<void> {
    await this.store.repo<HrGrant>(HR_GRANTS).put({ id: targetAadObjectId.toLowerCase(), grantedBy: by, grantedAt: at.toISOString() });
  }

  async revokeHr(targetAadObjectId: string): Promise<boolean> {
    return this.store.repo<HrGrant>(HR_GRANTS).remove(targetAadObjectId.toLowerCase());
  }
}
