/**
 * The task pane: one primary action, then the overview and the findings.
 * Results and notices are announced through a polite live region.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from '@fluentui/react-components'
import { useMemo } from 'react'
import { summarize, visibleItems } from '../model/review.js'
import { useSession, useSessionState } from './context.js'
import { FindingList } from './FindingList.js'
import { findingsLabel } from './labels.js'
import { Readability } from './Readability.js'
import { Settings } from './Settings.js'
import { Summary } from './Summary.js'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  tagline: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  intro: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase200 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  empty: { margin: 0, fontSize: tokens.fontSizeBase300 },
  // Outcomes of actions stay in view at the bottom of the pane, next to where the user clicked.
  notice: { position: 'sticky', bottom: tokens.spacingVerticalS, zIndex: 1, boxShadow: tokens.shadow8 },
  footer: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground2, margin: 0 },
})

function progressText(phase: string, progress: { readonly done: number; readonly total: number } | undefined): string {
  if (!progress || progress.total === 0) return 'Document lezen…'
  const verb = phase === 'reading' ? 'gelezen' : 'gecontroleerd'
  return `${progress.done} van ${progress.total} alinea's ${verb}`
}

export function App() {
  const styles = useStyles()
  const session = useSession()
  const state = useSessionState()
  const { phase, progress, filters, notice } = state
  const summary = useMemo(() => summarize(state.items), [state.items])
  const visible = useMemo(() => visibleItems(state.items, filters), [state.items, filters])
  const running = phase === 'reading' || phase === 'checking'
  const checked = state.checkedAt !== undefined && !running && phase !== 'error'

  // One polite live region: the latest action's outcome, else the check's result.
  const announcement = running
    ? 'Bezig met controleren.'
    : notice
      ? notice.text
      : checked
        ? `Controle klaar: ${findingsLabel(summary.total)}.`
        : ''

  return (
    <main className={styles.root} aria-busy={running}>
      <header className={styles.header}>
        <h1 className={styles.title}>woordwijs</h1>
        <p className={styles.tagline}>Inclusieve en heldere taal. Uw tekst blijft op deze computer.</p>
      </header>

      <div className={styles.panel}>
        {!checked && !running && phase !== 'error' && (
          <p className={styles.intro}>
            Woordwijs leest uw document en wijst woorden aan die mensen buitensluiten of onnodig moeilijk zijn, met
            betere alternatieven. Er verandert niets zonder dat u op een knop drukt.
          </p>
        )}
        <Button appearance="primary" size="large" disabled={running} onClick={() => void session.checkDocument()}>
          {running ? 'Bezig met controleren…' : checked ? 'Opnieuw controleren' : 'Controleer document'}
        </Button>
        {running && (
          <Field validationState="none" validationMessage={progressText(phase, progress)}>
            <ProgressBar
              aria-label="Voortgang van de controle"
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            />
          </Field>
        )}
      </div>

      <div className={styles.visuallyHidden} role="status" aria-live="polite">
        {announcement}
      </div>

      {state.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Controle mislukt</MessageBarTitle>
            {state.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void session.checkDocument()}>
              Opnieuw proberen
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {state.documentChanged && checked && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Document gewijzigd</MessageBarTitle>
            Het document is gewijzigd sinds de controle. De lijst klopt misschien niet meer.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void session.checkDocument()}>
              Opnieuw controleren
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {checked && summary.total === 0 && (
        <div className={styles.panel}>
          <p className={styles.empty}>
            <strong>Geen bevindingen.</strong> Woordwijs vond in dit document geen woorden uit zijn woordenlijst.
          </p>
          <p className={styles.intro}>
            Dat zegt niet alles: lees uw tekst ook zelf na op wie u aanspreekt en of die het begrijpt.
          </p>
        </div>
      )}

      {checked && state.readability && state.readability.figures.words > 0 && (
        <Readability readability={state.readability} paragraphs={state.paragraphs} />
      )}

      {/* During a long check the first pages' findings are already here; the list grows as pages come in. */}
      {(checked || running) && summary.total > 0 && (
        <>
          <div className={styles.panel}>
            <Summary summary={summary} />
          </div>
          <FindingList items={visible} total={summary.total} />
        </>
      )}

      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-notice={notice.intent} className={styles.notice}>
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button size="small" appearance="transparent" aria-label="Melding sluiten" onClick={() => session.dismissNotice()}>
                ✕
              </Button>
            }
          />
        </MessageBar>
      )}

      <Settings />
      <p className={styles.footer}>
        Woordwijs stuurt geen tekst naar internet. Een vervanging maakt u ongedaan met Ongedaan maken in Word.
      </p>
    </main>
  )
}
