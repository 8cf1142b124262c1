/**
 * The structural plain-language (klare taal) checks: retext plugins for
 * sentence length, passive, naamwoordstijl, long words, double negatives,
 * u/je and unexplained abbreviations, the sentence re-splitting pass they
 * rely on, and the readability report.
 */
import type { Preset } from 'unified'
import retextAbbreviation from './abbreviation.js'
import retextAddress from './address.js'
import retextDoubleNegative from './double-negative.js'
import retextLongSentence from './long-sentence.js'
import retextLongWord from './long-word.js'
import retextNominalisation from './nominalisation.js'
import type { PlainPluginOptions } from './options.js'
import retextPassive from './passive.js'

export { default as retextResplit, resplitParagraph, resplitSentence } from './resplit.js'
export { retextAbbreviation, retextAddress, retextDoubleNegative, retextLongSentence, retextLongWord, retextNominalisation, retextPassive }
export { PLAIN_DEFAULTS, resolvePlainOptions, type PlainOptions, type PlainPluginOptions } from './options.js'
export { PLAIN_MESSAGE_SOURCE, SENTENCE_RULES } from './message.js'
export { countSyllables } from './syllables.js'

/** Rule ids of the structural checks, for `--ignore` and settings screens. */
export const PLAIN_RULE_IDS = [
  'lange-zin',
  'zeer-lange-zin',
  'passief',
  'naamwoordstijl',
  'lang-woord',
  'dubbele-ontkenning',
  'u-en-je',
  'afkorting-zonder-uitleg',
] as const

/** All structural checks as one unified preset. Run the re-splitting pass before it. */
export function plainPreset(options?: PlainPluginOptions): Preset {
  return {
    plugins: [
      [retextLongSentence, options],
      [retextPassive, options],
      [retextNominalisation, options],
      [retextLongWord, options],
      [retextDoubleNegative, options],
      [retextAddress, options],
      [retextAbbreviation, options],
    ],
  }
}
