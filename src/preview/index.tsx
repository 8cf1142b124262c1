/**
 * The preview page: the real task pane beside a simulated Word document, so
 * anyone can try woordwijs without Word. Nothing leaves the browser.
 */
import { FluentProvider, makeStyles, webLightTheme } from '@fluentui/react-components'
import { createRoot } from 'react-dom/client'
import { startWorkerEngine } from '../taskpane/engine/client.js'
import { mountTaskpane } from '../taskpane/mount.js'
import { DocumentView } from './DocumentView.js'
import { createWordHost } from '../word/index.js'
import { fakePreview } from './fake-document.js'
import type { PreviewDocument } from './preview-document.js'
import { SAMPLE_DOCUMENT } from './sample.js'

const useStyles = makeStyles({
  shell: { display: 'flex', flexDirection: 'column', height: '100vh', backgroundColor: '#f3f3f3' },
  titlebar: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '0 16px',
    height: '44px',
    flexShrink: 0,
    backgroundColor: '#185abd',
    color: '#ffffff',
    fontSize: '14px',
  },
  appName: { fontWeight: 600 },
  hint: { marginLeft: 'auto', fontSize: '12px', opacity: 0.95 },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  pane: {
    width: '360px',
    flexShrink: 0,
    display: 'flex',
    flexDirection: 'column',
    borderLeft: '1px solid #d1d1d1',
    backgroundColor: '#ffffff',
  },
  paneTitle: {
    display: 'flex',
    alignItems: 'center',
    height: '36px',
    padding: '0 12px',
    fontSize: '13px',
    fontWeight: 600,
    borderBottom: '1px solid #e0e0e0',
    color: '#242424',
    flexShrink: 0,
  },
  paneBody: { flex: 1, overflow: 'auto' },
})

function Shell({ preview }: { readonly preview: PreviewDocument }) {
  const styles = useStyles()
  return (
    <div className={styles.shell}>
      <header className={styles.titlebar}>
        <span className={styles.appName}>Word</span>
        <span>Brief bijzondere bijstand en beleidsnotitie.docx</span>
        <span className={styles.hint}>Voorbeeld: typ gerust in de tekst. Er wordt niets opgeslagen of verstuurd.</span>
      </header>
      <div className={styles.body}>
        <DocumentView document={preview} />
        <aside className={styles.pane} aria-label="Taakvenster woordwijs">
          <div className={styles.paneTitle}>woordwijs</div>
          <div className={styles.paneBody} id="taskpane-root" data-taskpane />
        </aside>
      </div>
    </div>
  )
}

declare const Office: { onReady(): Promise<{ host: string | null }> } | undefined

async function start(): Promise<void> {
  // Let the real office.js finish starting (outside Office it reports host null) before the fake takes its place.
  await (typeof Office === 'undefined' ? Promise.resolve() : Office.onReady())
  const container = document.getElementById('root')
  if (!container) return
  // The in-memory Word model stands in for the host office.js would talk to. It is handed to the real
  // adapter directly rather than installed over the globals, so office.js itself stays untouched.
  const { fake, preview } = fakePreview(SAMPLE_DOCUMENT)
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Shell preview={preview} />
    </FluentProvider>,
  )
  // The pane gets its own root, exactly as in Word; wait for the shell to place its container.
  const mountPane = (): void => {
    const paneRoot = document.getElementById('taskpane-root')
    if (!paneRoot) return void requestAnimationFrame(mountPane)
    mountTaskpane(paneRoot, { host: createWordHost({ word: fake.Word, office: fake.Office }), engine: startWorkerEngine() })
  }
  mountPane()
}

void start()
