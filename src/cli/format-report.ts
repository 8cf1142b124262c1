import type { ReadabilityReport } from '../core/index.js'

/** The readability report of one input file. */
export interface FileReadability {
  readonly path: string
  readonly report: ReadabilityReport
}

/** A number the Dutch way: decimal comma, `digits` decimals. */
function dutch(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',')
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

function row(label: string, value: string): string {
  return `  ${label.padEnd(26)}${value}`
}

/** The longest sentences, for the writer to start with. */
function longest(report: ReadabilityReport, count: number): string {
  const sentences = [...report.sentenceList]
    .filter((sentence) => sentence.long)
    .sort((a, b) => b.words - a.words || a.start - b.start)
    .slice(0, count)
  return sentences.map((sentence) => `regel ${sentence.line} (${sentence.words} woorden)`).join(', ')
}

/** A readable Dutch report per file. */
export function formatReadabilityText(files: readonly FileReadability[]): string {
  const blocks = files.map(({ path, report }) => {
    const { longSentences, passiveSentences, longWords, thresholds } = report
    const lines = [
      path,
      row('Woorden', String(report.words)),
      row('Zinnen', String(report.sentences)),
      row('Gemiddelde zinslengte', `${dutch(report.averageSentenceLength)} woorden`),
      row('Lange zinnen', `${longSentences.count} van ${report.sentences} (${percent(longSentences.share)}), meer dan ${thresholds.longSentence} woorden`),
      row('Zinnen met lijdende vorm', `${passiveSentences.count} van ${report.sentences} (${percent(passiveSentences.share)})`),
      row('Lange woorden', `${longWords.count} van ${report.words} (${percent(longWords.share)}), ${thresholds.longWordSyllables} lettergrepen of meer`),
      row('Flesch-Douma', `${dutch(report.fleschDouma.score)} (${report.fleschDouma.band})`),
      row('Leesindex Brouwer', `${dutch(report.brouwer.score)} (${report.brouwer.band})`),
      row('Geschat taalniveau', report.level.reliable ? report.level.label : `${report.level.label}; de tekst is te kort voor een betrouwbare schatting`),
    ]
    const worst = longest(report, 3)
    if (worst) lines.push(row('Langste zinnen', worst))
    return lines.join('\n')
  })
  blocks.push(
    'Het taalniveau is een indicatie op basis van zinslengte, lettergrepen, lijdende vorm en lange woorden; geen meting.',
  )
  return blocks.join('\n\n')
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

/**
 * The JSON report: `{ files: [{ path, report }] }`; scores rounded to one
 * decimal and shares to three, offsets as in `check --format json`.
 */
export function formatReadabilityJson(files: readonly FileReadability[]): string {
  return JSON.stringify({
    files: files.map(({ path, report }) => ({
      path,
      report: {
        words: report.words,
        sentences: report.sentences,
        syllables: report.syllables,
        averageSentenceLength: round(report.averageSentenceLength, 1),
        longSentences: { count: report.longSentences.count, share: round(report.longSentences.share, 3) },
        passiveSentences: { count: report.passiveSentences.count, share: round(report.passiveSentences.share, 3) },
        longWords: { count: report.longWords.count, share: round(report.longWords.share, 3) },
        fleschDouma: { score: round(report.fleschDouma.score, 1), band: report.fleschDouma.band },
        brouwer: { score: round(report.brouwer.score, 1), band: report.brouwer.band },
        level: { level: report.level.level, label: report.level.label, score: round(report.level.score, 1), reliable: report.level.reliable },
        thresholds: report.thresholds,
        sentenceList: report.sentenceList,
      },
    })),
  })
}
