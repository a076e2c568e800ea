import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCase } from './buildCase.js';
import { driveFromCase } from '../../scripts/guide/driveFromCase.js';
import { sharedFile } from '../../scripts/sharedDir.js';
import { EXTRA_CASES } from '../../test/support/guideCases.js';
import { answer, back, confirm, currentQuestion, edit, newFlow, progress, reviewRows, switchSector, type GuideFlow } from './flow.js';
import { QUESTION_BY_ID, type Answers, type AnswerValue, type QuestionId } from './questions.js';
import { assess, RULESET_VERSION } from './rules.js';
import { outcomeSignature, walk } from './walk.js';
import { TEST_DAY as DAY } from '../../test/support/clock.js';

const start = (opts: Partial<Parameters<typeof newFlow>[0]> = {}) =>
  newFlow({ userId: 'u', conversationId: 'c', token: 't', now: new Date('2025-01-01T00:00:00Z'), today: DAY, rulesetVersion: RULESET_VERSION, ...opts });

/** Answers from the table as the guide asks; fails on a question the table does not expect. */
function run(flow: GuideFlow, answers: Answers, partial = false): { flow: GuideFlow; asked: QuestionId[] } {
  const asked: QuestionId[] = [];
  for (;;) {
    const next = walk(flow.answers, DAY).next;
    if (!next) return { flow, asked };
    const v = answers[next];
    if (v === undefined && partial) return { flow, asked };
    asked.push(next);
    if (v === undefined) throw new Error(`unexpected question ${next} after ${asked.join(',')}`);
    const out = answer(flow, next, v as AnswerValue, DAY);
    if (!out.ok) throw new Error(`${next}=${String(v)}: ${out.reason}`);
    flow = out.flow;
  }
}

const pathsOf = (flow: GuideFlow) => Object.fromEntries(assess(buildCase(walk(flow.answers, DAY).effective), { today: DAY }).paths.map((p) => [p.id, p.applies]));

