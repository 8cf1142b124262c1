import { parseDutchChunks } from '../parse.js'
import { countWords } from './long-sentence.js'
import { isLongWord } from './long-word.js'
import { resolvePlainOptions, type PlainOptions } from './options.js'
import { findPassives } from './passive.js'
import { BROUWER_BANDS, FLESCH_DOUMA_BANDS, bandOf, brouwer, fleschDouma } from './readability.js'
import { resplitParagraph } from './resplit.js'
import { countSyllables } from './syllables.js'
import { estimateLevel, type LevelEstimate } from './level.js'
import { forEachSentence, isCountable, sentenceSpan } from './words.js'
import { sentenceTokens } from '../tokens.js'

/** One sentence of the text, for a chart of sentence lengths. */
export interface SentenceStats {
  /** UTF-16 offsets into the text, `end` exclusive. */
  readonly start: number
  readonly end: number
  /** 1-based. */
  readonly line: number
  readonly column: number
  readonly words: number
  readonly long: boolean
  readonly passive: boolean
}

export interface Share {
  readonly count: number
  /** Between 0 and 1; 0 for an empty text. */
  readonly share: number
}

export interface Score {
  readonly score: number
  /** Dutch label of the conventional band. */
  readonly band: string
}

/** Readability figures of one document. */
export interface ReadabilityReport {
  /** Words with a letter; numbers on their own do not count. */
  readonly words: number
  /** Sentences with at least one word. */
  readonly sentences: number
  readonly syllables: number
  /** Words per sentence. */
  readonly averageSentenceLength: number
  /** Sentences above the long-sentence threshold. */
  readonly longSentences: Share
  /** Sentences with at least one passive. */
  readonly passiveSentences: Share
  /** Words of at least the long-word number of syllables, of all words. */
  readonly longWords: Share
  readonly fleschDouma: Score
  readonly brouwer: Score
  /** An indication of the CEFR level, not a measurement. */
  readonly level: LevelEstimate
  readonly thresholds: { readonly longSentence: number; readonly longWordSyllables: number }
  readonly sentenceList: readonly SentenceStats[]
}

function share(count: number, total: number): Share {
  return { count, share: total === 0 ? 0 : count / total }
}

/**
 * Count words, sentences, syllables, long sentences, passives and long
 * words, and compute Flesch-Douma, the Brouwer index and an indicative
 * level. Sentences are split as `check()` splits them (parse-dutch plus the
 * re-splitting pass); linear in the length of the text.
 */
export function report(text: string, options: PlainOptions = {}): ReadabilityReport {
  const resolved = resolvePlainOptions(options)
  let words = 0
  let syllables = 0
  let longSentences = 0
  let passiveSentences = 0
  let longWords = 0
  const sentenceList: SentenceStats[] = []
  for (const tree of parseDutchChunks(text)) {
    for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') resplitParagraph(paragraph)
    forEachSentence(tree, (sentence) => {
      const tokens = sentenceTokens(sentence, text)
      const count = countWords(tokens)
      const span = sentenceSpan(sentence, tokens)
      if (count === 0 || !span) return
      words += count
      tokens.forEach((token, index) => {
        if (!isCountable(token)) return
        syllables += countSyllables(token.raw)
        if (isLongWord(tokens, index, resolved.longWordSyllables, text)) longWords++
      })
      const long = count > resolved.longSentence
      const passive = findPassives(tokens).length > 0
      if (long) longSentences++
      if (passive) passiveSentences++
      sentenceList.push({
        start: span.start.offset!,
        end: span.end.offset!,
        line: span.start.line,
        column: span.start.column,
        words: count,
        long,
        passive,
      })
    })
  }
  const sentences = sentenceList.length
  const douma = fleschDouma(words, sentences, syllables)
  const brouwerScore = brouwer(words, sentences, syllables)
  const figures = {
    words,
    sentences,
    syllables,
    averageSentenceLength: sentences === 0 ? 0 : words / sentences,
    longSentences: share(longSentences, sentences),
    passiveSentences: share(passiveSentences, sentences),
    longWords: share(longWords, words),
    fleschDouma: { score: douma, band: bandOf(douma, FLESCH_DOUMA_BANDS) },
    brouwer: { score: brouwerScore, band: bandOf(brouwerScore, BROUWER_BANDS) },
  }
  return {
    ...figures,
    level: estimateLevel(figures),
    thresholds: { longSentence: resolved.longSentence, longWordSyllables: resolved.longWordSyllables },
    sentenceList,
  }
}
