/**
 * Messages between the task pane and the engine worker. Plain data only, so
 * they survive structured cloning; document text travels to the worker and
 * findings come back, never anywhere else.
 */
import type { Finding } from '../../core/index.js'

/** One paragraph to check, keyed by the host's paragraph id. */
export interface CheckItem {
  readonly id: string
  readonly text: string
}

export interface CheckRequest {
  readonly type: 'check'
  /** Correlates the reply; chosen by the client. */
  readonly requestId: number
  readonly items: readonly CheckItem[]
}

export type EngineRequest = CheckRequest

export interface ParagraphFindings {
  readonly id: string
  /** The text that was checked, so the pane can tell a stale result apart. */
  readonly text: string
  readonly findings: readonly Finding[]
}

export type EngineResponse =
  | { readonly type: 'checked'; readonly requestId: number; readonly results: readonly ParagraphFindings[] }
  | {
      readonly type: 'error'
      readonly requestId: number
      /** Dutch, fit to show the user. */
      readonly message: string
      /** Lexicon problems or a stack, for the console. */
      readonly detail: string
    }

/** The smallest port both a Worker and a Node MessagePort provide. */
export interface MessagePortLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
}
