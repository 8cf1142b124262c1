/**
 * The simulated Word document of the preview page: pages with editable
 * paragraphs, the current selection, and comments in the margin as Word
 * shows them. Typing changes the document the pane reviews.
 */
import { makeStyles, tokens } from '@fluentui/react-components'
import { memo, useEffect, useReducer, useRef, type ReactNode } from 'react'
import type { PreviewDocument, PreviewParagraph } from './preview-document.js'

const useStyles = makeStyles({
  canvas: {
    flex: 1,
    overflow: 'auto',
    backgroundColor: '#e9e9e9',
    padding: '24px 16px 48px',
  },
  page: {
    position: 'relative',
    maxWidth: '720px',
    margin: '0 auto',
    backgroundColor: '#ffffff',
    boxShadow: '0 1px 3px rgba(0,0,0,.2), 0 4px 12px rgba(0,0,0,.08)',
    padding: '48px 56px 64px',
    fontFamily: 'Calibri, Carlito, "Segoe UI", Arial, sans-serif',
    fontSize: '15px',
    lineHeight: 1.55,
    color: '#1f1f1f',
  },
  paragraph: {
    margin: '0 0 12px',
    outline: 'none',
    borderRadius: '2px',
    ':focus-visible': { boxShadow: `0 0 0 2px ${tokens.colorStrokeFocus2}` },
  },
  changed: {
    animationName: { from: { backgroundColor: '#c7e0f4' }, to: { backgroundColor: 'transparent' } },
    animationDuration: '1.6s',
    animationTimingFunction: 'ease-out',
    '@media (prefers-reduced-motion: reduce)': { animationDuration: '0.01s' },
  },
  title: { fontSize: '22px', fontWeight: 600, color: '#1f3864' },
  heading: { fontSize: '16px', fontWeight: 600, color: '#1f3864', marginTop: '20px' },
  small: { fontSize: '12px', color: '#595959' },
  header: { borderBottom: '1px solid #d0d0d0', paddingBottom: '8px', marginBottom: '28px' },
  footer: { borderTop: '1px solid #d0d0d0', paddingTop: '8px', marginTop: '28px' },
  selection: { backgroundColor: '#b4d7ff', outline: '1px solid #5b9bd5' },
  // Word draws critiques as a coloured double underline.
  mark: { textDecorationLine: 'underline', textDecorationStyle: 'double', textDecorationColor: '#8764b8', textUnderlineOffset: '3px' },
  commented: { backgroundColor: '#fde9a9', borderBottom: '2px solid #e3a21a' },
  comments: {
    marginTop: '24px',
    borderTop: `1px dashed ${tokens.colorNeutralStroke1}`,
    paddingTop: '12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
  },
  comment: {
    fontFamily: '"Segoe UI", Arial, sans-serif',
    fontSize: '13px',
    lineHeight: 1.4,
    backgroundColor: '#fff8e1',
    border: '1px solid #e3a21a',
    borderRadius: '4px',
    padding: '8px 10px',
    whiteSpace: 'pre-line',
  },
  commentAuthor: { fontWeight: 600, display: 'block', marginBottom: '2px' },
  commentQuote: { fontStyle: 'italic', color: '#595959' },
})

interface Span {
  readonly start: number
  readonly end: number
  readonly className: string
  /** For tests and styling hooks: what the span shows. */
  readonly kind: 'comment' | 'mark' | 'selection'
}

/** Paragraph text with spans (comments, selection) wrapped; later spans win where they overlap. */
function decorate(text: string, spans: readonly Span[]): ReactNode[] {
  const cuts = new Set([0, text.length])
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(span.start, text.length)))
    cuts.add(Math.max(0, Math.min(span.end, text.length)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: ReactNode[] = []
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index] ?? 0
    const to = points[index + 1] ?? 0
    if (from === to) continue
    const covering = spans.filter((span) => span.start <= from && span.end >= to)
    const piece = text.slice(from, to)
    nodes.push(
      covering.length > 0 ? (
        <span key={from} className={covering.map((span) => span.className).join(' ')} data-kind={covering.map((span) => span.kind).join(' ')}>
          {piece}
        </span>
      ) : (
        piece
      ),
    )
  }
  return nodes
}

interface ParagraphProps {
  readonly paragraph: PreviewParagraph
  readonly document: PreviewDocument
  /** Bumped when the add-in changed how the paragraph looks; typing never bumps it. */
  readonly version: number
  /** The add-in just changed this paragraph's text: flash it so the change is seen. */
  readonly changed: boolean
}

