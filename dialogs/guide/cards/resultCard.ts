import { action, actionSet, card, container, text, toggle, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { OrderSummary } from '../navOrder.js';
import { citeLaws, plain } from '../plainText.js';
import type { Assessment, PathResult } from '../rules.js';
import { missingLabel, S, type SectorKey } from '../strings.js';
import type { Verdict } from '../verdict.js';
import { VERBS } from '../verbs.js';
import { runHeader } from './header.js';
import { escapeText } from '../../shared/escape.js';
import { textFor } from '../../shared/textFor.js';

export interface RelatedEntry {
  /** The knowledge entry's id: its button opens the whole answer (the question answering's qa.show). */
  id?: string;
  title: string;
  summary: string;
}

export interface ResultView {
  token: string;
  sector: SectorKey;
  assessment: Assessment;
  verdict: Verdict;
  /** What the NAV order needs, carried in its button so the order works after the run is deleted. */
  order: OrderSummary;
  titles: Record<string, string>;
  /** The day the result is for (YYYY-MM-DD): dated parameters and the rules of that day. */
  day: string;
  /** The rules' last change (YYYY-MM-DD). */
  rulesDate: string;
  related: RelatedEntry[];
  retentionDays: number;
  note?: string;
  info?: string;
  /** After «Ferdig»: the answers are deleted; the card keeps the result and offers a new start. */
  finished?: boolean;
}

/** Ids of the folded parts (Action.ToggleVisibility targets). */
export const FOLDS = { steps: 'guideSteps', why: 'guideWhy', warnings: 'guideWarnings', nav: 'guideNav', sources: 'guideSources' } as const;

/** A button that shows or hides one part, and the part, hidden, right under it. */
function fold(title: string, id: string, items: CardElement[]): CardElement[] {
  return [actionSet([toggle(title, [id])]), container(items, { id, isVisible: false, style: 'emphasis', spacing: 'Small' })];
}

/**
 * The result as a manager on a phone reads it: the verdict in plain words, the other open paths as
 * short lines, the NAV order — all on the first screen. How to go about it, conditions and legal basis,
 * what to watch out for, what NAV pays and the sources are one tap away each.
 */
export function resultCard(v: ResultView): AdaptiveCard {
  const a = v.assessment;
  const p = (t: string) => plain(t, v.day);
  const title = (id: string) => textFor(v.titles, id, 'path title');
  const basis = (refs: string[]) => (refs.length ? p(citeLaws(refs)) : '');
  const body: CardElement[] = [runHeader(v.sector, S.resultLabel)];
  if (v.note) body.push(text(v.note, { color: 'Attention' }));
  if (v.info) body.push(text(v.info, { color: 'Accent' }));
  body.push(text(v.verdict.text, { weight: 'Bolder', size: 'Medium', spacing: 'Small' }));
  for (const l of v.verdict.lines) body.push(text(l, { spacing: 'Small' }));
  body.push(actionSet([action(S.makeOrder, VERBS.navOrder, { flow: v.token, order: v.order }, 'positive')]));

  const main = a.paths.find((x) => x.id === v.verdict.pathId);
  const steps: CardElement[] = [];
  if (main?.steps.length) steps.push(text(main.steps.map((s) => `- ${p(s)}`).join('\n')));
  if (a.obligations.length) {
    steps.push(text(S.mustDo, { weight: 'Bolder', spacing: 'Medium' }));
    steps.push(text(a.obligations.map((o) => `- ${p(o.text)}${o.legalBasis.length ? ` (${basis(o.legalBasis)})` : ''}`).join('\n')));
  }
  if (steps.length) body.push(...fold(S.showSteps, FOLDS.steps, steps));

  const open = v.verdict.order.map((id) => a.paths.find((x) => x.id === id)!).filter(Boolean);
  const closed = a.paths.filter((x) => x.applies === 'no');
  const why: CardElement[] = open.map((x) => pathDetails(x, title(x.id), x.applies === 'maybe' ? a.missing.map((f) => missingLabel(f, v.sector)) : [], p, basis));
  if (closed.length) {
    why.push(text(S.notApplicable, { weight: 'Bolder', spacing: 'Medium' }));
    why.push(text(closed.map((x) => `- **${title(x.id)}**: ${p(x.why)}`).join('\n'), { size: 'Small' }));
  }
  body.push(...fold(S.showWhy, FOLDS.why, why));

  if (a.warnings.length) {
    body.push(
      ...fold(S.showWarnings(a.warnings.length), FOLDS.warnings, [
        text(a.warnings.map((w) => `- ${p(w.text)}${w.legalBasis.length ? ` (${basis(w.legalBasis)})` : ''}`).join('\n')),
      ]),
    );
  }
  if (a.measures.length) {
    const nav: CardElement[] = [];
    for (const m of a.measures) {
      nav.push(text(`- ${p(m.text)}`, { spacing: 'Small' }));
      if (m.schedule?.length) nav.push(text(m.schedule.map((s) => S.scheduleLine(s.fromMonth, s.toMonth, s.percent)).join('  \n'), { spacing: 'None', size: 'Small' }));
    }
    body.push(...fold(S.showNav, FOLDS.nav, nav));
  }
  if (a.sources.length || v.related.length) {
    const src: CardElement[] = [];
    if (a.sources.length) src.push(text(a.sources.map((s) => `- ${p(s.title)}${s.ref && s.ref !== s.title ? ` – ${p(s.ref)}` : ''}`).join('\n'), { size: 'Small' }));
    if (v.related.length) {
      src.push(text(S.related, { weight: 'Bolder', spacing: 'Medium' }));
      for (const r of v.related) {
        src.push(text(`**${escapeText(r.title)}**  \n${escapeText(r.summary)}`, { size: 'Small' }));
        if (r.id) src.push(actionSet([action(S.readWhole, 'qa.show', { entryId: r.id })]));
      }
    }
    body.push(...fold(S.showSources, FOLDS.sources, src));
  }

  body.push(text(v.finished ? S.finishedNote : S.resultPrivacy(v.retentionDays), { subtle: true, size: 'Small', spacing: 'Medium' }));
  body.push(text(S.rulesVersion(v.rulesDate), { subtle: true, size: 'Small', spacing: 'None' }));
  const actions = v.finished
    ? [action(S.startNew, VERBS.start, {})]
    : [action(S.changeAnswers, VERBS.edit, { flow: v.token }), action(S.finish, VERBS.finish, { flow: v.token }), action(S.restart, VERBS.restart, { flow: v.token })];
  return card(body, actions);
}

function pathDetails(x: PathResult, title: string, missing: string[], p: (t: string) => string, basis: (refs: string[]) => string): CardElement {
  const items: CardElement[] = [text(title, { weight: 'Bolder' }), text(p(x.why), { spacing: 'Small' })];
  if (missing.length) items.push(text(S.hangsOn(missing), { color: 'Warning', spacing: 'Small' }));
  if (x.legalBasis.length) items.push(text(S.legalBasis(basis(x.legalBasis)), { subtle: true, size: 'Small', spacing: 'Small' }));
  if (x.conditions.length)
    items.push(text(S.conditions, { weight: 'Bolder', size: 'Small', spacing: 'Small' }), text(x.conditions.map((c) => `- ${p(c)}`).join('\n'), { size: 'Small' }));
  return container(items, { spacing: 'Medium' });
}
