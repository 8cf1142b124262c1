/**
 * Task pane entry in Word: wait for Office, then mount the pane over the
 * Office.js document host and the engine worker.
 */
import { createRoot } from 'react-dom/client'
import { createWordHost } from '../word/index.js'
import { startWorkerEngine } from './engine/client.js'
import { mountTaskpane } from './mount.js'
import { NotInWord } from './NotInWord.js'

declare const Office: { onReady(): Promise<{ host: string | null }> } | undefined

async function start(): Promise<void> {
  const container = document.getElementById('root')
  if (!container) return
  // office.js is missing when its CDN is unreachable, and reports host null in a plain browser tab.
  const info = typeof Office === 'undefined' ? { host: null } : await Office.onReady()
  if (info.host !== 'Word') {
    createRoot(container).render(<NotInWord />)
    return
  }
  mountTaskpane(container, { host: createWordHost(), engine: startWorkerEngine() })
}

void start()
