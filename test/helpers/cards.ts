import * as AC from 'adaptivecards';
import { expect } from 'vitest';
import type { AdaptiveCard } from '../../dialogs/shared/cardKit.js';

/**
 * Parses a card with the official adaptivecards SDK and fails on any warning or unknown element,
 * and checks what Teams needs: version 1.5, and a verb on every Action.Execute.
 */
export function expectValidCard(card: AdaptiveCard): void {
  expect(card.type).toBe('AdaptiveCard');
  expect(card.version).toBe('1.5');
  const parsed = new AC.AdaptiveCard();
  const ctx = new AC.SerializationContext();
  parsed.parse(card, ctx);
  const events = [...Array(ctx.eventCount).keys()].map((i) => ctx.getEventAt(i).message);
  expect(events, `adaptivecards SDK reported: ${events.join('; ')}`).toEqual([]);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.Execute') {
        expect(typeof o.verb, `Action.Execute "${String(o.title)}" has no verb`).toBe('string');
        expect((o.verb as string).length).toBeGreaterThan(0);
      }
      if (o.type === 'Action.Submit') throw new Error(`Action.Submit "${String(o.title)}": use Action.Execute with a verb`);
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  expect(JSON.stringify(card).length, 'card larger than Teams allows (28 KB)').toBeLessThan(28_000);
}
