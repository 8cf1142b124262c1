import type { Token } from './tokens.js'

const TERMINAL = /[.!?:;…•·▪–—]$/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
const LIST_NUMBER = /^(?:\d{1,3}|[a-z])[.)]?$/

/**
 * Whether the token at `index` starts a sentence, a line or a list item: only
 * then is a capital letter no sign of a name.
 */
export function isSentenceInitial(tokens: readonly Token[], index: number): boolean {
  for (let position = index; position >= 0; position--) {
    const token = tokens[position]!
    if (token.afterNewline) return true
    if (position === index) continue
    if (token.isWord) return false
    if (TERMINAL.test(token.raw)) return true
    // A list number ("2.", "3)") starts an item like a sentence.
    if (LIST_NUMBER.test(token.raw)) continue
    // Quotes, brackets, bullets and emoji before a word do not end a sentence's start.
    if (LETTER_OR_DIGIT.test(token.raw)) return false
  }
  return true
}

const TITLE_CASE = /^\p{Lu}\p{Ll}/u

/**
 * Capitalised like a name ("Timmerman"), not shouted ("ALLOCHTONEN") and not
 * an acronym with an ending ("WAO'er", "LHBT'ers").
 */
export function looksLikeName(raw: string): boolean {
  return TITLE_CASE.test(raw)
}

const QUOTES = /^["'“”‘’„«»‹›]$/

const OPEN_PARENTHESIS = /^[(\[]$/
const CLOSE_PARENTHESIS = /^[)\]]$/

/** Whether the tokens right before and after the span are the given opening and closing marks. */
function enclosedBy(tokens: readonly Token[], first: number, last: number, opening: RegExp, closing: RegExp): boolean {
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  return Boolean(before && after && opening.test(before.raw) && closing.test(after.raw))
}

/** Between brackets: nlcst-is-literal counts this as literal, but "(allochtonen)" is still used, not mentioned. */
export function isBracketed(tokens: readonly Token[], first: number, last: number): boolean {
  return enclosedBy(tokens, first, last, OPEN_PARENTHESIS, CLOSE_PARENTHESIS)
}

/** A phrase written between quotes is mentioned, not used. */
export function isQuoted(tokens: readonly Token[], first: number, last: number): boolean {
  return enclosedBy(tokens, first, last, QUOTES, QUOTES)
}

const URL_LIKE = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|@|\.(?:nl|be|com|org|net|eu|gov|info|io)\b)/i

/** Whether the non-space run around [start, end) in `text` is a URL or e-mail address. */
export function insideUrl(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && !/\s/.test(text[from - 1]!)) from--
  let to = end
  while (to < text.length && !/\s/.test(text[to]!)) to++
  const run = text.slice(from, to).replace(/[.,;:!?)"'’”]+$/, '')
  return URL_LIKE.test(run)
}
