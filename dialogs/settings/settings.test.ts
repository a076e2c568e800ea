import { beforeEach, describe, expect, it } from 'vitest';
import { expectValidCard } from '../../test/helpers/cards.js';
import { memoryStore, TEST_TENANT } from '../../test/support/memoryStore.js';
import { Roles } from '../hr/roles.js';
import { createAudit } from '../shared/audit.js';
import { AUDIT, type AuditEvent } from '../shared/records.js';
import type { Actor, DialogResult, Feature } from '../shared/turn.js';
import {
  BUILT_IN_RETENTION,
  createSettingsFeature,
  DELIVERY_FAILURES,
  deriveWebhookSecret,
  hashKey,
  readSettings,
  resolveSettings,
  tenantOfKey,
  type DeliveryFailure,
  type SettingsDefaults,
} from './index.js';

const BOOT = '00000000-0000-0000-0000-00000000ad01';
const OTHER = '00000000-0000-0000-0000-00000000ad02';
const MANAGER = '00000000-0000-0000-0000-00000000b0b0';
const actor = (id: string, conversationType: Actor['conversationType'] = 'personal'): Actor => ({ userId: id, aadObjectId: id, conversationId: `c-${id}`, conversationType });
const now = new Date('2026-12-01T10:00:00Z');
const MASTER = 'a-master-key-for-the-settings-tests-0123';

const defaults: SettingsDefaults = { bootstrapAdmins: [BOOT], navContact: 'NAV fra miljøvariabel', reminderWorkingDays: 3, retention: BUILT_IN_RETENTION };
const cardOf = (r: DialogResult) => {
  const c = r.replace ?? (r.send?.[0]?.type === 'card' ? r.send[0].card : undefined);
  if (c) expectValidCard(c);
  return JSON.stringify(c ?? r);
};

