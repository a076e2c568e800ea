/**
 * Question answering: any message that is not a command is a question for the knowledge base, answered
 * for the asker's sector (their setting, the guide's choice, or the employer's default; or the sector the
 * question names) and in the context of the conversation's last answer (follow-ups). When the sector is
 * unknown and the rule differs, both sectors' answers are shown with one tap to choose (remembered).
 * An HR question of another kind is refused with a pointer. When the bot is not sure, it says so,
 * suggests up to three entries and offers to pass the question to HR (stored without the asker).
 */
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { renderEntry } from '../../knowledge/entries/render.js';
import type { Entry } from '../../knowledge/entries/schema.js';
import { todayInNorway } from '../../knowledge/rules/assess.js';
import type { AnswerResult, KnowledgeIndex, Sector } from '../../knowledge/kb.js';
import { watchForAnswer } from '../hr/answerWatch.js';
import { StaleWriteError, type Clock, type Store } from '../shared/ports.js';
import { personalDataMessage, screenPersonalData } from '../shared/personalData.js';
import { createPrefs } from '../shared/prefs.js';
import { FEEDBACK, UNANSWERED, type Feedback, type UnansweredQuestion } from '../shared/records.js';
import { reply, type DialogResult, type Feature, type TextTurn } from '../shared/turn.js';
import type { AdaptiveCard } from '../shared/cardKit.js';
import { answerCard, type AnswerCardState, type SectorNote } from './cards/answerCard.js';
import { bothSectorsCard } from './cards/bothSectorsCard.js';
import { noAnswerCard } from './cards/noAnswerCard.js';
import { sentToHrCard } from './cards/sentToHrCard.js';
import { offTopicCard } from './cards/offTopicCard.js';
import { createConversationMemory } from './context.js';
import { foldQuestion, isBlankQuestion } from './format.js';
import { MAX_COMMENT, MAX_QUESTION, S } from './strings.js';

const entryId = z.string().min(1).max(100);
/** The question a card carries along; optional, since the guide's result card opens entries too. */
const question = z.string().trim().min(1).max(MAX_QUESTION).optional();
const FeedbackData = z.object({ entryId, vote: z.enum(['up', 'down']), question });
// Longer comments than MAX_COMMENT are answered in the card (the text is kept); only absurd sizes are bad data.
const CommentData = z.object({
  entryId,
  feedbackId: z.string().max(100).optional(),
  comment: z
    .string()
    .max(5 * MAX_COMMENT)
    .optional()
    .default(''),
  question,
});
const ShowData = z.object({ entryId, question });
const SendData = z.object({ question: z.string().trim().min(1).max(MAX_QUESTION) });
const WatchData = z.object({ id: z.string().regex(/^[0-9a-f]{32}$/) });
const SectorData = z.object({ sector: z.enum(['state', 'municipal']), entryId, question });

/** "sektor", "sektor stat", "sektor kommune" (folded, as the router matches commands). */
const SECTOR_COMMAND = /^sektor(?:\s+(stat|staten|statlig|kommune|kommunen|kommunal|fylkeskommune|fylkeskommunen))?$/;
const sectorOfWord = (w: string): Sector => (w.startsWith('stat') ? 'state' : 'municipal');

export interface QaFeature extends Feature {
  /** The bot's catch-all: answers any message that no command or active flow took. */
  answerQuestion(turn: TextTurn): Promise<DialogResult>;
}

/** The id of an unanswered question: a hash of its folded text, so repeats count up. */
export function unansweredId(q: string): string {
  return createHash('sha256').update(foldQuestion(q)).digest('hex').slice(0, 32);
}

/** The knowledge index of the current turn's tenant (shipped entries with that tenant's HR changes). */
export type KnowledgeForTenant = () => Promise<KnowledgeIndex>;

export interface QaDeps {
  store: Store;
  clock: Clock;
  knowledge: KnowledgeForTenant;
  /** The employer's sector (DEFAULT_SECTOR), used when the user has not chosen one. */
  defaultSector?: Sector;
}

