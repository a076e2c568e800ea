import { action, card, choiceSet, heading, text, type AdaptiveCard } from '../../shared/cardKit.js';
import { PATH_IDS, TARGET_GROUP_ANSWERS, type Vacancy } from '../model.js';
import { S } from '../strings.js';
import { fieldError } from './fieldError.js';

/** Records the outcome: filled or not, the path used, and whether the hire is in the target group. */
export function closeCard(v: Vacancy, opts: { values?: Record<string, string>; errors?: Record<string, string> } = {}): AdaptiveCard {
  const values = opts.values ?? {};
  const errors = opts.errors ?? {};
  return card(
    [
      heading(S.closeTitle(v.title)),
      text(S.closeIntro, { subtle: true }),
      ...(Object.keys(errors).length ? [text(S.formHasErrors, { color: 'Attention', weight: 'Bolder' })] : []),
      choiceSet(
        'filled',
        S.fieldFilled,
        [
          { title: S.yes, value: 'yes' },
          { title: S.no, value: 'no' },
        ],
        { value: values.filled, style: 'expanded', isRequired: true, errorMessage: S.v.filled },
      ),
      ...fieldError(errors, 'filled'),
      choiceSet(
        'pathId',
        S.fieldPath,
        PATH_IDS[v.sector].map((id) => ({ title: S.path[id], value: id })),
        { value: values.pathId },
      ),
      ...fieldError(errors, 'pathId'),
      choiceSet(
        'targetGroup',
        S.fieldTargetGroup,
        TARGET_GROUP_ANSWERS.map((a) => ({ title: S.targetGroup[a], value: a })),
        { value: values.targetGroup, style: 'expanded' },
      ),
      ...fieldError(errors, 'targetGroup'),
    ],
    [action(S.confirmClose, 'vacancy.close', { vacancyId: v.id }, 'positive'), action(S.cancel, 'vacancy.show', { vacancyId: v.id })],
  );
}
