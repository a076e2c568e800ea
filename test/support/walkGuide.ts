/** Walks the guide over HTTP from «ny stilling» to its result card, pressing the first fitting answer. */
import { actionsOf, cardsOf, press, USER, type Harness } from '../helpers/botHarness.js';

export async function walkGuideToResult(h: Harness, user = USER): Promise<Record<string, unknown>> {
  h.connector.clear();
  await h.message('ny stilling', user);
  let [card] = cardsOf(await h.connector.waitFor(1));
  const prefer = [/stat/i, /^Fast/i, /^Ja\b/i, /^Nei\b/i];
  for (let i = 0; i < 25 && !JSON.stringify(card).includes('Sjekk svarene dine'); i++) {
    const buttons = actionsOf(card).filter((a) => a.verb === 'guide.answer');
    const choice = buttons.find((a) => prefer.some((p) => p.test(a.title))) ?? buttons[0];
    if (!choice) throw new Error(`no answer button on: ${JSON.stringify(card).slice(0, 300)}`);
    const { replaced } = await press(h, card, choice.title, { months: 6, value: choice.data.value ?? 6 }, user);
    card = replaced;
  }
  const { replaced: result } = await press(h, card, 'Vis resultatet', {}, user);
  return result;
}
