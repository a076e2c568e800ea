import { action, actionSet, bullets, card, container, heading, text, toggle, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import type { Assessment, PathResult } from '../rules.js';
import { FIELD_LABELS, S } from '../strings.js';
import { VERBS } from '../verbs.js';
import { escapeText } from '../../shared/escape.js';

export interface RelatedEntry {
  /** The knowledge entry's id: its button opens the whole answer (the question answering's qa.show). */
  id?: string;
  title: string;
  summary: string;
}

export interface ResultView {
  token: string;
  assessment: Assessment;
  titles: Record<string, string>;
  rulesetVersion: string;
  related: RelatedEntry[];
  note?: string;
}

export const NOT_APPLICABLE_ID = 'guideNotApplicable';

export function missingLabel(field: string): string {
  return FIELD_LABELS[field] ?? field;
}

function section(title: string): CardElement {
  return text(title, { weight: 'Bolder', size: 'Medium', spacing: 'Large', separator: true });
}

function pathBlock(p: PathResult, title: string, missing: string[]): CardElement {
  const items: CardElement[] = [text(title, { weight: 'Bolder' }), text(p.why, { spacing: 'Small' })];
  if (p.applies === 'maybe' && missing.length) items.push(text(S.hangsOn(missing.map(missingLabel)), { color: 'Warning', spacing: 'Small' }));
  if (p.legalBasis.length) items.push(text(S.legalBasis(p.legalBasis), { subtle: true, size: 'Small', spacing: 'Small' }));
  if (p.conditions.length) items.push(text(S.conditions, { weight: 'Bolder', size: 'Small', spacing: 'Small' }), bullets(p.conditions));
  if (p.steps.length) items.push(text(S.steps, { weight: 'Bolder', size: 'Small', spacing: 'Small' }), bullets(p.steps));
  return container(items, { style: p.applies === 'yes' ? 'good' : 'emphasis', spacing: 'Medium' });
}

/**
 * The result, in the order a manager acts on it: what you can do (yes, then maybe with what it hangs
 * on), what you must do, what to watch out for, what NAV can pay, sources and further reading; the
 * paths that do not apply come last, folded.
 */
export function resultCard(v: ResultView): AdaptiveCard {
  const a = v.assessment;
  const title = (id: string) => v.titles[id] ?? id;
  const yes = a.paths.filter((p) => p.applies === 'yes');
  const maybe = a.paths.filter((p) => p.applies === 'maybe');
  const no = a.paths.filter((p) => p.applies === 'no');
  const body: CardElement[] = [heading(S.resultTitle, 'Large')];
  if (v.note) body.push(text(v.note, { color: 'Attention' }));
  body.push(text(S.resultIntro, { subtle: true, size: 'Small' }));

  body.push(section(S.canDo));
  if (!yes.length && !maybe.length) body.push(text(S.noPaths));
  for (const p of yes) body.push(pathBlock(p, title(p.id), []));
  if (maybe.length) {
    body.push(text(S.maybeDo, { weight: 'Bolder', spacing: 'Medium' }));
    for (const p of maybe) body.push(pathBlock(p, title(p.id), a.missing));
  }

  if (a.obligations.length) {
    body.push(section(S.mustDo));
    for (const o of a.obligations) body.push(text(`- ${o.text}${o.legalBasis.length ? ` _(${o.legalBasis.join(', ')})_` : ''}`));
  }
  if (a.warnings.length) {
    body.push(section(S.watchOut));
    for (const w of a.warnings) body.push(text(`- ${w.text}${w.legalBasis.length ? ` _(${w.legalBasis.join(', ')})_` : ''}`, { color: 'Warning' }));
  }
  if (a.measures.length) {
    body.push(section(S.navPays));
    for (const m of a.measures) {
      body.push(text(`- ${m.text}`));
      if (m.schedule?.length) body.push(text(m.schedule.map((s) => `   ${S.scheduleLine(s.fromMonth, s.toMonth, s.percent)}`).join('\n\n'), { spacing: 'None' }));
    }
  }

  if (a.sources.length || v.related.length) {
    body.push(section(S.sources));
    if (a.sources.length) body.push(text(a.sources.map((s) => `- ${s.title}${s.ref && s.ref !== s.title ? ` – ${s.ref}` : ''}`).join('\n'), { size: 'Small' }));
    if (v.related.length) {
      body.push(text(S.related, { weight: 'Bolder', spacing: 'Medium' }));
      for (const r of v.related) {
        body.push(text(`**${escapeText(r.title)}**  \n${escapeText(r.summary)}`, { size: 'Small' }));
        if (r.id) body.push(actionSet([action(S.readWhole, 'qa.show', { entryId: r.id })]));
      }
    }
  }

  if (no.length) {
    body.push(actionSet([toggle(S.showNotApplicable(no.length), [NOT_APPLICABLE_ID])]));
    body.push(
      container(
        [
          text(S.notApplicable(no.length), { weight: 'Bolder' }),
          ...no.map((p) => text(`**${title(p.id)}**: ${p.why}${p.legalBasis.length ? ` _(${p.legalBasis.join(', ')})_` : ''}`, { size: 'Small' })),
        ],
        { id: NOT_APPLICABLE_ID, isVisible: false, style: 'emphasis' },
      ),
    );
  }
  body.push(text(S.rulesVersion(v.rulesetVersion), { subtle: true, size: 'Small', spacing: 'Medium' }));
  return card(body, [
    action(S.makeOrder, VERBS.navOrder, { flow: v.token }, 'positive'),
    action(S.changeAnswers, VERBS.edit, { flow: v.token }),
    action(S.restart, VERBS.restart, { flow: v.token }),
  ]);
}
