import { action, actionSet, card, choiceSet, container, heading, inputText, text, type AdaptiveCard, type CardElement } from '../../shared/cardKit.js';
import { RETENTION_LIMITS, type DeliveryFailure, type Retention, type SettingsDefaults, type TenantSettings } from '../model.js';
import { S } from '../strings.js';

export interface SettingsCardView {
  settings: TenantSettings;
  /** The stored values only (what the form edits); empty fields show the default under them. */
  stored: { navContact?: string; hrConversationId?: string; defaultSector?: string; reminderWorkingDays?: number; retention?: Partial<Retention> };
  defaults: SettingsDefaults;
  hrAdvisers: number;
  failures: DeliveryFailure[];
  webhookAvailable: boolean;
  fmt: (iso: string) => string;
  /** After a submit with errors: what was typed, and the errors by field. */
  values?: Record<string, string>;
  errors?: Record<string, string>;
  notice?: string;
}

const RETENTION_KEYS = Object.keys(RETENTION_LIMITS) as Array<keyof Retention>;
const MAX_FAILURES_SHOWN = 10;

export function settingsCard(v: SettingsCardView): AdaptiveCard {
  const errors = v.errors ?? {};
  const typed = (k: string, stored: unknown) => (v.values ? v.values[k] : stored === undefined ? undefined : String(stored));
  const err = (k: string): CardElement[] => (errors[k] ? [text(errors[k], { color: 'Attention', size: 'Small', spacing: 'None' })] : []);
  const hint = (s: string): CardElement => text(s, { subtle: true, size: 'Small', spacing: 'None' });
  const def = (value: string | number | undefined) => hint(S.defaultIs(value === undefined || value === '' ? S.none : String(value)));
  const sectorName = (s: string | undefined) => (s === 'state' || s === 'municipal' ? S.sectors[s] : S.sectorAsk);

  const failures = v.failures.slice(-MAX_FAILURES_SHOWN).reverse();
  return card([
    heading(S.title),
    text(S.intro, { subtle: true }),
    ...(v.notice ? [text(v.notice, { color: 'Good', weight: 'Bolder' })] : []),
    ...(Object.keys(errors).length ? [text(S.hasErrors, { color: 'Attention', weight: 'Bolder' })] : []),

    container(
      [
        text(S.sectionPeople, { weight: 'Bolder' }),
        inputText('admins', S.admins, { value: v.values ? v.values.admins : v.settings.storedAdmins.join('\n'), multiline: true, maxLength: 5_000 }),
        ...err('admins'),
        hint(S.adminsFromConfig(v.defaults.bootstrapAdmins.length)),
        text(S.hrAdvisers(v.hrAdvisers), { spacing: 'Small' }),
        actionSet([action(S.showHrAdvisers, 'hr.roles')]),
      ],
      { separator: true },
    ),

    container(
      [
        text(S.sectionVacancies, { weight: 'Bolder' }),
        inputText('navContact', S.navContact, { value: typed('navContact', v.stored.navContact), maxLength: 300 }),
        ...err('navContact'),
        def(v.defaults.navContact),
        inputText('hrConversationId', S.hrConversationId, { value: typed('hrConversationId', v.stored.hrConversationId), maxLength: 200 }),
        ...err('hrConversationId'),
        hint(S.hrConversationHelp),
        def(v.defaults.hrConversationId),
        choiceSet(
          'defaultSector',
          S.defaultSector,
          [
            { title: S.sectorAsk, value: '' },
            { title: S.sectors.state, value: 'state' },
            { title: S.sectors.municipal, value: 'municipal' },
          ],
          { value: typed('defaultSector', v.stored.defaultSector) ?? '' },
        ),
        ...err('defaultSector'),
        def(sectorName(v.defaults.defaultSector)),
        inputText('reminderWorkingDays', S.reminderDays, { value: typed('reminderWorkingDays', v.stored.reminderWorkingDays), maxLength: 4 }),
        ...err('reminderWorkingDays'),
        def(v.defaults.reminderWorkingDays),
      ],
      { separator: true },
    ),

    container(
      [
        text(S.sectionRetention, { weight: 'Bolder' }),
        hint(S.retentionIntro),
        ...RETENTION_KEYS.flatMap((k) => [
          inputText(`retention_${k}`, S.retention[k], { value: typed(`retention_${k}`, v.stored.retention?.[k]), maxLength: 4 }),
          ...err(`retention_${k}`),
          def(v.defaults.retention[k]),
        ]),
        actionSet([action(S.save, 'settings.save', {}, 'positive')]),
      ],
      { separator: true },
    ),

    container(
      [
        text(S.sectionKeys, { weight: 'Bolder' }),
        hint(S.keysIntro),
        text(v.settings.apiKey ? S.apiKeySet(v.fmt(v.settings.apiKey.setAt)) : S.apiKeyUnset, { spacing: 'Small' }),
        text(v.webhookAvailable ? (v.settings.webhook ? S.webhookSet(v.fmt(v.settings.webhook.setAt)) : S.webhookUnset) : S.webhookUnavailable, { spacing: 'None' }),
        actionSet([action(S.newApiKey, 'settings.newApiKey'), ...(v.webhookAvailable ? [action(S.newWebhook, 'settings.newWebhookSecret')] : [])]),
      ],
      { separator: true },
    ),

    container(
      [
        text(S.sectionFailures, { weight: 'Bolder' }),
        ...(failures.length
          ? [
              hint(S.failuresIntro),
              ...failures.map((f) =>
                text(S.failure(v.fmt(f.at), S.failureTo[f.to](f.target), f.reason === 'removed' ? S.failureWhy.removed(f.status) : S.failureWhy['gave-up'](f.status, f.attempts)), {
                  size: 'Small',
                }),
              ),
              actionSet([action(S.clearFailures, 'settings.clearFailures')]),
            ]
          : [hint(S.failuresNone)]),
      ],
      { separator: true },
    ),
  ]);
}
