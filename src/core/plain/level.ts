import type { Score, Share } from './report.js'

export type Level = 'B1' | 'B2' | 'C1'

/** The features the level estimate is built from. */
export interface LevelFeatures {
  readonly words: number
  readonly averageSentenceLength: number
  readonly longSentences: Share
  readonly passiveSentences: Share
  readonly longWords: Share
  readonly fleschDouma: Score
}

export interface LevelEstimate {
  readonly level: Level
  /** Dutch, e.g. "B1 (indicatie)". */
  readonly label: string
  /** The combined ease score the level is read from: higher is easier. */
  readonly score: number
  /** False for texts too short to say much (fewer than `MIN_WORDS` words). */
  readonly reliable: boolean
}

export const MIN_WORDS = 100

/**
 * Weights of the combined ease score: Flesch-Douma, lowered for every share
 * of passive sentences, long sentences and long words. Calibrated on the
 * letter pairs in `test/plain/levels/` (the same message as a plain B1
 * letter and as an official letter): the B1 letters score 80–95, the
 * official ones 5–25 and a B2 rewrite about 55, so the cuts lie between.
 */
export const LEVEL_WEIGHTS = { passive: 20, longSentence: 20, longWord: 100 } as const

/** Lowest combined score per level, easiest first. */
export const LEVEL_THRESHOLDS: readonly { readonly level: Level; readonly from: number }[] = [
  { level: 'B1', from: 65 },
  { level: 'B2', from: 35 },
  { level: 'C1', from: -Infinity },
]

/**
 * An indication of the CEFR level (B1, B2 or C1) from the report's
 * features. Not a measurement: LiNT and T-Scan use syntax and word
 * frequency that a pure TypeScript engine does not have, so hosts show the
 * result as an indication.
 */
export function estimateLevel(features: LevelFeatures): LevelEstimate {
  const score =
    features.fleschDouma.score -
    LEVEL_WEIGHTS.passive * features.passiveSentences.share -
    LEVEL_WEIGHTS.longSentence * features.longSentences.share -
    LEVEL_WEIGHTS.longWord * features.longWords.share
  const level = (LEVEL_THRESHOLDS.find((threshold) => score >= threshold.from) ?? LEVEL_THRESHOLDS.at(-1)!).level
  return { level, label: `${level} (indicatie)`, score, reliable: features.words >= MIN_WORDS }
}
