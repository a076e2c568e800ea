import { inTenant } from '../../dialogs/shared/tenant.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, startHarness, USER, type Harness } from '../helpers/botHarness.js';
import { TENANT } from '../helpers/botHarness.js';
import { expectValidCard } from '../helpers/cards.js';

const ADMIN = { id: '29:admin', aadObjectId: '00000000-0000-0000-0000-00000000ad01', name: 'Admin' };

describe('roles over /api/messages', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ADMIN_AAD_OBJECT_IDS: ADMIN.aadObjectId });
  });
  afterAll(async () => h?.close());

  it('the help card shows the HR section to an admin, not to a manager', async () => {
    h.connector.clear();
    await h.message('hjelp', ADMIN, 'a:personal-admin');
    const [adminCard] = cardsOf(await h.connector.waitFor(1));
    expectValidCard(adminCard as never);
    expect(JSON.stringify(adminCard)).toContain('For HR og administratorer');
    h.connector.clear();
    await h.message('hjelp', USER);
    const [managerCard] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(managerCard)).not.toContain('For HR og administratorer');
  });

  it('an admin grants HR to a manager, who can then open the HR menu; the refusal before is audited', async () => {
    h.connector.clear();
    await h.message('hr', USER);
    expect(JSON.stringify((await h.connector.waitFor(1))[0].body)).toContain('bare HR');
    h.connector.clear();
    await h.message(`gi hr-tilgang ${USER.aadObjectId}`, ADMIN, 'a:personal-admin');
    expect(JSON.stringify((await h.connector.waitFor(1))[0].body)).toContain('gitt');
    h.connector.clear();
    await h.message('hr', USER);
    const [menu] = cardsOf(await h.connector.waitFor(1));
    expect(JSON.stringify(menu)).toContain('HR-meny');
    const audit = await inTenant(TENANT, () => h.bot.store.repo<{ id: string; actor: string; outcome: string; action: string }>('audit').find());
    expect(audit.some((a) => a.actor === USER.aadObjectId && a.outcome === 'denied')).toBe(true);
    expect(audit.some((a) => a.actor === ADMIN.aadObjectId && a.action === 'roles.grant' && a.outcome === 'ok')).toBe(true);
  });
});
