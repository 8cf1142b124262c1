/**
 * The Dutch readability formulas and their conventional bands. Only Dutch
 * formulas: English ones (Flesch-Kincaid, Fog) are calibrated on English
 * word and sentence lengths and misjudge Dutch text.
 */

export interface Band {
  /** Lowest score of the band (inclusive). */
  readonly from: number
  /** Dutch label. */
  readonly label: string
}

/**
 * Flesch-Douma (Douma 1960, the Dutch Flesch reading ease):
 * 206.835 − 0.93 × (words / sentences) − 77 × (syllables / words).
 */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0
  return 206.835 - 0.93 * (words / sentences) - 77 * (syllables / words)
}

/** Brouwer leesindex A (Brouwer 1963): 195 − 2 × (words / sentences) − 66.7 × (syllables / words). */
export function brouwer(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0
  return 195 - 2 * (words / sentences) - 66.7 * (syllables / words)
}

/** Douma's bands, highest first. */
export const FLESCH_DOUMA_BANDS: readonly Band[] = [
  { from: 90, label: 'zeer makkelijk' },
  { from: 80, label: 'makkelijk' },
  { from: 70, label: 'vrij makkelijk' },
  { from: 60, label: 'normaal' },
  { from: 45, label: 'vrij moeilijk' },
  { from: 30, label: 'moeilijk' },
  { from: -Infinity, label: 'zeer moeilijk' },
]

/**
 * Bands for the Brouwer index, highest first: above 100 children's books,
 * 50–75 ordinary adult text, below 30 very difficult. The cut at 75 is our
 * choice between the published anchors.
 */
export const BROUWER_BANDS: readonly Band[] = [
  { from: 100, label: 'zeer makkelijk' },
  { from: 75, label: 'makkelijk' },
  { from: 50, label: 'normaal' },
  { from: 30, label: 'moeilijk' },
  { from: -Infinity, label: 'zeer moeilijk' },
]

export function bandOf(score: number, bands: readonly Band[]): string {
  return (bands.find((band) => score >= band.from) ?? bands.at(-1)!).label
}
