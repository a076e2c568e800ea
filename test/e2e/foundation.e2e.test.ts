import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { browserAvailable, startSession, type Session } from './playground.js';

describe.skipIf(!browserAvailable)('in the Agents Playground (a real Teams client, headless Chromium)', () => {
  let s: Session;
  beforeAll(async () => {
    // This one starts the bot with the README's own `npm start`; the other browser tests start the bundle.
    s = await startSession({ npmStart: true });
  }, 90_000);
  afterAll(async () => s?.close());

  it('shows the welcome card, then the help card for "hjelp"', async () => {
    await s.see('Velkommen til Inkluderingsveilederen');
    await s.say('hjelp');
    await s.see('Dette kan jeg hjelpe deg med');
    const file = await s.shot('foundation-help');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  });

  it('opens the help card from the welcome card button (Action.Execute)', async () => {
    const before = await s.page.getByText('Dette kan jeg hjelpe deg med').count();
    await s.page.getByRole('button', { name: 'Vis hva jeg kan' }).first().click();
    await expect.poll(() => s.page.getByText('Dette kan jeg hjelpe deg med').count(), { timeout: 15_000 }).toBeGreaterThan(before);
  });
});
