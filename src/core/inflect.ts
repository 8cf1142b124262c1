/**
 * Regular Dutch inflections of a lexicon word, so that a maintainer writes a
 * term once ("allochtoon") and the engine also recognises "allochtonen",
 * "allochtone", "allochtoontje". Over-generation is harmless (a form that is
 * not Dutch never occurs in text), so where Dutch spelling depends on stress
 * or vowel length we produce both candidates. Under-generation is covered by
 * the entry's explicit `forms`.
 */

/**
 * How a surface form came about. `explicit` and `explicit-plural` are a
 * maintainer's own `forms` (the latter guessed plural from its ending).
 */
export type FormKind = 'base' | 'plural' | 'adjective' | 'diminutive' | 'explicit' | 'explicit-plural'

export interface InflectedForm {
  readonly text: string
  readonly kind: FormKind
}

const VOWELS = 'aeiouy'
const DOUBLE_VOWEL_BEFORE_CONSONANT = /(aa|ee|oo|uu)([^aeiouy])$/
const SHORT_VOWEL_SINGLE_CONSONANT = /(^|[^aeiouy])([aeiou])([bdfgklmnprstz])$/
// Unstressed endings that take -s in the plural ("leraar" does not, but
// "werker", "wezen", "deken" do); -en after them makes other words ("negeren").
// A long vowel before the ending ("heer", "bicultureel") makes it stressed: those take -en.
const S_PLURAL_ENDINGS = /([^aeiouy]e[lmnr]|[^aeiouy]erd|je|ie|é)$/

function isVowel(char: string | undefined): boolean {
  return char !== undefined && VOWELS.includes(char)
}

/** A long vowel written double in a closed syllable is single in an open one: allochtoon → allochton(en). */
function undouble(word: string): string {
  return word.replace(DOUBLE_VOWEL_BEFORE_CONSONANT, (_, vowel: string, consonant: string) => vowel[0] + consonant)
}

/** Final f and s voice between vowels: doof → dove, reus → reuzen. */
function voice(stem: string): string {
  if (stem.endsWith('f') && !stem.endsWith('ff')) return stem.slice(0, -1) + 'v'
  if (stem.endsWith('s') && !stem.endsWith('ss')) return stem.slice(0, -1) + 'z'
  return stem
}

/** Stems to which a vowel-initial ending (-en, -e, -etje) is attached. */
function vowelStems(word: string): string[] {
  const stems = new Set<string>([undouble(word)])
  if (SHORT_VOWEL_SINGLE_CONSONANT.test(word)) stems.add(word + word.at(-1))
  for (const stem of [...stems]) stems.add(voice(stem))
  return [...stems]
}

function diminutives(word: string): string[] {
  const last = word.at(-1)
  const result: string[] = []
  if (isVowel(last)) {
    result.push(word + 'tje')
    if (last === 'a' || last === 'o' || last === 'u') result.push(word + last + 'tje')
  } else if (last === 'm') {
    result.push(word + 'pje', word + 'etje')
  } else if (last === 'l' || last === 'n' || last === 'r' || last === 'w') {
    result.push(word + 'tje')
    result.push(...vowelStems(word).map((stem) => stem + 'etje'))
  } else {
    result.push(word + 'je')
  }
  return result.flatMap((form) => [form, form + 's'])
}

/** All regular forms of one lower-case word, the word itself first. */
export function inflectWord(word: string): InflectedForm[] {
  const forms = new Map<string, FormKind>([[word, 'base']])
  const add = (text: string, kind: FormKind): void => {
    if (!forms.has(text)) forms.set(text, kind)
  }
  const last = word.at(-1)
  if (!/\p{L}$/u.test(word)) return [{ text: word, kind: 'base' }]

  if (last === 'e') {
    add(word + 'n', 'plural')
    add(word + 's', 'plural')
  } else if (isVowel(last)) {
    add(word + "'s", 'plural')
    add(word + 's', 'plural')
  } else if (S_PLURAL_ENDINGS.test(word)) {
    add(word + 's', 'plural')
    add(word + 'e', 'adjective')
  } else {
    for (const stem of vowelStems(word)) {
      add(stem + 'en', 'plural')
      add(stem + 'e', 'adjective')
    }
    add(word + 's', 'plural')
  }
  for (const form of diminutives(word)) add(form, form.endsWith('s') ? 'plural' : 'diminutive')
  return [...forms].map(([text, kind]) => ({ text, kind }))
}

// Unstressed endings keep their single consonant before -e: "heldhaftige", "eerlijke", "logische".
const UNSTRESSED_ADJECTIVE_ENDING = /(ig|lijk|isch|en|er|el|baar|zaam)$/

/**
 * The attributive form of an adjective ("wit" → "witte", "groot" → "grote",
 * "eerlijk" → "eerlijke"), for an alternative that must stand before a noun.
 * Unlike `inflectWord`, which may over-generate, this returns one form.
 */
export function adjectiveForm(word: string): string {
  if (word.endsWith('e')) return word
  if (UNSTRESSED_ADJECTIVE_ENDING.test(word)) return word + 'e'
  if (DOUBLE_VOWEL_BEFORE_CONSONANT.test(word)) return voice(undouble(word)) + 'e'
  if (SHORT_VOWEL_SINGLE_CONSONANT.test(word)) return word + word.at(-1) + 'e'
  return word + 'e'
}
