/**
 * Case and accent folding. Norwegian letters and their ASCII spellings fold to the same form
 * (æ/ae → æ, ø/oe/o → o, å/aa/a → a), other accents are dropped (é → e). æ stays a letter of its own:
 * folded to "ae" it would end words in -er ("fravær") that the stemmer then cuts.
 */
export function foldText(text: string): string {
  return (
    text
      .toLowerCase()
      // … but not the definite ending after a word in -a: «kollegaen», «temaene», «agendaen», «skjemaet».
      .replace(/ae(?!(?:n|ne|t)\b)/g, 'æ')
      .replace(/[øö]/g, 'o')
      .replace(/[åä]/g, 'a')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/aa/g, 'a')
      .replace(/oe/g, 'o')
  );
}

/** Paragraph numbers such as 14-1 stay whole; other tokens are runs of letters or digits. */
const TOKEN = /\d+(?:-\d+)+|[a-z0-9æ]+/g;

/** A folded word of letters only. */
export const WORD = /^[a-zæ]+$/;

/** Folds and splits text into tokens. */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}
