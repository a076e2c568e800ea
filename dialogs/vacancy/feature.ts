/** The vacancy feature in chat: the report form, the checklist's buttons, closing, the inclusion report. */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor, ActionTurn, DialogResult, Feature, TextTurn } from '../shared/turn.js';
import { reply } from '../shared/turn.js';
import { baselineCard, type BaselineValues } from './cards/baselineCard.js';
import { closeCard } from './cards/closeCard.js';
import { reportCard } from './cards/reportCard.js';
import { vacancyFormCard } from './cards/vacancyFormCard.js';
import { itemsFor } from './checklist.js';
import { BASELINE, type Baseline, type Vacancy } from './model.js';
import { baselineAverage } from './report.js';
import { baselineSchema, closeSchema, fieldErrors, formSchema, reportYearSchema, tickSchema, vacancyRefSchema } from './schemas.js';
import type { VacancyCore } from './service.js';
import { S } from './strings.js';
import { localDate } from './workingDays.js';

const FORM_FIELDS = ['title', 'unit', 'reason', 'permanence', 'durationMonths', 'startDate', 'sector'] as const;
const CLOSE_FIELDS = ['filled', 'pathId', 'targetGroup'] as const;

/** What the user typed, as strings, to put back into a form that had errors. */
function typed(data: Record<string, unknown>, fields: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = data[f];
    if (typeof v === 'string' || typeof v === 'number') out[f] = String(v);
  }
  return out;
}

const errorMap = (e: z.ZodError): Record<string, string> => Object.fromEntries(fieldErrors(e).map((x) => [x.path, x.message]));

const managerIdOf = (actor: Actor): string => actor.aadObjectId ?? actor.userId;

