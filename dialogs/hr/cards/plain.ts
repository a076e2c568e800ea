/**
 * Text someone typed elsewhere (a question, a feedback comment), made safe to show in a card's
 * markdown: on one line, clipped, and with link syntax broken so it cannot render as a link.
 */
export function plain(s: string, max = 280): string {
  const one = s.replace(/\s+/g, ' ').trim().replace(/\]\(/g, '] (').replace(/<|>/g, '');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
