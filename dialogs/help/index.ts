import type { Feature, HelpItem, Role } from '../shared/turn.js';
import { reply } from '../shared/turn.js';
import type { Actor } from '../shared/turn.js';
import { helpCard } from './helpCard.js';
import { welcomeCard } from './welcomeCard.js';
import { noticeCard } from './noticeCard.js';
import { S } from './strings.js';

export { S as helpStrings } from './strings.js';
export { noticeCard } from './noticeCard.js';

/**
 * Help and welcome. The help card lists what the other features declare in their `help` items,
 * filtered by the asker's role, so a new feature adds itself by declaring its items.
 */
export function createHelpFeature(deps: { features: () => Feature[]; roleOf: (actor: Actor) => Promise<Role> }): Feature & {
  welcome(): ReturnType<typeof reply.card>;
  unknownAction(): ReturnType<typeof reply.card>;
  unknownCommand(command: string): ReturnType<typeof reply.text>;
} {
  const items = (): HelpItem[] => deps.features().flatMap((f) => f.help ?? []);
  return {
    name: 'help',
    commands: [
      {
        id: 'help',
        pattern: /^(?:hjelp|help|\?|meny|hva kan du(?: gjøre)?\??)$/,
        handle: async (turn) => reply.card(helpCard(items(), await deps.roleOf(turn.actor))),
      },
    ],
    actions: {
      'help.show': async (turn) => reply.card(helpCard(items(), await deps.roleOf(turn.actor))),
    },
    welcome: () => reply.card(welcomeCard(items())),
    unknownAction: () => reply.card(noticeCard(S.unknownActionTitle, S.unknownAction)),
    unknownCommand: (command: string) => reply.text(S.unknownCommand(command)),
  };
}
