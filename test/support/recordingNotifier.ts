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
