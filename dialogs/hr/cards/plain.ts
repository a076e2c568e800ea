import { escapeText } from '../../shared/escape.js';

/**
 * Text someone typed elsewhere (a question, a feedback comment), made safe to show in a card: on one
 * line, clipped, and escaped by the shared escaping function (no links, emphasis, HTML or mentions).
 */
export function plain(s: string, max = 280): string {
  return escapeText(s, { max });
}
