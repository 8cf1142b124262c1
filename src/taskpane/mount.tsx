/**
 * Render the task pane into an element, for any host: Word (index.tsx) or
 * the preview page. The only place a session is created.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components'
import { createRoot } from 'react-dom/client'
import type { DocumentHost } from '../word/host.js'
import { App } from './components/App.js'
import { SessionContext } from './components/context.js'
import type { EngineClient } from './engine/client.js'
import { ReviewSession } from './model/session.js'
import { browserStore, type KeyValueStore } from './model/storage.js'

export interface MountOptions {
  readonly host: DocumentHost
  readonly engine: EngineClient
  readonly store?: KeyValueStore
}

export interface MountedPane {
  readonly session: ReviewSession
  unmount(): Promise<void>
}

export function mountTaskpane(element: HTMLElement, options: MountOptions): MountedPane {
  const session = new ReviewSession({
    host: options.host,
    engine: options.engine,
    store: options.store ?? browserStore(),
    log: (message, detail) => console.error(`woordwijs: ${message}`, detail),
  })
  const root = createRoot(element)
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <SessionContext.Provider value={session}>
        <App />
      </SessionContext.Provider>
    </FluentProvider>,
  )
  void session.start()
  return {
    session,
    async unmount() {
      root.unmount()
      await session.dispose()
    },
  }
}
