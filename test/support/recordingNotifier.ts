import type { Notifier } from '../../dialogs/shared/ports.js';
import type { Outgoing } from '../../dialogs/shared/turn.js';

/** A Notifier for unit tests: records what would be sent proactively; every user is reachable. */
export function recordingNotifier(): Notifier & { sent: Array<{ userId: string; messages: Outgoing[] }> } {
  const sent: Array<{ userId: string; messages: Outgoing[] }> = [];
  return {
    sent,
    async sendToUser(userId, messages) {
      sent.push({ userId, messages });
      return 'sent';
    },
    async sendToConversation() {
      return 'sent';
    },
  };
}

/** A proactive notifier that accepts everything and keeps nothing (for wiring the bot's features in a test). */
export function quietNotifier() {
  return {
    sendToUser: async () => 'sent' as const,
    sendToConversation: async () => 'sent' as const,
    sendToUserPrivately: async () => 'sent' as const,
    remember: async () => {},
    forget: async () => {},
  };
}
