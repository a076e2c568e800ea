import { action, card, choiceSet, heading, inputDate, inputNumber, inputText, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { REASONS } from '../model.js';
import { S } from '../strings.js';
import { fieldError } from './fieldError.js';

export interface VacancyFormState {
  /** What the user typed, kept when the form comes back with errors. */
  values?: Record<string, string>;
  errors?: Record<string, string>;
  /** Ask for the sector: only when no default sector is configured. */
  askSector: boolean;
  /** Sent back with the submit, so a double click saves one vacancy. */
  formId: string;
}

const asNumber = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

export function vacancyFormCard({ values = {}, errors = {}, askSector, formId }: VacancyFormState): AdaptiveCard {
  const hasErrors = Object.keys(errors).length > 0;
  return card(
    [
      heading(S.formTitle),
      text(S.formIntro, { subtle: true }),
      ...(hasErrors ? [text(S.formHasErrors, { color: 'Attention', weight: 'Bolder' })] : []),
      inputText('title', S.fieldTitle, { value: values.title, maxLength: 120, isRequired: true, errorMessage: S.v.required }),
      ...fieldError(errors, 'title'),
      inputText('unit', S.fieldUnit, { value: values.unit, maxLength: 120, isRequired: true, errorMessage: S.v.required }),
      ...fieldError(errors, 'unit'),
      choiceSet(
        'reason',
        S.fieldReason,
        REASONS.map((r) => ({ title: S.reason[r], value: r })),
        { value: values.reason, isRequired: true, errorMessage: S.v.reason },
      ),
      ...fieldError(errors, 'reason'),
      choiceSet(
        'permanence',
        S.fieldPermanence,
        [
          { title: S.permanent, value: 'permanent' },
          { title: S.temporary, value: 'temporary' },
        ],
        {
          value: values.permanence,
          style: 'expanded',
          isRequired: true,
          errorMessage: S.v.permanence,
        },
      ),
      ...fieldError(errors, 'permanence'),
      inputNumber('durationMonths', S.fieldDuration, { value: asNumber(values.durationMonths), min: 1, max: 120 }),
      ...fieldError(errors, 'durationMonths'),
      inputDate('startDate', S.fieldStartDate, { value: values.startDate, isRequired: true, errorMessage: S.v.date }),
      ...fieldError(errors, 'startDate'),
      ...(askSector
        ? [
            choiceSet(
              'sector',
              S.fieldSector,
              [
                { title: S.sector.state, value: 'state' },
                { title: S.sector.municipal, value: 'municipal' },
              ],
              {
                value: values.sector,
                style: 'expanded',
                isRequired: true,
                errorMessage: S.v.sector,
              },
            ),
            ...fieldError(errors, 'sector'),
          ]
        : []),
    ],
    [action(S.submit, 'vacancy.submit', { formId }, 'positive')],
  );
}
