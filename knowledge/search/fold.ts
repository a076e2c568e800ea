/**
 * Case and accent folding. Norwegian letters and their ASCII spellings fold to the same form
 * (æ/ae → ae, ø/oe → o, å/aa → a), other accents are dropped (é → e).
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** Paragraph numbers such as 14-1 stay whole; other tokens are runs of letters or digits. */
const TOKEN = /\d+(?:-\d+)+|[a-z0-9]+/g;

/** Folds and splits text into tokens. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}
