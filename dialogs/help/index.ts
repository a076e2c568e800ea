import type { DialogResult, Feature, HelpItem, Outgoing, Role } from '../shared/turn.js';
import { reply } from '../shared/turn.js';
import type { Actor } from '../shared/turn.js';
import { handOffCard } from './handOffCard.js';
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
  /** The 1:1 message that continues a personal-only command or action asked in a channel. */
  handOffMessages(resume: { verb: string; data: Record<string, unknown> }): Outgoing[];
  /** The one line in the channel: why not here, and where to go on. */
  handOffReply(sentPrivately: boolean, resume: { verb: string; data: Record<string, unknown> }): DialogResult;
} {
  const items = (): HelpItem[] => deps.features().flatMap((f) => f.help ?? []);
  // In a channel or group chat everyone sees the card: it lists only what everyone may do.
  const roleFor = async (actor: Actor): Promise<Role> => (actor.conversationType === 'personal' ? deps.roleOf(actor) : 'manager');
  return {
    name: 'help',
    commands: [
      {
        id: 'help',
        pattern: /^(?:hjelp|help|\?|meny|hva kan du(?: gjøre)?\??)$/,
        handle: async (turn) => reply.card(helpCard(items(), await roleFor(turn.actor))),
      },
    ],
    actions: {
      'help.show': async (turn) => reply.card(helpCard(items(), await roleFor(turn.actor))),
    },
    welcome: () => reply.card(welcomeCard(items())),
    unknownAction: () => reply.card(noticeCard(S.unknownActionTitle, S.unknownAction)),
    unknownCommand: (command: string) => reply.text(S.unknownCommand(command)),
    handOffMessages: (resume) => [{ type: 'card', card: handOffCard(resume) }],
    handOffReply: (sent, resume) => {
      // What to type in the 1:1 chat: the command itself, or the command of the button's help item.
      const typed = typeof resume.data.text === 'string' ? resume.data.text : items().find((i) => i.verb === resume.verb)?.command;
      return reply.text(`${S.handOffWhy} ${sent ? S.handOffSent : S.handOffNoChat(typed ?? 'hjelp')}`);
    },
  };
}
