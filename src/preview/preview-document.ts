/**
 * What the preview's document view needs from whichever model stands in for
 * Word: paragraphs to draw, comments and selection to show, and a way for the
 * user to type.
 */
import type { ParagraphPart } from '../word/host.js'

/** `user`: typed in the preview's document view; `host`: written by the add-in. */
export type ChangeOrigin = 'user' | 'host'

export interface PreviewParagraph {
  readonly id: string
  readonly part: ParagraphPart
  readonly text: string
  readonly style?: 'title' | 'heading' | 'normal' | 'small' | undefined
}

export interface PreviewComment {
  readonly id: string
  readonly paragraphId: string
  readonly start: number
  readonly end: number
  readonly text: string
  /** The commented words. */
  readonly quote: string
}

export interface PreviewSelection {
  readonly paragraphId: string
  readonly start: number
  readonly end: number
}

export interface PreviewDocument {
  paragraphs(): readonly PreviewParagraph[]
  comments(): readonly PreviewComment[]
  selection(): PreviewSelection | undefined
  /** Temporary inline marks the add-in placed (critique annotations, highlights). */
  marks(): readonly PreviewSelection[]
  /** The user typed in a paragraph. */
  setText(id: string, text: string): void
  /** Something may look different now; `user` when it came from typing in the view itself. */
  onRender(listener: (origin: ChangeOrigin) => void): () => void
}
