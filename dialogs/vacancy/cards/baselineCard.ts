import { action, card, heading, inputNumber, text, type AdaptiveCard } from '../../shared/cardKit.js';
import type { Baseline } from '../model.js';
import { S } from '../strings.js';
import { fieldError } from './fieldError.js';

export type BaselineValues = Partial<Pick<Baseline, 'hires2020' | 'hires2021' | 'average'>>;

/** HR enters hires from the target group for 2020 and 2021, or their average directly. */
export function baselineCard(values: BaselineValues | undefined, errors: Record<string, string> = {}): AdaptiveCard {
  const current = values;
  return card(
    [
      heading(S.baselineTitle),
      text(S.baselineIntro),
      ...(Object.keys(errors).length ? [text(S.formHasErrors, { color: 'Attention', weight: 'Bolder' })] : []),
      inputNumber('hires2020', S.field2020, { value: current?.hires2020, min: 0 }),
      ...fieldError(errors, 'hires2020'),
      inputNumber('hires2021', S.field2021, { value: current?.hires2021, min: 0 }),
      ...fieldError(errors, 'hires2021'),
      inputNumber('average', S.fieldAverage, { value: current?.average, min: 0 }),
      ...fieldError(errors, 'average'),
    ],
    [action(S.saveBaseline, 'vacancy.baseline', {}, 'positive')],
  );
}