export function createVacancyFeature(core: VacancyCore): Feature {
  const { deps, vacancies, lock, cardFor, update } = core;
  const { roles, audit, clock, config, store } = deps;
  const baselines = store.repo<Baseline>(BASELINE);

  const openForm = (): DialogResult => reply.card(vacancyFormCard({ askSector: !config.defaultSector, formId: randomUUID() }));

  /**
   * The owner: an Entra object id matches an Entra object id only; a channel user id (a user without
   * one, in local mode) matches only a vacancy that such a user created.
   */
  const isOwner = (actor: Actor, v: Vacancy): boolean => {
    const same = (id: string) => id.toLowerCase() === v.managerId.toLowerCase();
    return actor.aadObjectId ? !v.managerIsChannelUser && same(actor.aadObjectId) : !!v.managerIsChannelUser && same(actor.userId);
  };
  const canEdit = async (actor: Actor, v: Vacancy): Promise<boolean> => isOwner(actor, v) || (await roles.isHr(actor));

  /**
   * Loads the vacancy an action names and checks that the actor may change it. Returns a ready answer
   * instead when the data is bad, the vacancy is gone, or it belongs to someone else.
   */
  async function load(turn: ActionTurn, action: string): Promise<{ v: Vacancy } | { answer: DialogResult }> {
    const ref = vacancyRefSchema.safeParse(turn.data);
    if (!ref.success) return { answer: reply.text(S.badData) };
    const v = await vacancies.get(ref.data.vacancyId);
    if (!v) return { answer: reply.text(S.notFound) };
    if (!(await canEdit(turn.actor, v))) {
      await audit.log({ actor: turn.actor.userId, action, target: v.id, outcome: 'denied', at: turn.now });
      return { answer: reply.text(S.notYours) };
    }
    return { v };
  }

  /** Role gate for the report and the baseline: a polite refusal, and every attempt audited. */
  async function hrOnly(actor: Actor, action: string, target: string, refusal: string, now: Date): Promise<DialogResult | undefined> {
    const ok = await roles.isHr(actor);
    await audit.log({ actor: actor.userId, action, target, outcome: ok ? 'ok' : 'denied', at: now });
    return ok ? undefined : reply.text(refusal);
  }

  const thisYear = (): number => Number(localDate(clock.now()).slice(0, 4));

  async function showReport(actor: Actor, year: number, now: Date): Promise<DialogResult> {
    const refused = await hrOnly(actor, 'vacancy.report.view', String(year), S.reportOnlyHr, now);
    return refused ?? reply.card(reportCard(await core.inclusionReport(year)));
  }

  async function saveBaseline(actor: Actor, values: BaselineValues, now: Date): Promise<number | null> {
    const b: Baseline = { id: 'baseline', ...values, setBy: actor.userId, setAt: now.toISOString() };
    for (const k of ['hires2020', 'hires2021', 'average'] as const) if (b[k] === undefined) delete b[k];
    await baselines.put(b);
    return baselineAverage(b);
  }

  const baselineCommand = async (turn: TextTurn, m: RegExpMatchArray): Promise<DialogResult> => {
    const arg = (m[1] ?? '').trim();
    const target = arg ? 'baseline' : 'baseline.form';
    const refused = await hrOnly(turn.actor, arg ? 'vacancy.baseline.set' : 'vacancy.baseline.form', target, S.baselineOnlyHr, turn.now);
    if (refused) return refused;
    const current = await baselines.get('baseline');
    if (!arg) return reply.card(baselineCard(current));
    const year = arg.match(/^(2020|2021) (\d{1,6})$/);
    const avg = arg.match(/^snitt (\d{1,6}(?:[.,]\d+)?)$/);
    const keep = { hires2020: current?.hires2020, hires2021: current?.hires2021, average: current?.average };
    let next: BaselineValues | undefined;
    // Setting a year means the baseline is built from the years: a direct average would hide it.
    if (year && Number(year[2]) <= 100_000) next = { ...keep, average: undefined, [`hires${year[1]}`]: Number(year[2]) };
    else if (avg && Number(avg[1].replace(',', '.')) <= 100_000) next = { ...keep, average: Number(avg[1].replace(',', '.')) };
    if (!next) return reply.text(S.baselineUsage);
    return reply.text(S.baselineSaved(await saveBaseline(turn.actor, next, turn.now)));
  };

  return {
    name: 'vacancy',
    commands: [
      { id: 'report', pattern: /^meld (?:ledig )?stilling$/, personalOnly: true, handle: async () => openForm() },
      {
        id: 'inclusion-report',
        personalOnly: true,
        pattern: /^(?:inkluderingsrapport|rapport)(?: (\d{4}))?$/,
        handle: async (turn, m) => {
          const year = m[1] ? Number(m[1]) : thisYear();
          if (year < 2000 || year > 2100) return reply.text(S.badYear);
          return showReport(turn.actor, year, turn.now);
        },
      },
      { id: 'baseline', pattern: /^grunnlinje(?: (.+))?$/, personalOnly: true, handle: baselineCommand },
    ],
    actions: {
      'vacancy.form': async () => openForm(),

      'vacancy.submit': async (turn) => {
        const formId = z.object({ formId: z.string().uuid() }).safeParse(turn.data);
        if (!formId.success) return reply.text(S.badData);
        const parsed = formSchema(config.defaultSector).safeParse(turn.data);
        if (!parsed.success)
          return reply.replace(
            vacancyFormCard({ values: typed(turn.data, FORM_FIELDS), errors: errorMap(parsed.error), askSector: !config.defaultSector, formId: formId.data.formId }),
          );
        const { vacancy } = await core.createOnce(`form:${formId.data.formId}`, () => ({
          ...core.newVacancy(parsed.data, { source: 'chat', managerId: managerIdOf(turn.actor), deliveredNow: true }),
          ...(turn.actor.aadObjectId ? {} : { managerIsChannelUser: true as const }),
        }));
        const v = (await core.deliverPending(vacancy.id)) ?? vacancy;
        return { replace: cardFor(v), send: [{ type: 'text', text: S.savedFromChat }] };
      },

      'vacancy.tick': async (turn) => {
        const tick = tickSchema.safeParse(turn.data);
        if (!tick.success) return reply.text(S.badData);
        const loaded = await load(turn, 'vacancy.tick');
        if ('answer' in loaded) return loaded.answer;
        if (!itemsFor(loaded.v.sector).includes(tick.data.item)) return reply.text(S.notApplicable);
        return lock(loaded.v.id, async () => {
          let closed = false;
          const next = await update(loaded.v.id, (v) => {
            closed = !!v.closed;
            if (closed) return undefined;
            const others = v.checked.filter((i) => i !== tick.data.item);
            return { ...v, checked: tick.data.done ? [...others, tick.data.item] : others };
          });
          if (!next) return reply.text(S.notFound);
          return reply.replace(closed ? cardFor(next, S.alreadyClosed) : cardFor(next));
        });
      },

      'vacancy.sendToHr': async (turn) => {
        const loaded = await load(turn, 'vacancy.sendToHr');
        if ('answer' in loaded) return loaded.answer;
        const { vacancy, outcome } = await core.sendToHr(loaded.v.id);
        const v = vacancy ?? loaded.v;
        if (outcome === 'no-channel') return reply.replace(cardFor(v, S.noHrChannel));
        return reply.replace(cardFor(v, outcome === 'failed' ? S.sendToHrFailed : undefined));
      },

      // The card's automatic refresh (every copy, every viewer): the current card for those who may
      // change it; for anyone else the card they see stays as it is. Not audited: it runs on every view.
      'vacancy.refresh': async (turn) => {
        const ref = vacancyRefSchema.safeParse(turn.data);
        if (!ref.success) return reply.text(S.badData);
        const v = await vacancies.get(ref.data.vacancyId);
        if (!v || !(await canEdit(turn.actor, v))) return reply.text(S.unchanged);
        return reply.replace(cardFor(v));
      },

      'vacancy.show': async (turn) => {
        const loaded = await load(turn, 'vacancy.show');
        return 'answer' in loaded ? loaded.answer : reply.replace(cardFor(loaded.v));
      },

      'vacancy.closeForm': async (turn) => {
        const loaded = await load(turn, 'vacancy.closeForm');
        if ('answer' in loaded) return loaded.answer;
        return reply.replace(loaded.v.closed ? cardFor(loaded.v, S.alreadyClosed) : closeCard(loaded.v));
      },

      'vacancy.close': async (turn) => {
        const loaded = await load(turn, 'vacancy.close');
        if ('answer' in loaded) return loaded.answer;
        const parsed = closeSchema(loaded.v.sector).safeParse(turn.data);
        if (!parsed.success) return reply.replace(closeCard(loaded.v, { values: typed(turn.data, CLOSE_FIELDS), errors: errorMap(parsed.error) }));
        return lock(loaded.v.id, async () => {
          let wasClosed = false;
          const o = parsed.data;
          const filled = o.filled === 'yes';
          const next = await update(loaded.v.id, (v): Vacancy | undefined => {
            wasClosed = !!v.closed;
            if (wasClosed) return undefined;
            return {
              ...v,
              closed: filled
                ? {
                    at: turn.now.toISOString(),
                    filled,
                    pathId: o.pathId as NonNullable<Vacancy['closed']>['pathId'],
                    targetGroup: o.targetGroup as NonNullable<Vacancy['closed']>['targetGroup'],
                  }
                : { at: turn.now.toISOString(), filled },
            };
          });
          if (!next) return reply.text(S.notFound);
          return reply.replace(wasClosed ? cardFor(next, S.alreadyClosed) : cardFor(next));
        });
      },

      'vacancy.report': async (turn) => {
        const parsed = reportYearSchema.safeParse(turn.data);
        if (!parsed.success) return reply.text(S.badYear);
        const result = await showReport(turn.actor, parsed.data.year ?? thisYear(), turn.now);
        // From the report card's year buttons the card is replaced; from the help card a new one is sent.
        const sent = result.send?.[0];
        return parsed.data.year !== undefined && sent?.type === 'card' ? reply.replace(sent.card) : result;
      },

      'vacancy.baselineForm': async (turn) => {
        const refused = await hrOnly(turn.actor, 'vacancy.baseline.form', 'baseline.form', S.baselineOnlyHr, turn.now);
        return refused ?? reply.card(baselineCard(await baselines.get('baseline')));
      },

      'vacancy.baseline': async (turn) => {
        const refused = await hrOnly(turn.actor, 'vacancy.baseline.set', 'baseline', S.baselineOnlyHr, turn.now);
        if (refused) return refused;
        const parsed = baselineSchema.safeParse(turn.data);
        if (!parsed.success) {
          const keepNumber = (k: string) =>
            typeof turn.data[k] === 'number' ? (turn.data[k] as number) : Number.isFinite(Number(turn.data[k])) && turn.data[k] !== '' ? Number(turn.data[k]) : undefined;
          return reply.replace(baselineCard({ hires2020: keepNumber('hires2020'), hires2021: keepNumber('hires2021'), average: keepNumber('average') }, errorMap(parsed.error)));
        }
        const avg = await saveBaseline(turn.actor, parsed.data, turn.now);
        return { replace: reportCard(await core.inclusionReport(thisYear())), send: [{ type: 'text', text: S.baselineSaved(avg) }] };
      },
    },
    // The report form, closing (whether the person hired is in the target group) and HR's report stay out of channels.
    personalOnlyActions: ['vacancy.form', 'vacancy.submit', 'vacancy.closeForm', 'vacancy.close', 'vacancy.report', 'vacancy.baselineForm', 'vacancy.baseline'],
    help: [
      { title: S.helpManagerTitle, description: S.helpManagerText, command: 'meld ledig stilling', verb: 'vacancy.form' },
      { title: S.helpHrTitle, description: S.helpHrText, command: 'inkluderingsrapport', verb: 'vacancy.report', roles: ['hr', 'admin'] },
    ],
  };
}
