import { action, actionSet, card, choiceSet, container, heading, inputText, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { escapeText } from '../../shared/escape.js';
import { EMPTY_LIST, PAGE_SIZE, SECTOR_FILTERS, STATUS_FILTERS, type ListState, type Page } from '../entriesList.js';
import type { EntryView } from '../entryStore.js';
import { S } from '../strings.js';
import { entryLine } from './entryLine.js';
import { IN_PLACE, noticeBlock, withRefresh, type Notice } from './common.js';

/** The "any" choice of a filter: a non-empty value, since some clients show an empty value as a blank box. */
export const ANY = 'alle';

export interface EntriesCardInput {
  page: Page<EntryView>;
  state: ListState;
  tags: string[];
  notice?: Notice;
  /** The entry whose "Arkiver" was pressed: its row asks for confirmation. */
  confirmRetire?: string;
  /** What a refresh of this card carries besides the list state (the notice it shows). */
  refreshData?: Record<string, unknown>;
}

/** `oppføringer`: every entry, ten a page, with filters; every button keeps the list where it was. */
export function entriesCard(input: EntriesCardInput): AdaptiveCard {
  const { page, state, tags } = input;
  const list = { ...state, page: page.page };
  const from = page.total ? page.page * PAGE_SIZE + 1 : 0;
  const to = page.page * PAGE_SIZE + page.items.length;
  const row = (v: EntryView): CardElement => {
    const id = v.entry.id;
    const base = { id, version: v.version, list, ...IN_PLACE };
    const buttons =
      input.confirmRetire === id
        ? [
            container(
              [
                text(S.confirmRetire(v.entry.title)),
                actionSet([action(S.confirmRetireYes, 'hr.retire', { ...base, confirmed: true }, 'destructive'), action(S.queue.cancel, 'hr.entries', { list, ...IN_PLACE })]),
              ],
              { style: 'warning' },
            ),
          ]
        : [
            actionSet([
              action(S.edit, 'hr.edit', { id }),
              v.status === 'active' ? action(S.retire, 'hr.retire', base) : action(S.restore, 'hr.restore', base),
              action(S.historyButton, 'hr.history', { id }),
            ]),
          ];
    return container([text(`**${escapeText(v.entry.title)}**`), text(entryLine(v), { subtle: true, size: 'Small', spacing: 'None' }), ...buttons], { separator: true });
  };
  const nav = [
    ...(page.page > 0 ? [action(S.list.previous, 'hr.entries', { list: { ...list, page: page.page - 1 }, ...IN_PLACE })] : []),
    ...(page.page < page.pages - 1 ? [action(S.list.next, 'hr.entries', { list: { ...list, page: page.page + 1 }, ...IN_PLACE })] : []),
  ];
  const c = card(
    [
      heading(S.list.title),
      ...noticeBlock(input.notice),
      inputText('query', S.list.search, { value: state.q, maxLength: 200 }),
      {
        type: 'ColumnSet',
        columns: [
          {
            type: 'Column',
            width: 'stretch',
            items: [
              choiceSet(
                'fSector',
                S.list.sector,
                SECTOR_FILTERS.map((v) => ({ title: S.list.sectors[v], value: v || ANY })),
                { value: state.sector || ANY },
              ),
            ],
          },
          {
            type: 'Column',
            width: 'stretch',
            items: [
              choiceSet(
                'fStatus',
                S.list.status,
                STATUS_FILTERS.map((v) => ({ title: S.list.statuses[v], value: v || ANY })),
                { value: state.status || ANY },
              ),
            ],
          },
        ],
      },
      {
        ...choiceSet('fTag', S.list.tag, [{ title: S.list.anyTag, value: ANY }, ...tags.map((t) => ({ title: escapeText(t, { max: 40 }), value: t }))], {
          value: state.tag || ANY,
        }),
        style: 'filtered',
      },
      actionSet([action(S.list.apply, 'hr.entries', { apply: true, ...IN_PLACE }, 'positive'), action(S.list.clear, 'hr.entries', { list: EMPTY_LIST, ...IN_PLACE })]),
      text(S.list.count(page.total, from, to), { weight: 'Bolder', spacing: 'Medium' }),
      ...(page.items.length ? page.items.map(row) : [text(S.list.none)]),
      ...(page.pages > 1 ? [text(S.list.page(page.page + 1, page.pages), { subtle: true, size: 'Small', spacing: 'Medium' })] : []),
      ...(nav.length ? [actionSet(nav)] : []),
    ],
    [action(S.menu.newEntry, 'hr.newEntry'), action(S.menuTitle, 'hr.menu')],
  );
  return withRefresh(c, 'hr.entries', { list, ...(input.refreshData ?? {}) });
}
