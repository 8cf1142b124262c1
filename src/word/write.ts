/**
 * Replacing target text. Every target is located and verified first; then,
 * per paragraph from the end backwards, each range gets `insertText(...,
 * 'Replace')` in one batch, so the number of syncs does not depend on the
 * number of edits. Word runs a batch up to a failing call and keeps what ran,
 * so a failed write is followed by a re-read that settles each outcome.
 */
import type { ParagraphApi, RequestContextApi } from './api.js'
import type { TextTarget, WriteOutcome } from './host.js'
import { MESSAGES, messageFor } from './messages.js'
import { locate } from './resolve.js'
import { DONE, failed, targetKey, type HostState } from './state.js'

export interface Edit {
  readonly target: TextTarget
  readonly replacement: string
}

export async function replaceTargets(state: HostState, edits: readonly Edit[]): Promise<WriteOutcome[]> {
  if (edits.length === 0) return []
  const PENDING: WriteOutcome = failed('')
  const outcomes: WriteOutcome[] = edits.map(() => PENDING)
  try {
    await state.word.run(async (context) => {
      const located = await locate(
        state,
        context,
        edits.map((e) => e.target),
      )
      // Per paragraph, from the end backwards, so earlier offsets stay valid.
      const byParagraph = new Map<string, number[]>()
      located.forEach((l, i) => {
        if (!l.ok) {
          outcomes[i] = l.outcome
          return
        }
        const id = (edits[i] as Edit).target.paragraphId
        byParagraph.set(id, [...(byParagraph.get(id) ?? []), i])
      })
      const queued: { id: string; paragraph: ParagraphApi; before: string; order: number[] }[] = []
      for (const [id, indexes] of byParagraph) {
        indexes.sort((a, b) => (edits[b] as Edit).target.start - (edits[a] as Edit).target.start)
        const order: number[] = []
        let floor = Number.POSITIVE_INFINITY
        for (const i of indexes) {
          const t = (edits[i] as Edit).target
          if (t.end > floor) {
            outcomes[i] = failed(MESSAGES.overlap)
            continue
          }
          floor = t.start
          order.push(i)
        }
        const first = located[order[0] ?? -1]
        if (first === undefined || !first.ok) continue
        queued.push({ id, paragraph: first.paragraph, before: first.paragraph.text, order })
      }
      if (queued.length === 0) return
      for (const q of queued) {
        for (const i of q.order) {
          const l = located[i]
          const e = edits[i] as Edit
          // Rewriting a word with itself would still leave a tracked revision.
          if (l?.ok && e.replacement !== e.target.expected) l.range.insertText(e.replacement, 'Replace')
        }
        state.noteOwnWrite(q.id)
      }
      try {
        await context.sync()
      } catch (error) {
        await settleFailedWrite(state, context, edits, queued, outcomes, error)
        return
      }
      for (const q of queued) {
        let text = q.before
        for (const i of q.order) {
          outcomes[i] = DONE
          const e = edits[i] as Edit
          const key = targetKey(e.target)
          const annotationId = state.annotationIds.get(key)
          if (annotationId !== undefined) state.retiredAnnotationIds.add(annotationId)
          state.annotationIds.delete(key)
          text = text.slice(0, e.target.start) + e.replacement + text.slice(e.target.end)
        }
        state.updateKnown(q.id, text)
      }
    })
  } catch (error) {
    // Failing before any write was queued: nothing was written.
    return outcomes.map((o) => (o === PENDING ? failed(messageFor(error)) : o))
  }
  return outcomes
}

/**
 * A write batch stopped part-way (Word runs a batch up to the failing call).
 * Re-read the paragraphs and work out, per paragraph, how many of its edits
 * (applied end-first) landed, so each outcome says what really happened.
 */
async function settleFailedWrite(
  state: HostState,
  context: RequestContextApi,
  edits: readonly Edit[],
  queued: readonly { id: string; paragraph: ParagraphApi; before: string; order: number[] }[],
  outcomes: WriteOutcome[],
  error: unknown,
): Promise<void> {
  const message = messageFor(error)
  let reread = false
  try {
    for (const q of queued) q.paragraph.load('text')
    await context.sync()
    reread = true
  } catch {
    reread = false
  }
  for (const q of queued) {
    let landed = -1
    if (reread) {
      const now = q.paragraph.text
      let text = q.before
      if (now === text) landed = 0
      q.order.forEach((i, k) => {
        const e = edits[i] as Edit
        text = text.slice(0, e.target.start) + e.replacement + text.slice(e.target.end)
        if (landed < 0 && now === text) landed = k + 1
      })
      if (landed >= 0) state.updateKnown(q.id, now)
    }
    q.order.forEach((i, k) => {
      if (landed < 0) outcomes[i] = failed(MESSAGES.uncertain)
      else if (k < landed) outcomes[i] = DONE
      else outcomes[i] = failed(k === landed ? message : MESSAGES.notApplied)
    })
  }
}
