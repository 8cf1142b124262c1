/**
 * Sentence lengths across the document: one bar per sentence, in document
 * order, with a line at the long-sentence threshold. Long bars can be
 * clicked to show the sentence; keyboard and screen-reader users get the
 * same sentences as a list of buttons next to the chart, and the chart
 * itself is one image with a summary as its name.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { useId } from 'react'
import type { SentencePlace } from '../engine/protocol.js'
import { countLabel } from './labels.js'

/** Units per bar in the drawing; it is stretched to the pane's width. */
const STEP = 10
const HEIGHT = 100

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  svg: {
    display: 'block',
    width: '100%',
    height: '72px',
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  bar: { fill: tokens.colorBrandBackground },
  long: { fill: tokens.colorPaletteRedBackground3, cursor: 'pointer', ':hover': { fill: tokens.colorPaletteRedForeground1 } },
  threshold: { stroke: tokens.colorNeutralForeground1, strokeWidth: 1, strokeDasharray: '4 3' },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  legend: { display: 'block' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXXS, verticalAlign: 'baseline' },
  swatchLong: { backgroundColor: tokens.colorPaletteRedBackground3 },
})

export interface SentenceChartProps {
  readonly sentences: readonly SentencePlace[]
  /** Words above which a sentence is long. */
  readonly threshold: number
  readonly onSelect: (sentence: SentencePlace) => void
}

/** What the chart shows, in words: its accessible name. */
export function chartSummary(sentences: readonly SentencePlace[], threshold: number): string {
  const long = sentences.filter((sentence) => sentence.long).length
  const longest = Math.max(0, ...sentences.map((sentence) => sentence.words))
  return (
    `Zinslengte van ${countLabel(sentences.length, 'zin', 'zinnen')} in documentvolgorde. ` +
    `${countLabel(long, 'zin is', 'zinnen zijn')} langer dan ${threshold} woorden; de langste telt ${countLabel(longest, 'woord', 'woorden')}.`
  )
}

export function SentenceChart({ sentences, threshold, onSelect }: SentenceChartProps) {
  const styles = useStyles()
  const titleId = useId()
  // Twice the threshold fills the chart; a longer sentence is simply cut off at the top.
  const top = threshold * 2
  const width = Math.max(1, sentences.length) * STEP
  const lineY = HEIGHT - (threshold / top) * HEIGHT
  return (
    <figure className={styles.figure}>
      <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${HEIGHT}`} preserveAspectRatio="none" className={styles.svg} data-chart>
        <title id={titleId}>{chartSummary(sentences, threshold)}</title>
        {sentences.map((sentence, index) => {
          const height = Math.max(2, (Math.min(sentence.words, top) / top) * HEIGHT)
          return (
            <rect
              key={`${sentence.paragraphId}:${sentence.start}`}
              x={index * STEP + 1}
              y={HEIGHT - height}
              width={STEP - 2}
              height={height}
              className={sentence.long ? styles.long : styles.bar}
              data-long={sentence.long ? 'true' : undefined}
              onClick={sentence.long ? () => onSelect(sentence) : undefined}
            >
              <title>{`Zin ${index + 1}: ${countLabel(sentence.words, 'woord', 'woorden')}${sentence.long ? '. Klik om hem in het document te tonen.' : ''}`}</title>
            </rect>
          )
        })}
        <line x1={0} x2={width} y1={lineY} y2={lineY} className={styles.threshold} vectorEffect="non-scaling-stroke" />
      </svg>
      <figcaption className={styles.caption}>
        <span className={styles.legend}>Elke staaf is een zin, in de volgorde van het document.</span>
        <span className={styles.legend}>
          <span aria-hidden="true" className={`${styles.swatch} ${styles.swatchLong}`} />
          Rood: langer dan {threshold} woorden (boven de stippellijn); klik erop om de zin te tonen.
        </span>
      </figcaption>
    </figure>
  )
}
