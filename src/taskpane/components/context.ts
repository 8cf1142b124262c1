/**
 * How components reach the session: through context, never through Office
 * globals, so every component renders against any `DocumentHost`.
 */
import { createContext, useContext, useSyncExternalStore } from 'react'
import type { ReviewSession, SessionState } from '../model/session.js'

export const SessionContext = createContext<ReviewSession | undefined>(undefined)

export function useSession(): ReviewSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useSession outside <SessionContext.Provider>')
  return session
}

export function useSessionState(): SessionState {
  const session = useSession()
  return useSyncExternalStore(session.subscribe, session.getSnapshot)
}