describe('settings card', () => {
  let store: ReturnType<typeof memoryStore>;
  let feature: Feature;
  let master: string | undefined;
  const admins = () => resolveSettingsNow().admins;
  let stored: Awaited<ReturnType<typeof readSettings>>;
  const resolveSettingsNow = () => resolveSettings(stored, defaults);

  beforeEach(async () => {
    store = memoryStore();
    stored = undefined;
    master = undefined;
    const roles = new Roles(store, () => admins());
    feature = createSettingsFeature({
      store,
      clock: { now: () => now },
      roles,
      audit: createAudit(store, { now: () => now }),
      defaults: () => defaults,
      webhookMasterKey: () => master,
    });
  });
  const refresh = async () => {
    stored = await readSettings(store);
  };
  const say = async (who: Actor, text = 'innstillinger') => feature.commands![0].handle({ actor: who, text, now }, text.match(feature.commands![0].pattern)!);
  const press = async (who: Actor, verb: string, data: Record<string, unknown> = {}) => {
    const r = await feature.actions![verb]({ actor: who, verb, data, now });
    await refresh();
    return r;
  };

  it('is for admins only, in a personal chat only; a refusal is audited and changes nothing', async () => {
    expect(cardOf(await say(actor(MANAGER)))).toContain('bare en administrator');
    expect(cardOf(await press(actor(MANAGER), 'settings.save', { navContact: 'Kapret' }))).toContain('bare en administrator');
    expect(cardOf(await press(actor(MANAGER), 'settings.newApiKey'))).toContain('bare en administrator');
    expect(await readSettings(store)).toBeUndefined();
    const audit = await store.repo<AuditEvent>(AUDIT).find();
    expect(audit.map((a) => [a.action, a.outcome])).toEqual([
      ['settings.view', 'denied'],
      ['settings.save', 'denied'],
      ['settings.apiKey', 'denied'],
    ]);
    expect(cardOf(await say(actor(BOOT, 'channel')))).toContain('personlig chat');
  });

  it('shows the defaults under empty fields, saves what the admin sets, and empty means the default again', async () => {
    const card = cardOf(await say(actor(BOOT)));
    expect(card).toContain('Standard: NAV fra miljøvariabel');
    expect(card).toContain('Standard: 24');
    const r = await press(actor(BOOT), 'settings.save', {
      admins: `${OTHER}\n${BOOT.toUpperCase()}`,
      navContact: '  NAV Vest, 55 55 55 55 ',
      hrConversationId: '19:hr@thread.tacv2',
      defaultSector: 'municipal',
      reminderWorkingDays: '5',
      retention_vacancyMonths: '36',
      retention_textDays: '30',
    });
    expect(cardOf(r)).toContain('Innstillingene er lagret');
    const s = resolveSettingsNow();
    expect(s).toMatchObject({ navContact: 'NAV Vest, 55 55 55 55', hrConversationId: '19:hr@thread.tacv2', defaultSector: 'municipal', reminderWorkingDays: 5 });
    expect(s.retention).toEqual({ ...BUILT_IN_RETENTION, vacancyMonths: 36, textDays: 30 });
    expect(s.admins.sort()).toEqual([BOOT, OTHER].sort());
    // The other admin can now open it; clearing fields falls back to the defaults.
    expect(cardOf(await say(actor(OTHER)))).toContain('NAV Vest');
    await press(actor(OTHER), 'settings.save', { admins: OTHER, navContact: '', defaultSector: '', reminderWorkingDays: '' });
    expect(resolveSettingsNow()).toMatchObject({ navContact: 'NAV fra miljøvariabel', defaultSector: undefined, reminderWorkingDays: 3 });
    expect((await store.repo<AuditEvent>(AUDIT).find()).filter((a) => a.action === 'settings.save' && a.outcome === 'ok')).toHaveLength(2);
  });

  it.each([
    [{ admins: 'bob' }, 'admins', 'Entra objekt-id'],
    [{ reminderWorkingDays: '0' }, 'reminderWorkingDays', 'fra 1 til 30'],
    [{ reminderWorkingDays: '3.5' }, 'reminderWorkingDays', 'fra 1 til 30'],
    [{ retention_vacancyMonths: '121' }, 'retention_vacancyMonths', 'fra 1 til 120'],
    [{ retention_textDays: '0' }, 'retention_textDays', 'fra 1 til 730'],
    [{ retention_guideRunDays: '91' }, 'retention_guideRunDays', 'fra 1 til 90'],
    [{ navContact: 'x'.repeat(301) }, 'navContact', 'høyst 300'],
    [{ hrConversationId: 'med mellomrom' }, 'hrConversationId', 'uten mellomrom'],
    [{ defaultSector: 'county' }, 'defaultSector', 'Velg staten'],
  ])('refuses %j with a Norwegian message at the field, keeps what was typed and stores nothing', async (data, _field, message) => {
    const r = await press(actor(BOOT), 'settings.save', data);
    const card = cardOf(r);
    expect(card).toContain(message);
    expect(card).toContain('Noe må rettes');
    expect(await readSettings(store)).toBeUndefined();
  });

  it('does not let an admin remove themselves', async () => {
    await press(actor(BOOT), 'settings.save', { admins: OTHER });
    const r = await press(actor(OTHER), 'settings.save', { admins: '' });
    expect(cardOf(r)).toContain('Du kan ikke fjerne deg selv');
    expect(resolveSettingsNow().storedAdmins).toEqual([OTHER]);
  });

  it('makes an API key that names the tenant, shown once and stored only as its hash; a new one replaces it', async () => {
    const first = cardOf(await press(actor(BOOT), 'settings.newApiKey'));
    const token = /test-tenant\.[A-Za-z0-9_-]{43}/.exec(first)![0];
    expect(tenantOfKey(token)).toBe(TEST_TENANT);
    expect(stored?.apiKey?.hash).toBe(hashKey(token));
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[1]);
    expect(cardOf(await say(actor(BOOT)))).toMatch(/API-nøkkel: laget/);
    await press(actor(BOOT), 'settings.newApiKey');
    expect(stored?.apiKey?.hash).not.toBe(hashKey(token));
  });

  it('makes a webhook secret only with a master key, derived from it and a stored salt', async () => {
    expect(cardOf(await say(actor(BOOT)))).toContain('krever at driftsansvarlig har satt SECRETS_KEY');
    master = MASTER;
    const card = cardOf(await press(actor(BOOT), 'settings.newWebhookSecret'));
    const secret = deriveWebhookSecret(MASTER, TEST_TENANT, stored!.webhook!.salt);
    expect(card).toContain(secret);
    expect(card).toContain(`X-Tenant-Id: ${TEST_TENANT}`);
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('lists the messages that finally failed, newest first, and clears them', async () => {
    const failures = store.repo<DeliveryFailure>(DELIVERY_FAILURES);
    await failures.put({ id: 'f1', at: '2026-11-30T08:00:00Z', to: 'user', target: MANAGER, reason: 'removed', status: '403', attempts: 1 });
    await failures.put({ id: 'f2', at: '2026-11-30T09:00:00Z', to: 'conversation', target: '19:hr@thread', reason: 'gave-up', status: '503', attempts: 6 });
    const card = cardOf(await say(actor(BOOT)));
    expect(card).toContain(`til leder ${MANAGER}: appen er fjernet`);
    expect(card).toContain('til kanal 19:hr@thread: ga opp etter 6 forsøk (503)');
    expect(card.indexOf('19:hr@thread')).toBeLessThan(card.indexOf(MANAGER));
    expect(cardOf(await press(actor(BOOT), 'settings.clearFailures'))).toContain('alle meldinger jeg har sendt');
    expect(await failures.count()).toBe(0);
  });
});
