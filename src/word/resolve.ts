/**
 * Finding a target again in the document and proving it still holds the
 * checked text: by the critique annotation placed on it, else by searching
 * the paragraph and taking the n-th hit (with prefix + suffix + `expandTo`
 * for spans past search's length limit). At most four syncs, whatever the
 * number of targets.
 */
import type { AnnotationApi, ParagraphApi, RangeApi, RangeCollectionApi, RequestContextApi } from './api.js'
import type { TextTarget, WriteOutcome } from './host.js'
import { occurrences, planLocate, type LocatePlan, type SearchStep } from './locate.js'
import { MESSAGES } from './messages.js'
import { paragraphProxies } from './read.js'
import { failed, overlaps, STALE, targetKey, type HostState } from './state.js'

/** Word must see exactly the hits we counted, or the occurrence index means nothing. */
function sameCount(hits: RangeCollectionApi, paragraphText: string, step: SearchStep): boolean {
  return hits.items.length === occurrences(paragraphText, step.text).length
}

export type Located =
  | { readonly ok: true; readonly range: RangeApi; readonly paragraph: ParagraphApi }
  | { readonly ok: false; readonly outcome: WriteOutcome }

/**
 * Find each target's range and prove it still holds the expected text.
 * Syncs: paragraph texts, searches (and annotation ranges), long-span
 * joins: at most four, whatever the number of targets.
 */
export async function locate(state: HostState, context: RequestContextApi, targets: readonly TextTarget[]): Promise<Located[]> {
  const proxies = await paragraphProxies(
    state,
    context,
    targets.map((t) => t.paragraphId),
  )
  interface Pending {
    paragraph: ParagraphApi
    current: string
    plan: LocatePlan
    annotation?: RangeApi
    hits?: RangeCollectionApi
    prefix?: RangeCollectionApi
    suffix?: RangeCollectionApi
    joined?: RangeApi
  }
  const results: (Located | Pending)[] = targets.map((t) => {
    const paragraph = proxies.get(t.paragraphId)
    if (paragraph === undefined) return { ok: false, outcome: STALE }
    const current = paragraph.text
    if (current.slice(t.start, t.end) !== t.expected || t.expected.length === 0) return { ok: false, outcome: STALE }
    const known = state.known.get(t.paragraphId)
    // Offsets stay meaningful only while nothing before the target changed.
    if (known !== undefined && current.slice(0, t.start) !== known.text.slice(0, t.start)) return { ok: false, outcome: STALE }
    if (known?.protectedSpans.some((s) => overlaps(s, t))) return { ok: false, outcome: failed(MESSAGES.inField) }
    const plan = planLocate(current, t.start, t.end)
    if (plan.kind === 'impossible') return { ok: false, outcome: failed(MESSAGES.notFindable) }
    return { paragraph, current, plan }
  })
  const pending = (): Pending[] => results.filter((r): r is Pending => !('ok' in r))

  const queueSearches = (useAnnotations: boolean): void => {
    // One search per paragraph and search string, however many targets share it.
    const searches = new Map<string, RangeCollectionApi>()
    const search = (paragraphId: string, paragraph: ParagraphApi, text: string): RangeCollectionApi => {
      const key = `${paragraphId}\u0000${text}`
      let found = searches.get(key)
      if (found === undefined) {
        found = paragraph.search(text, { matchCase: true }).load('items/text')
        searches.set(key, found)
      }
      return found
    }
    targets.forEach((t, i) => {
      const r = results[i]
      if (r === undefined || 'ok' in r) return
      delete r.annotation
      const annotationId = state.annotationIds.get(targetKey(t))
      if (useAnnotations && annotationId !== undefined) {
        const annotation: AnnotationApi = context.document.getAnnotationById(annotationId)
        r.annotation = annotation.critiqueAnnotation.range.load('text')
      }
      if (r.plan.kind === 'whole') r.hits = search(t.paragraphId, r.paragraph, r.plan.step.search)
      else if (r.plan.kind === 'span') {
        r.prefix = search(t.paragraphId, r.paragraph, r.plan.prefix.search)
        r.suffix = search(t.paragraphId, r.paragraph, r.plan.suffix.search)
      }
    })
  }
  if (pending().length > 0) {
    const useAnnotations = state.annotationIds.size > 0 && !state.annotationsBroken
    queueSearches(useAnnotations)
    try {
      await context.sync()
    } catch (error) {
      // A removed or unavailable annotation fails the whole batch: search only.
      if (!useAnnotations) throw error
      queueSearches(false)
      await context.sync()
    }
  }

  let joins = false
  targets.forEach((t, i) => {
    const r = results[i]
    if (r === undefined || 'ok' in r) return
    if (r.annotation !== undefined && r.annotation.text === t.expected) {
      results[i] = { ok: true, range: r.annotation, paragraph: r.paragraph }
      return
    }
    if (r.plan.kind === 'whole' && r.hits !== undefined) {
      const hit = r.hits.items[r.plan.step.occurrence]
      if (!sameCount(r.hits, r.current, r.plan.step) || hit === undefined || hit.text !== t.expected) {
        results[i] = { ok: false, outcome: failed(MESSAGES.notFindable) }
      } else results[i] = { ok: true, range: hit, paragraph: r.paragraph }
      return
    }
    if (r.plan.kind === 'span' && r.prefix !== undefined && r.suffix !== undefined) {
      const head = r.prefix.items[r.plan.prefix.occurrence]
      const tail = r.suffix.items[r.plan.suffix.occurrence]
      if (!sameCount(r.prefix, r.current, r.plan.prefix) || !sameCount(r.suffix, r.current, r.plan.suffix) || head === undefined || tail === undefined) {
        results[i] = { ok: false, outcome: failed(MESSAGES.notFindable) }
        return
      }
      r.joined = head.expandTo(tail).load('text')
      joins = true
    }
  })
  if (joins) await context.sync()
  return results.map((r, i) => {
    if ('ok' in r) return r
    const t = targets[i] as TextTarget
    if (r.joined !== undefined && r.joined.text === t.expected) return { ok: true, range: r.joined, paragraph: r.paragraph }
    return { ok: false, outcome: failed(MESSAGES.notFindable) }
  })
}
