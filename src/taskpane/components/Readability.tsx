/**
 * The readability panel: the report's figures for the running text, the
 * level as an indication, the sentence-length chart and the long sentences
 * as buttons that show them in the document. Collapsed until asked for: the
 * findings stay the pane's main content.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import type { DocumentReadability, SentencePlace } from '../engine/protocol.js'
import { opening } from '../model/excerpt.js'
import type { CheckedParagraph } from '../model/review.js'
import { useSession } from './context.js'
import { countLabel } from './labels.js'
import { SentenceChart } from './SentenceChart.js'

/** Long sentences listed before "Toon alle". */
const LISTED = 8

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 })
const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 })

/** "4 (24%)"; small shares keep a decimal so they do not read as none. */
function share(count: number, fraction: number): string {
  const percent = fraction * 100
  return `${whole.format(count)} (${(percent > 0 && percent < 10 ? oneDecimal : whole).format(percent)}%)`
}

const useStyles = makeStyles({
  accordion: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  level: { margin: 0, fontSize: tokens.fontSizeBase300 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  figures: { margin: 0, display: 'flex', flexDirection: 'column', fontSize: tokens.fontSizeBase200 },
  row: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: 'right' },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  sentence: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', minWidth: 0, fontWeight: tokens.fontWeightRegular },
  sentenceText: { display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  sentenceMeta: { fontWeight: tokens.fontWeightSemibold },
  sentenceOpening: { color: tokens.colorNeutralForeground2 },
})

export interface ReadabilityProps {
  readonly readability: DocumentReadability
  /** The checked paragraphs, for the text of the long sentences. */
  readonly paragraphs: readonly CheckedParagraph[]
}

export function Readability({ readability, paragraphs }: ReadabilityProps) {
  const styles = useStyles()
  const session = useSession()
  const [showAll, setShowAll] = useState(false)
  const { figures, sentences } = readability
  const threshold = figures.thresholds.longSentence
  const texts = useMemo(() => new Map(paragraphs.map((paragraph) => [paragraph.id, paragraph.text])), [paragraphs])
  const long = sentences.flatMap((sentence, index) => (sentence.long ? [{ sentence, number: index + 1 }] : []))
  const listed = showAll ? long : long.slice(0, LISTED)
  const show = (sentence: SentencePlace) => void session.showSentence(sentence)

  const rows: readonly (readonly [string, string])[] = [
    ['Woorden', whole.format(figures.words)],
    ['Zinnen', whole.format(figures.sentences)],
    ['Gemiddelde zinslengte', `${oneDecimal.format(figures.averageSentenceLength)} woorden`],
    [`Lange zinnen (meer dan ${threshold} woorden)`, share(figures.longSentences.count, figures.longSentences.share)],
    ['Zinnen in de lijdende vorm', share(figures.passiveSentences.count, figures.passiveSentences.share)],
    [`Lange woorden (${figures.thresholds.longWordSyllables} lettergrepen of meer)`, share(figures.longWords.count, figures.longWords.share)],
    ['Flesch-Douma', `${whole.format(figures.fleschDouma.score)}: ${figures.fleschDouma.band}`],
    ['Brouwer-leesindex', `${whole.format(figures.brouwer.score)}: ${figures.brouwer.band}`],
  ]

  return (
    <Accordion collapsible className={styles.accordion} data-readability>
      <AccordionItem value="readability">
        <AccordionHeader as="h2" size="large" className={styles.heading}>
          Leesbaarheid: {figures.level.label}
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <p className={styles.level}>
            Geschat niveau: <strong>{figures.level.level}</strong> (indicatie)
          </p>
          <p className={styles.note}>
            Een schatting uit zinslengte, lange woorden en de lijdende vorm; geen meting. Taalniveau B1 kunnen de meeste
            mensen goed lezen.
            {!figures.level.reliable && ' Met minder dan 100 woorden zegt de schatting weinig.'}
          </p>
          <dl className={styles.figures} aria-label="Cijfers over de lopende tekst">
            {rows.map(([term, value]) => (
              <div key={term} className={styles.row}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
          <p className={styles.note}>Bij Flesch-Douma en Brouwer betekent een hogere score een makkelijkere tekst.</p>

          {sentences.length > 0 && <SentenceChart sentences={sentences} threshold={threshold} onSelect={show} />}

          <section aria-labelledby="long-sentences-heading">
            <h3 id="long-sentences-heading" className={styles.subheading}>
              Lange zinnen ({long.length})
            </h3>
            {long.length === 0 ? (
              <p className={styles.note}>Geen zinnen langer dan {threshold} woorden.</p>
            ) : (
              <>
                <p className={styles.note}>Kies een zin om hem in het document te tonen.</p>
                <ul className={styles.list}>
                  {listed.map(({ sentence, number }) => (
                    <li key={`${sentence.paragraphId}:${sentence.start}`}>
                      <Button appearance="subtle" size="small" className={styles.sentence} onClick={() => show(sentence)}>
                        <span className={styles.sentenceText}>
                          <span className={styles.sentenceMeta}>
                            Zin {number}: {countLabel(sentence.words, 'woord', 'woorden')}
                            {sentence.passive ? ', lijdende vorm' : ''}
                          </span>
                          <span className={styles.sentenceOpening}>
                            {opening((texts.get(sentence.paragraphId) ?? '').slice(sentence.start, sentence.end))}
                          </span>
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
                {long.length > LISTED && (
                  <Button appearance="transparent" size="small" onClick={() => setShowAll(!showAll)}>
                    {showAll ? 'Toon minder' : `Toon alle ${long.length} lange zinnen`}
                  </Button>
                )}
              </>
            )}
          </section>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  )
}
