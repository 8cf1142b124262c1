const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const LOWER = /\p{Ll}/u

/** ALL CAPS (at least two letters, none lower case). */
function isShouted(text: string): boolean {
  let letters = 0
  for (const char of text) {
    if (LOWER.test(char)) return false
    if (LETTER.test(char)) letters++
  }
  return letters >= 2
}

/**
 * Give a replacement the case pattern of the text it replaces: a capital at
 * the start stays a capital, shouting stays shouting, the rest is written as
 * the lexicon has it (so "NGT" or "Inuit" keep their own capitals).
 */
export function matchCase(replacement: string, original: string): string {
  if (isShouted(original)) return replacement.toUpperCase()
  const first = [...original].find((char) => LETTER.test(char))
  if (first && UPPER.test(first)) {
    const index = replacement.search(LETTER)
    if (index === -1) return replacement
    return replacement.slice(0, index) + replacement.charAt(index).toUpperCase() + replacement.slice(index + 1)
  }
  return replacement
}
