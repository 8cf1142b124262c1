/**
 * Temporary inline marks, never document formatting: critique annotations
 * (WordApi 1.7, popup 1.8) where they work, else `Range.highlight()` (1.8),
 * else none (the task pane list remains). Annotations can fail at run time on
 * perpetual licences although the requirement set reports them, so the first
 * failure switches them off for the session.
 */
import { isOfficeError, type ParagraphApi } from './api.js'
import type { TextTarget } from './host.js'
import { paragraphProxies } from './read.js'
import { locate } from './resolve.js'
import { CRITIQUE_BRANDING_ID, CRITIQUE_SUBTITLE_ID, CRITIQUE_TITLE_ID } from './resources.js'
import { targetKey, type HostState } from './state.js'

export interface MarkRequest {
  readonly target: TextTarget
  readonly suggestions: readonly string[]
}

/** Error codes that mean "annotations are not available here", not "this call was wrong". */
const UNAVAILABLE = ['GeneralException', 'NotImplemented', 'ApiNotFound', 'AccessDenied']

/**
 * `isSetSupported('WordApi','1.7')` is true even where the annotation
 * service is unavailable (perpetual licences): try an empty insertion once.
 * Only errors that mean "not available" count; anything else is left for
 * the first real `mark()` to decide.
 */
export async function trialAnnotations(state: HostState): Promise<void> {
  try {
    await state.word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load({ select: 'text', top: 1 })
      await context.sync()
      const first = paragraphs.items[0]
      if (first === undefined) return
      first.insertAnnotations({ critiques: [] })
      await context.sync()
    })
  } catch (error) {
    if (isOfficeError(error) && UNAVAILABLE.includes(error.code)) {
      state.annotationsBroken = true
    }
  }
}

export async function markTargets(state: HostState, targets: readonly MarkRequest[]): Promise<void> {
  if (!state.inlineMarks || targets.length === 0) return
  // Footnote text starts with a reference mark that annotation offsets may
  // not count (office-js#4997), so those get a temporary highlight instead.
  const inNotes = (t: { readonly target: TextTarget }): boolean => state.partById.get(t.target.paragraphId) === 'footnote'
  let rest = targets
  if (state.supports('1.7') && !state.annotationsBroken) {
    const ok = await markWithAnnotations(state, targets.filter((t) => !inNotes(t)))
    if (ok) rest = targets.filter(inNotes)
  }
  if (rest.length > 0 && state.supports('1.8')) await markWithHighlights(state, rest.map((t) => t.target))
}

async function markWithAnnotations(state: HostState, targets: readonly MarkRequest[]): Promise<boolean> {
  if (targets.length === 0) return true
  const withPopup = state.supports('1.8')
  try {
    await state.word.run(async (context) => {
      const fresh = targets.filter((t) => !state.annotationIds.has(targetKey(t.target)))
      const proxies = await paragraphProxies(
        state,
        context,
        fresh.map((t) => t.target.paragraphId),
      )
      const byParagraph = new Map<string, { target: TextTarget; suggestions: readonly string[] }[]>()
      for (const t of fresh) {
        const p = proxies.get(t.target.paragraphId)
        const known = state.known.get(t.target.paragraphId)
        // Only mark what is provably still there: same text up to and including the target.
        if (p === undefined || p.text.slice(t.target.start, t.target.end) !== t.target.expected) continue
        if (known !== undefined && p.text.slice(0, t.target.start) !== known.text.slice(0, t.target.start)) continue
        byParagraph.set(t.target.paragraphId, [...(byParagraph.get(t.target.paragraphId) ?? []), t])
      }
      const inserted: { targets: TextTarget[]; ids: { readonly value: string[] } }[] = []
      for (const [id, list] of byParagraph) {
        const paragraph = proxies.get(id) as ParagraphApi
        const critiques = list.map((t) => ({
          start: t.target.start,
          length: t.target.end - t.target.start,
          colorScheme: 'Lavender' as const,
          ...(withPopup
            ? {
                popupOptions: {
                  brandingTextResourceId: CRITIQUE_BRANDING_ID,
                  titleResourceId: CRITIQUE_TITLE_ID,
                  subtitleResourceId: CRITIQUE_SUBTITLE_ID,
                  suggestions: [...t.suggestions],
                },
              }
            : {}),
        }))
        inserted.push({ targets: list.map((t) => t.target), ids: paragraph.insertAnnotations({ critiques }) })
      }
      if (inserted.length === 0) return
      await context.sync()
      for (const batch of inserted) {
        batch.ids.value.forEach((annotationId, k) => {
          const t = batch.targets[k]
          if (t !== undefined) state.annotationIds.set(targetKey(t), annotationId)
        })
      }
    })
    return true
  } catch (error) {
    if (isOfficeError(error) && UNAVAILABLE.includes(error.code)) {
      state.annotationsBroken = true
    }
    return false
  }
}

async function markWithHighlights(state: HostState, targets: readonly TextTarget[]): Promise<void> {
  try {
    await state.word.run(async (context) => {
      const located = await locate(state, context, targets)
      located.forEach((l, i) => {
        if (!l.ok) return
        l.range.highlight()
        state.highlighted.add((targets[i] as TextTarget).paragraphId)
      })
      await context.sync()
    })
  } catch {
    // Marks are a convenience; the task pane list still shows every finding.
  }
}

export async function clearMarks(state: HostState): Promise<void> {
  const annotationIds = [...new Set([...state.annotationIds.values(), ...state.retiredAnnotationIds])]
  state.retiredAnnotationIds.clear()
  const paragraphs = [...state.highlighted]
  state.annotationIds.clear()
  state.highlighted.clear()
  if (annotationIds.length > 0) {
    await state.word
      .run(async (context) => {
        for (const id of annotationIds) context.document.getAnnotationById(id).delete()
        try {
          await context.sync()
        } catch {
          // One was already gone (accepted or removed by the user): delete the rest one by one.
          for (const id of annotationIds) {
            context.document.getAnnotationById(id).delete()
            await context.sync().catch(() => undefined)
          }
        }
      })
      .catch(() => undefined)
  }
  if (paragraphs.length > 0) {
    await state.word
      .run(async (context) => {
        const proxies = await paragraphProxies(state, context, paragraphs)
        for (const p of proxies.values()) p.getRange('Whole').removeHighlight()
        await context.sync()
      })
      .catch(() => undefined)
  }
}