export function createQaFeature(deps: QaDeps): QaFeature {
  const feedback = deps.store.repo<Feedback>(FEEDBACK);
  const unanswered = deps.store.repo<UnansweredQuestion>(UNANSWERED);
  const prefs = createPrefs(deps.store);
  const memory = createConversationMemory(deps.store);

  /** The asker's sector and how it is known: their own choice first, then the employer's default. */
  const askerSector = async (userId: string): Promise<{ sector?: Sector; fromDefault: boolean }> => {
    const own = await prefs.sectorOf(userId);
    return own ? { sector: own, fromDefault: false } : { sector: deps.defaultSector, fromDefault: deps.defaultSector !== undefined };
  };

  /** Up to three entries to read next: the entry's own related ones first, then the search's suggestions. */
  const relatedOf = (knowledge: KnowledgeIndex, entry: Entry, suggestions: readonly Entry[]): Entry[] => {
    const out: Entry[] = [];
    const add = (e: Entry | undefined) => {
      if (e && e.id !== entry.id && !out.some((x) => x.id === e.id)) out.push(e);
    };
    for (const id of entry.related ?? []) add(knowledge.get(id));
    for (const e of suggestions) add(e);
    return out.slice(0, 3);
  };

  /** An entry as the asker reads it today: dated parameters filled in with the values in force. */
  // The same entries are shown turn after turn: each is rendered once a day, and the date read once a minute.
  const rendered = new WeakMap<Entry, { date: string; entry: Entry }>();
  let day = { minute: NaN, date: '' };
  const today = (): string => {
    const now = deps.clock.now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== day.minute) day = { minute, date: todayInNorway(now) };
    return day.date;
  };
  const shown = (e: Entry): Entry => {
    const date = today();
    const hit = rendered.get(e);
    if (hit?.date === date) return hit.entry;
    const entry = renderEntry(e, date);
    rendered.set(e, { date, entry });
    return entry;
  };

  /** The sector line of an entry shown on its own (opened from a button, or after a vote). */
  const ownSector = (entry: Entry): SectorNote => ({ for: entry.sector });

  /** The same answer card again (after a vote, or opened from a button), with the entry's related ones. */
  const cardFor = (knowledge: KnowledgeIndex, entry: Entry, state: AnswerCardState) =>
    answerCard(shown(entry), relatedOf(knowledge, entry, []).map(shown), { sector: ownSector(entry), ...state });

  /** The sector line of an answer: whom it is for, and how that was known. */
  const sectorNote = (result: AnswerResult, entry: Entry, asked: Sector | undefined): SectorNote => {
    if (result.otherSectorOnly && result.sector) return { for: result.sector, otherThan: asked };
    if (entry.sector === 'both') return { for: 'both' };
    const why = result.sectorFrom === 'asker' ? 'asker' : result.sectorFrom === 'question' ? 'question' : result.sectorFrom === 'previous' ? 'previous' : 'entry';
    return { for: entry.sector, why };
  };
  const bad = (): DialogResult => reply.text(S.badData);

  /** The card for a question's result: refused, not answered, each sector's rule, or the answer. */
  const resultCard = (knowledge: KnowledgeIndex, result: AnswerResult, q: string, sector: Sector | undefined, note: string | undefined): AdaptiveCard => {
    if (result.offTopic) return offTopicCard(q, result.offTopic);
    if (!result.answered || !result.entry) return noAnswerCard(q, result.suggestions, note);
    if (result.bySector) {
      const caveat = result.tentative ? [note, S.tentativeBothSectors].filter(Boolean).join(' ') : note;
      return bothSectorsCard(q, { state: shown(result.bySector.state), municipal: shown(result.bySector.municipal) }, caveat);
    }
    const entry = result.entry;
    return answerCard(shown(entry), relatedOf(knowledge, entry, result.suggestions).map(shown), {
      question: q,
      note,
      sector: sectorNote(result, entry, sector),
      second: result.second ? { question: result.second.question, entry: shown(result.second.entry) } : undefined,
      tentative: result.tentative,
    });
  };

  /**
   * The index hands back the same result object for a recent question asked again in the same context (the
   * same words, asker's sector and previous answer, until the index changes): its card is built once a day.
   * The question and the length note are compared too, so a card never carries another question's text. The index
   * keeps the result of a question with a name in it too (by a hash, without the text); its card is not kept.
   */
  const cards = new WeakMap<AnswerResult, { date: string; q: string; note?: string; card: AdaptiveCard }>();
  const cardOf = (knowledge: KnowledgeIndex, result: AnswerResult, q: string, sector: Sector | undefined, note: string | undefined): AdaptiveCard => {
    const date = today();
    const kept = cards.get(result);
    if (kept && kept.date === date && kept.q === q && kept.note === note) return kept.card;
    const card = resultCard(knowledge, result, q, sector, note);
    // The card carries the question's text: kept only when that text holds no name or other personal data.
    if (screenPersonalData(q).ok) cards.set(result, { date, q, note, card });
    return card;
  };

  return {
    name: 'qa',
    help: [
      { title: S.helpTitle, description: S.helpDescription },
      { title: S.sectorHelpTitle, description: S.sectorHelpDescription, command: 'sektor' },
    ],
    commands: [
      {
        id: 'sector',
        pattern: SECTOR_COMMAND,
        handle: async (turn, m) => {
          if (m[1]) {
            const sector = sectorOfWord(m[1]);
            await prefs.setSector(turn.actor.userId, sector, 'setting', turn.now);
            return reply.text(S.sectorSaved(S.sectorName[sector]));
          }
          const { sector, fromDefault } = await askerSector(turn.actor.userId);
          if (!sector) return reply.text(S.sectorUnknown);
          return reply.text(fromDefault ? S.sectorDefault(S.sectorName[sector]) : S.sectorIs(S.sectorName[sector]));
        },
      },
    ],
    actions: {
      'qa.show': async (turn) => {
        const d = ShowData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        return entry ? reply.card(cardFor(knowledge, entry, { question: d.data.question })) : reply.text(S.unknownEntry);
      },
      'qa.feedback': async (turn) => {
        const d = FeedbackData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const id = randomUUID();
        await feedback.put({ id, entryId: entry.id, vote: d.data.vote, at: turn.now.toISOString() });
        return reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: d.data.vote, feedbackId: id }));
      },
      'qa.feedbackComment': async (turn) => {
        const d = CommentData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        const comment = d.data.comment.trim();
        const again = (commentError: string) => reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: 'down', feedbackId: d.data.feedbackId, commentError }));
        if (!comment) return again(S.commentEmpty);
        if (comment.length > MAX_COMMENT) return again(S.commentTooLong);
        const screened = screenPersonalData(comment);
        if (!screened.ok) return again(personalDataMessage(screened.kinds, S.commentSubject));
        // Only the vote this card made, and only once: a forged or replayed id cannot overwrite another comment.
        const previous = d.data.feedbackId ? await feedback.get(d.data.feedbackId) : undefined;
        const record: Feedback =
          previous && previous.entryId === entry.id && previous.comment === undefined
            ? { ...previous, comment }
            : { id: randomUUID(), entryId: entry.id, vote: 'down', comment, at: turn.now.toISOString() };
        await feedback.put(record);
        return reply.replace(cardFor(knowledge, entry, { question: d.data.question, voted: 'down', commentSent: true }));
      },
      'qa.sector': async (turn) => {
        const d = SectorData.safeParse(turn.data);
        if (!d.success) return bad();
        const knowledge = await deps.knowledge();
        const entry = knowledge.get(d.data.entryId);
        if (!entry) return reply.text(S.unknownEntry);
        await prefs.setSector(turn.actor.userId, d.data.sector, 'asked', turn.now);
        return {
          replace: answerCard(shown(entry), relatedOf(knowledge, entry, []).map(shown), {
            question: d.data.question,
            sector: { for: entry.sector === 'both' ? 'both' : d.data.sector, why: 'asker' },
          }),
          send: [{ type: 'text', text: S.sectorSaved(S.sectorName[d.data.sector]) }],
        };
      },
      'qa.sendToHr': async (turn) => {
        const d = SendData.safeParse(turn.data);
        if (!d.success || isBlankQuestion(d.data.question)) return bad();
        const screened = screenPersonalData(d.data.question);
        if (!screened.ok) return reply.text(`${personalDataMessage(screened.kinds, S.questionSubject)} ${S.askAgain}`);
        const id = unansweredId(d.data.question);
        const now = turn.now.toISOString();
        // Counted with a revision check, so two askers at the same moment (on two instances) both count.
        for (let attempt = 0; ; attempt++) {
          const existing = await unanswered.get(id);
          const { rev, ...plain } = existing ?? { rev: 0 };
          try {
            await unanswered.put(
              existing
                ? { ...(plain as UnansweredQuestion), count: existing.count + 1, lastAsked: now }
                : { id, question: d.data.question, count: 1, firstAsked: now, lastAsked: now },
              { ifRev: rev },
            );
            break;
          } catch (e) {
            if (!(e instanceof StaleWriteError) || attempt >= 9) throw e;
          }
        }
        return reply.card(sentToHrCard(id));
      },
      'qa.watchAnswer': async (turn) => {
        const d = WatchData.safeParse(turn.data);
        if (!d.success) return bad();
        if (!(await unanswered.get(d.data.id))) return reply.text(S.alreadyAnswered);
        await watchForAnswer(deps.store, d.data.id, turn.actor.userId, turn.now);
        return reply.replace(sentToHrCard(d.data.id, true));
      },
    },
    async answerQuestion(turn) {
      let q = turn.text.trim();
      if (isBlankQuestion(q)) return reply.text(S.emptyQuestion);
      let note: string | undefined;
      if (q.length > MAX_QUESTION) {
        q = q.slice(0, MAX_QUESTION).trim();
        note = S.tooLong(MAX_QUESTION);
      }
      const knowledge = await deps.knowledge();
      const { sector } = await askerSector(turn.actor.userId);
      const previous = await memory.recall(turn.actor, turn.now);
      const result = knowledge.answer(q, { sector, previous });
      // Best effort, not waited for: the store takes the record at once, and a context lost in a crash
      // only means the next follow-up is read on its own.
      if (result.answered && result.entry && result.memory) void memory.remember(turn.actor, result.memory, turn.now).catch(() => undefined);
      return reply.card(cardOf(knowledge, result, q, sector, note));
    },
  };
}
