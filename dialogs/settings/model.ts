/**
 * Per-tenant settings: what an employer's admins set in Teams (the `innstillinger` card). Stored in the
 * tenant's own repo; anything left empty falls back to the installation's defaults (for a single-employer
 * installation: the environment variables of the README's configuration table).
 */
import type { Store } from '../shared/ports.js';

export type Sector = 'state' | 'municipal';

/** How long what grows with use is kept; the retention job removes or reduces what is older. */
export interface Retention {
  /** Vacancies older than this (closed, or reported if open) are reduced to yearly counts. */
  vacancyMonths: number;
  /** Audit log events and entry history (the newest history event of each entry is kept). */
  auditMonths: number;
  /** Feedback and unanswered questions: free text a user typed. */
  textDays: number;
  /** Guide runs nobody has answered for this long, finished or not (they may hold a candidate's answers). */
  guideRunDays: number;
  /** Conversation references and remembered preferences of users not seen for this long. */
  conversationMonths: number;
}

export const RETENTION_LIMITS: Record<keyof Retention, { min: number; max: number }> = {
  vacancyMonths: { min: 1, max: 120 },
  auditMonths: { min: 1, max: 120 },
  textDays: { min: 1, max: 730 },
  guideRunDays: { min: 1, max: 90 },
  conversationMonths: { min: 1, max: 60 },
};

export const BUILT_IN_RETENTION: Retention = { vacancyMonths: 24, auditMonths: 12, textDays: 90, guideRunDays: 14, conversationMonths: 13 };

/** repo "tenantSettings", one record with id "settings". */
export interface StoredSettings {
  id: 'settings';
  /** Entra object ids of the tenant's admins, besides the installation's ADMIN_AAD_OBJECT_IDS. */
  admins?: string[];
  navContact?: string;
  hrConversationId?: string;
  defaultSector?: Sector;
  reminderWorkingDays?: number;
  retention?: Partial<Retention>;
  /** The tenant's API key for the JSON endpoints: only its SHA-256 is kept. */
  apiKey?: { hash: string; setAt: string; setBy: string };
  /** The webhook secret is derived from the installation's SECRETS_KEY and this salt: nothing secret is kept. */
  webhook?: { salt: string; setAt: string; setBy: string };
  updatedBy?: string;
  updatedAt?: string;
}
export const TENANT_SETTINGS = 'tenantSettings';
export const SETTINGS_ID = 'settings';

/** What applies where a tenant has not set anything. */
export interface SettingsDefaults {
  /** Admins by configuration (ADMIN_AAD_OBJECT_IDS): admins in whichever tenant their object id belongs to. */
  bootstrapAdmins: readonly string[];
  navContact?: string;
  hrConversationId?: string;
  defaultSector?: Sector;
  reminderWorkingDays: number;
  retention: Retention;
}

/** The settings in force for a tenant. */
export interface TenantSettings {
  /** Everyone who is an admin here: configured and stored, lower case. */
  admins: string[];
  /** Only the ones stored in the tenant's settings. */
  storedAdmins: string[];
  navContact?: string;
  hrConversationId?: string;
  defaultSector?: Sector;
  reminderWorkingDays: number;
  retention: Retention;
  apiKey?: StoredSettings['apiKey'];
  webhook?: StoredSettings['webhook'];
}

export function resolveSettings(stored: StoredSettings | undefined, d: SettingsDefaults): TenantSettings {
  const storedAdmins = (stored?.admins ?? []).map((a) => a.toLowerCase());
  return {
    admins: [...new Set([...d.bootstrapAdmins.map((a) => a.toLowerCase()), ...storedAdmins])],
    storedAdmins,
    navContact: stored?.navContact ?? d.navContact,
    hrConversationId: stored?.hrConversationId ?? d.hrConversationId,
    defaultSector: stored?.defaultSector ?? d.defaultSector,
    reminderWorkingDays: stored?.reminderWorkingDays ?? d.reminderWorkingDays,
    retention: { ...d.retention, ...stored?.retention },
    apiKey: stored?.apiKey,
    webhook: stored?.webhook,
  };
}

export function readSettings(store: Store): Promise<StoredSettings | undefined> {
  return store.repo<StoredSettings>(TENANT_SETTINGS).get(SETTINGS_ID);
}

/**
 * repo "deliveryFailures": a proactive message that finally did not arrive (written by bot/, shown to the
 * tenant's admins on the settings card). No message text is kept, only who it was for and why.
 */
export interface DeliveryFailure {
  id: string;
  at: string; // ISO timestamp
  to: 'user' | 'conversation';
  /** The user's Entra object id, or the channel's conversation id. */
  target: string;
  reason: 'removed' | 'gave-up';
  /** The connector's HTTP status or error code, e.g. "403" or "ECONNREFUSED". */
  status: string;
  attempts: number;
}
export const DELIVERY_FAILURES = 'deliveryFailures';