describe('the guide as a state machine', () => {
  it.each([
    {
      name: 'state, short substitute, no candidate',
      answers: { sector: 'state', permanent: 'temporary', duration: 3, ground: 'substitute:sick_leave', hasCandidate: 'no' },
      asked: ['sector', 'permanent', 'duration', 'ground', 'hasCandidate'],
      case: { sector: 'state', position: { permanent: false, durationMonths: 3, ground: 'substitute', absenceReason: 'sick_leave' } },
      paths: { 'state.ordinary': 'yes', 'state.administrative-appointment': 'yes' },
    },
    {
      name: 'municipal permanent, no candidate',
      answers: { sector: 'municipal', permanent: 'permanent', hasCandidate: 'no' },
      asked: ['sector', 'permanent', 'hasCandidate'],
      case: { sector: 'municipal', position: { permanent: true } },
      paths: { 'municipal.ordinary': 'yes', 'municipal.targeted-advertisement': 'yes', 'municipal.labour-market-measure-temporary': 'no' },
    },
    {
      name: 'state 10 months: the personnel regulation is asked',
      answers: { sector: 'state', permanent: 'temporary', duration: 10, ground: 'temporary_work', regulation: 'yes', hasCandidate: 'no' },
      asked: ['sector', 'permanent', 'duration', 'ground', 'regulation', 'hasCandidate'],
      case: { sector: 'state', position: { permanent: false, durationMonths: 10, ground: 'temporary_work' }, employer: { personnelRegulationAllowsOneYear: true } },
      paths: { 'state.administrative-appointment': 'yes' },
    },
  ])('$name', ({ answers, asked, case: want, paths }) => {
    const r = run(start(), answers as Answers);
    expect(r.asked).toEqual(asked);
    expect(buildCase(walk(r.flow.answers, DAY).effective)).toEqual(want);
    expect(pathsOf(r.flow)).toMatchObject(paths);
    expect(r.flow.status).toBe('review');
    expect(confirm(r.flow, DAY)?.status).toBe('result');
  });

  it('state 4 months: no personnel-regulation question (it cannot change the result)', () => {
    const r = run(start(), { sector: 'state', permanent: 'temporary', duration: 4, ground: 'temporary_work', hasCandidate: 'no' });
    expect(r.asked).not.toContain('regulation');
  });

  it('a disability skips the CV-gap questions; a candidate without one is asked about the gap', () => {
    const base = {
      sector: 'state',
      permanent: 'temporary',
      duration: 12,
      ground: 'temporary_work',
      regulation: 'no',
      hasCandidate: 'yes',
      subsidy: 'subsidy:ordinary',
      reducedCapacity: 'no',
      higherEducation: 'no',
      completedTrainee: 'no',
      qualified: 'yes',
      employedNow: 'no',
    } as Answers;
    const withDisability = run(start(), { ...base, disability: 'yes' });
    expect(withDisability.asked).not.toContain('cvGap');
    expect(withDisability.asked.indexOf('disability')).toBe(withDisability.asked.indexOf('hasCandidate') + 1);
    const withGap = run(start(), { ...base, disability: 'no', cvGap: 'gap:yes' });
    expect(withGap.asked).toContain('cvGap');
    expect(withGap.asked).toContain('employedNow');
    expect(buildCase(walk(withGap.flow.answers, DAY).effective).candidate?.cvGap).toEqual({ yearsOutsideLastFive: 2, causeListed: true, employedOverOneYearNow: false });
    const noGap = run(start(), { ...base, disability: 'no', cvGap: 'gap:no' });
    expect(noGap.asked).not.toContain('employedNow');
    expect(assess(buildCase(walk(noGap.flow.answers, DAY).effective), { today: DAY }).targetGroup.member).toBe(false);
  });

  it('municipal: never asks the state-only questions, and offers only municipal grounds', () => {
    const r = run(start(), {
      sector: 'municipal',
      permanent: 'temporary',
      duration: 10,
      ground: 'temporary_work',
      hasCandidate: 'yes',
      disability: 'yes',
      subsidy: 'subsidy:ordinary',
      reducedCapacity: 'no',
      qualified: 'yes',
    });
    for (const q of ['regulation', 'higherEducation', 'completedTrainee'] as const) expect(r.asked).not.toContain(q);
    const f = run(start(), { sector: 'municipal', permanent: 'temporary', duration: 10 }, true).asked;
    expect(f).toEqual(['sector', 'permanent', 'duration']);
    expect(walk(run(start(), { sector: 'municipal', permanent: 'temporary', duration: 10 }, true).flow.answers, DAY).next).toBe('ground');
  });

  it('no question with a rule field is asked whose answers all give the same result', () => {
    for (const c of EXTRA_CASES) {
      const r = driveFromCase(c.case, { today: DAY });
      let answers: Answers = {};
      for (const q of r.asked) {
        const value = r.flow.answers[q]!;
        if (QUESTION_BY_ID[q].field) {
          const outcomes = new Set(QUESTION_BY_ID[q].variants!.map((v) => outcomeSignature(assess(buildCase({ ...answers, [q]: v }), { today: DAY }))));
          expect(outcomes.size, `${c.name}: ${q}`).toBeGreaterThan(1);
        }
        answers = { ...answers, [q]: value };
      }
    }
  });

  it('going back asks the previous question again with its answer chosen; keeping it goes on', () => {
    const r = run(start(), { sector: 'state', permanent: 'temporary', duration: 8 } as Answers, true).flow;
    expect(walk(r.answers, DAY).next).toBe('ground');
    const b = back(r, DAY);
    expect(b.moved).toBe(true);
    expect(currentQuestion(b.flow, DAY)).toBe('duration');
    expect(b.flow.answers).toEqual({ sector: 'state', permanent: 'temporary', duration: 8 });
    const kept = answer(b.flow, 'duration', 8, DAY);
    expect(kept.ok && currentQuestion(kept.flow, DAY)).toBe('ground');
    const changed = answer(b.flow, 'duration', 30, DAY);
    expect(changed.ok && changed.flow.answers.duration).toBe(30);
    const first = back(back(back(b.flow, DAY).flow, DAY).flow, DAY);
    expect(first.moved).toBe(false);
    expect(currentQuestion(first.flow, DAY)).toBe('sector');
  });

  it('changing an answer clears what depended on it and continues from there', () => {
    const r = run(start(), {
      sector: 'state',
      permanent: 'temporary',
      duration: 10,
      ground: 'unforeseen_need',
      regulation: 'no',
      hasCandidate: 'yes',
      disability: 'yes',
      subsidy: 'subsidy:reduced',
      reducedCapacity: 'yes',
      higherEducation: 'no',
      completedTrainee: 'no',
      qualified: 'yes',
    }).flow;
    const e = edit(r, 'sector', DAY);
    expect(e.status).toBe('asking');
    expect(currentQuestion(e, DAY)).toBe('sector');
    expect(e.answers.ground).toBe('unforeseen_need'); // nothing cleared until a new answer is chosen
    const same = answer(e, 'sector', 'state', DAY);
    expect(same.ok && same.flow.status).toBe('review');
    expect(same.ok && same.flow.answers).toEqual(r.answers);
    const m = answer(e, 'sector', 'municipal', DAY);
    expect(m.ok && walk(m.flow.answers, DAY).next).toBe('ground');
    if (m.ok) {
      expect(m.flow.answers.regulation).toBeUndefined();
      expect(m.flow.answers.duration).toBe(10);
      expect(m.flow.answers.disability).toBe('yes');
    }
    // Editing "permanent" to "fast" drops the temporary-only answers from the case.
    const p = answer(edit(r, 'permanent', DAY), 'permanent', 'permanent', DAY);
    expect(p.ok).toBe(true);
    if (p.ok) expect(buildCase(walk(p.flow.answers, DAY).effective).position).toEqual({ permanent: true });
  });

  it('switching the sector keeps the answers the new sector accepts and drops the others', () => {
    const r = run(start(), { sector: 'state', permanent: 'temporary', duration: 5, ground: 'education_position', hasCandidate: 'no' }).flow;
    const m = switchSector(r, 'municipal', DAY);
    expect(m.answers).toEqual({ sector: 'municipal', permanent: 'temporary', duration: 5, hasCandidate: 'no' });
    expect(currentQuestion(m, DAY)).toBe('ground');
    const back2 = switchSector({ ...confirm(run(start(), { sector: 'municipal', permanent: 'permanent', hasCandidate: 'no' }).flow, DAY)! }, 'state', DAY);
    expect(back2.status).toBe('result');
    expect(back2.sources.sector).toBe('user');
  });

  it('refuses an answer to a question that is not the current one, or one it does not offer', () => {
    const f = start();
    expect(answer(f, 'duration', 5, DAY)).toEqual({ ok: false, reason: 'not-current' });
    expect(answer(f, 'sector', 'nowhere', DAY)).toEqual({ ok: false, reason: 'invalid' });
    const m = run(start(), { sector: 'municipal', permanent: 'temporary', duration: 5 } as Answers, true).flow;
    expect(answer(m, 'ground', 'unforeseen_need', DAY)).toEqual({ ok: false, reason: 'invalid' });
    const t = run(start(), { sector: 'municipal', permanent: 'temporary' } as Answers, true).flow;
    expect(answer(t, 'duration', 0, DAY)).toEqual({ ok: false, reason: 'invalid' });
    expect(answer(t, 'duration', 2.5, DAY)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('prefill: prefilled answers are skipped and listed for review', () => {
    const f = start({ prefill: { sector: 'state', position: { permanent: false, durationMonths: 6, ground: 'substitute', absenceReason: 'sick_leave' } } });
    expect(walk(f.answers, DAY).next).toBe('hasCandidate');
    const r = run(f, { hasCandidate: 'no' });
    expect(r.asked).toEqual(['hasCandidate']);
    expect(reviewRows(r.flow, DAY).map((x) => [x.q, x.source])).toEqual([
      ['sector', 'prefill'],
      ['permanent', 'prefill'],
      ['duration', 'prefill'],
      ['ground', 'prefill'],
      ['hasCandidate', 'user'],
    ]);
    expect(progress(f, DAY).n).toBe(1);
  });

  it('prefill: a "permanent" position with a temporary reason asks fast/midlertidig', () => {
    const f = start({ prefill: { sector: 'municipal', position: { permanent: true, ground: 'substitute', absenceReason: 'parental_leave' } } });
    expect(walk(f.answers, DAY).next).toBe('permanent');
    const r = run(f, { permanent: 'temporary', duration: 9, hasCandidate: 'no' });
    expect(r.asked).toEqual(['permanent', 'duration', 'hasCandidate']);
    expect(buildCase(walk(r.flow.answers, DAY).effective).position).toEqual({ permanent: false, durationMonths: 9, ground: 'substitute', absenceReason: 'parental_leave' });
  });

  it('default and remembered sector are not asked', () => {
    expect(walk(start({ defaultSector: 'municipal' }).answers, DAY).next).toBe('permanent');
    const f = start({ rememberedSector: 'state' });
    expect(f.sources.sector).toBe('remembered');
    expect(walk(f.answers, DAY).next).toBe('permanent');
  });

  it('the progress line counts the questions asked and estimates the rest', () => {
    const r = run(start(), { sector: 'state', permanent: 'temporary' } as Answers, true).flow;
    const p = progress(r, DAY);
    expect(p.n).toBe(3);
    expect(p.total).toBeGreaterThanOrEqual(5);
    expect(p.total).toBeLessThanOrEqual(12);
  });
});

describe('the guide over the eval cases', () => {
  const lines = readFileSync(sharedFile(import.meta.dirname, 'eval/assess.dev.jsonl'), 'utf8')
    .trim()
    .split('\n');
  const cases = lines.map((l) => JSON.parse(l) as { name: string; case: Parameters<typeof driveFromCase>[0] });
  it.each(cases)('$name: the case the guide builds gets the same assessment', ({ case: c }) => {
    const r = driveFromCase(c, { today: DAY });
    expect(r.asked.length).toBeLessThanOrEqual(11);
    if (r.adjusted.length) return; // a ground the sector does not have cannot be chosen in the guide
    expect(outcomeSignature(assess(buildCase(walk(r.flow.answers, DAY).effective), { today: DAY }))).toBe(outcomeSignature(assess(c as never, { today: DAY })));
  });
});