/**
 * Editable content must not be re-rendered while someone types in it (React
 * would fight the caret), so a paragraph renders again only when its version changes.
 */
const Paragraph = memo(function Paragraph({ paragraph, document, changed }: ParagraphProps) {
  const styles = useStyles()
  const selection = document.selection()
  const spans: Span[] = document
    .comments()
    .filter((comment) => comment.paragraphId === paragraph.id)
    .map((comment) => ({ start: comment.start, end: comment.end, className: styles.commented, kind: 'comment' as const }))
  for (const mark of document.marks()) {
    if (mark.paragraphId === paragraph.id) spans.push({ start: mark.start, end: mark.end, className: styles.mark, kind: 'mark' })
  }
  if (selection?.paragraphId === paragraph.id) spans.push({ start: selection.start, end: selection.end, className: styles.selection, kind: 'selection' })
  const style = paragraph.style ?? 'normal'
  const classes = [styles.paragraph, changed ? styles.changed : '', style !== 'normal' ? styles[style] : '', paragraph.part === 'header' ? styles.header : '', paragraph.part === 'footer' ? styles.footer : '']
  return (
    <p
      className={classes.join(' ')}
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      data-paragraph={paragraph.id}
      onInput={(event) => document.setText(paragraph.id, event.currentTarget.textContent ?? '')}
    >
      {decorate(paragraph.text, spans)}
    </p>
  )
}, (before, after) => before.version === after.version && before.paragraph.id === after.paragraph.id)

/** What a paragraph looks like: its text, its comments and the selection in it. */
function signature(document: PreviewDocument, paragraph: PreviewParagraph): string {
  const selection = document.selection()
  return JSON.stringify([
    paragraph.text,
    document.comments().filter((comment) => comment.paragraphId === paragraph.id).map((comment) => [comment.start, comment.end]),
    selection?.paragraphId === paragraph.id ? [selection.start, selection.end] : null,
    document.marks().filter((mark) => mark.paragraphId === paragraph.id).map((mark) => [mark.start, mark.end]),
  ])
}

export function DocumentView({ document }: { readonly document: PreviewDocument }) {
  const styles = useStyles()
  const versions = useRef(new Map<string, { version: number; signature: string; text: string; changed: boolean }>())
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  const selectedRef = useRef<string | undefined>(undefined)

  useEffect(() => {
    // What is on screen at mount: later signatures are compared with these.
    for (const paragraph of document.paragraphs()) {
      if (!versions.current.has(paragraph.id)) {
        versions.current.set(paragraph.id, { version: 0, signature: signature(document, paragraph), text: paragraph.text, changed: false })
      }
    }
    return document.onRender((origin) => {
        for (const paragraph of document.paragraphs()) {
          const now = signature(document, paragraph)
          const seen = versions.current.get(paragraph.id)
          if (seen?.signature === now) continue
          // The user's own typing is already on screen: remember it, do not redraw it.
          const bump = origin === 'host' ? 1 : 0
          versions.current.set(paragraph.id, {
            version: (seen?.version ?? 0) + bump,
            signature: now,
            text: paragraph.text,
            changed: bump === 1 && seen !== undefined && seen.text !== paragraph.text,
          })
        }
        rerender()
      })
  }, [document])

  const selection = document.selection()
  useEffect(() => {
    if (!selection || selection.paragraphId === selectedRef.current) return
    selectedRef.current = selection.paragraphId
    globalThis.document
      .querySelector(`[data-paragraph="${CSS.escape(selection.paragraphId)}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' })
  })

  const comments = document.comments()
  return (
    <div className={styles.canvas} role="region" aria-label="Voorbeelddocument (bewerkbaar)">
      <div className={styles.page} data-document>
        {document.paragraphs().map((paragraph) => {
          const seen = versions.current.get(paragraph.id)
          const version = seen?.version ?? 0
          return (
            <Paragraph
              key={`${paragraph.id}:${version}`}
              paragraph={paragraph}
              document={document}
              version={version}
              changed={seen?.changed ?? false}
            />
          )
        })}
        {comments.length > 0 && (
          <section className={styles.comments} aria-label="Opmerkingen" data-comments>
            {comments.map((comment) => (
              <div key={comment.id} className={styles.comment} data-comment>
                <span className={styles.commentAuthor}>Opmerking</span>
                <span className={styles.commentQuote}>‘{comment.quote}’</span>
                {'\n'}
                {comment.text}
              </div>
            ))}
          </section>
        )}
      </div>
    </div>
  )
}
