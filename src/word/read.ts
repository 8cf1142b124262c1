/**
 * Reading paragraphs: the whole document in pages (body with table cells,
 * headers and footers, footnotes), or a few paragraphs again by id. Each
 * page costs one sync for its text, plus one for lock state and fields when
 * the part has any; never more with more findings. Paragraphs the user cannot edit are left out; field
 * results come back as protected spans.
 */
import type { BodyApi, ParagraphApi, ParagraphCollectionApi, RequestContextApi } from './api.js'
import { isOfficeError } from './api.js'
import type { DocumentParagraph, ParagraphPart, ReadOptions } from './host.js'
import type { HostState, Span } from './state.js'

const HF_TYPES = ['Primary', 'FirstPage', 'EvenPages'] as const
/** Ids of paragraphs read without WordApi 1.6 (no uniqueLocalId): part and position. */
const LEGACY_PREFIX = 'ww:'

/** Field results located in the paragraph text, in order. */
function fieldSpans(text: string, results: readonly string[]): Span[] {
  const spans: Span[] = []
  let from = 0
  for (const result of results) {
    if (result.length === 0) continue
    const at = text.indexOf(result, from)
    if (at < 0) continue
    spans.push({ start: at, end: at + result.length })
    from = at + result.length
  }
  return spans
}

/** Which per-paragraph checks a page needs: content-control locks, field results (WordApi 1.4). */
interface Checks {
  readonly locks: boolean
  readonly fields: boolean
}

function allChecks(state: HostState): Checks {
  return { locks: true, fields: state.supports('1.4') }
}

/** Word's uniqueLocalId (1.6), else a positional key that `paragraphProxies` can follow back. */
function idFor(withIds: boolean, key: string, index: number): (p: ParagraphApi) => string {
  return withIds ? (p) => p.uniqueLocalId : () => `${LEGACY_PREFIX}${key}#${index}`
}

function selectProps(withIds: boolean): string {
  return withIds ? 'text,tableNestingLevel,uniqueLocalId' : 'text,tableNestingLevel'
}

export async function readDocument(state: HostState, options: ReadOptions): Promise<DocumentParagraph[]> {
  const withIds = state.supports('1.6')
  const out: DocumentParagraph[] = []
  const seen = new Set<string>()
  const emit = (page: DocumentParagraph[]): void => {
    const fresh = page.filter((p) => !seen.has(p.id))
    for (const p of fresh) seen.add(p.id)
    out.push(...fresh)
    if (fresh.length > 0) options.onPage?.(fresh)
  }
  await state.word.run(async (context) => {
    const doc = context.document
    const body = doc.body.paragraphs.load('items/tableNestingLevel')
    const sections = doc.sections.load('items')
    // One query each says whether the body has locked content or fields at
    // all; most documents have neither, and then no paragraph needs the checks.
    const controls = doc.body.contentControls.load('items/cannotEdit')
    const fields = state.supports('1.4') ? doc.body.fields.load('items/code') : undefined
    await context.sync()
    const bodyChecks: Checks = {
      locks: controls.items.some((c) => c.cannotEdit),
      fields: fields !== undefined && fields.items.length > 0,
    }
    let total = body.items.length
    let done = 0
    const progress = (): void => options.onProgress?.({ done, total })

    const headerFooter: { key: string; part: ParagraphPart; collection: ParagraphCollectionApi }[] = []
    sections.items.forEach((section, s) => {
      for (const type of HF_TYPES) {
        headerFooter.push({ key: `header:${s}:${type}`, part: 'header', collection: section.getHeader(type).paragraphs })
        headerFooter.push({ key: `footer:${s}:${type}`, part: 'footer', collection: section.getFooter(type).paragraphs })
      }
    })
    for (const hf of headerFooter) hf.collection.load(selectProps(withIds))
    await context.sync()
    total += headerFooter.reduce((n, hf) => n + hf.collection.items.length, 0)
    progress()

    const bodyCount = body.items.length
    for (let skip = 0; skip < bodyCount; skip += state.pageSize) {
      body.load({ select: selectProps(withIds), top: state.pageSize, skip })
      await context.sync()
      const items = body.items.map((p, i) => ({ p, id: idFor(withIds, 'body', skip + i) }))
      emit(await finishPage(state, context, items, (p) => (p.tableNestingLevel > 0 ? 'table' : 'body'), bodyChecks))
      done += items.length
      progress()
    }

    const hfItems = headerFooter.flatMap((hf) => hf.collection.items.map((p, index) => ({ p, id: idFor(withIds, hf.key, index), part: hf.part })))
    const partOf = new Map(hfItems.map((i) => [i.p, i.part] as const))
    emit(await finishPage(state, context, hfItems, (p) => partOf.get(p) ?? 'header', allChecks(state)))
    done += hfItems.length
    progress()
  })

  if (state.supports('1.5')) {
    try {
      await state.word.run(async (context) => {
        const notes = context.document.getFootnoteBody().paragraphs.load('items/tableNestingLevel')
        await context.sync()
        const noteCount = notes.items.length
        for (let skip = 0; skip < noteCount; skip += state.pageSize) {
          notes.load({ select: selectProps(withIds), top: state.pageSize, skip })
          await context.sync()
          const items = notes.items.map((p, i) => ({ p, id: idFor(withIds, 'notes', skip + i) }))
          emit(await finishPage(state, context, items, () => 'footnote', allChecks(state)))
        }
      })
    } catch {
      // Footnotes are a bonus: a document whose note body cannot be read is still checked.
    }
  }
  return out
}

/** Second batch of a page: lock state and fields, then the paragraphs the pane may check. */
async function finishPage(
  state: HostState,
  context: RequestContextApi,
  items: readonly { p: ParagraphApi; id: (p: ParagraphApi) => string }[],
  partOf: (p: ParagraphApi, id: string) => ParagraphPart,
  checks: Checks,
): Promise<DocumentParagraph[]> {
  const candidates = items.filter((i) => i.p.text.trim().length > 0)
  const details = candidates.map((i) => ({
    ...i,
    control: checks.locks ? i.p.parentContentControlOrNullObject.load('cannotEdit') : undefined,
    fields: checks.fields ? i.p.fields.load('items/result/text') : undefined,
  }))
  if (details.length > 0 && (checks.locks || checks.fields)) await context.sync()
  const page: DocumentParagraph[] = []
  for (const d of details) {
    if (d.control !== undefined && !d.control.isNullObject && d.control.cannotEdit) continue
    const text = d.p.text
    const protectedSpans = d.fields === undefined ? [] : fieldSpans(text, d.fields.items.map((f) => f.result.text))
    const id = d.id(d.p)
    const part = partOf(d.p, id)
    state.known.set(id, { text, protectedSpans })
    state.partById.set(id, part)
    page.push(protectedSpans.length > 0 ? { id, part, text, protectedSpans } : { id, part, text })
  }
  return page
}

export async function readParagraphs(state: HostState, ids: readonly string[]): Promise<DocumentParagraph[]> {
  return state.word.run(async (context) => {
    const proxies = await paragraphProxies(state, context, ids)
    const present = [...new Set(ids)].flatMap((id) => {
      const p = proxies.get(id)
      return p === undefined ? [] : [{ p, id: () => id }]
    })
    return finishPage(state, context, present, (p, id) => partOfId(state, id, p.tableNestingLevel > 0 ? 'table' : 'body'), allChecks(state))
  })
}

function partOfId(state: HostState, id: string, fallback: ParagraphPart): ParagraphPart {
  const recorded = state.partById.get(id)
  if (recorded !== undefined) return recorded
  const key = id.startsWith(LEGACY_PREFIX) ? id.slice(LEGACY_PREFIX.length) : ''
  if (key.startsWith('header:')) return 'header'
  if (key.startsWith('footer:')) return 'footer'
  if (key.startsWith('notes#')) return 'footnote'
  return fallback
}

/**
 * Proxies for paragraph ids with their text loaded (one sync; a missing
 * paragraph costs one sync per id, and only on that error path).
 */
export async function paragraphProxies(state: HostState, context: RequestContextApi, ids: readonly string[]): Promise<Map<string, ParagraphApi>> {
  const unique = [...new Set(ids)]
  const found = new Map<string, ParagraphApi>()
  const modern = unique.filter((id) => !id.startsWith(LEGACY_PREFIX))
  const legacy = unique.filter((id) => id.startsWith(LEGACY_PREFIX))
  const byPart = new Map<string, number[]>()
  for (const id of legacy) {
    const [key, index] = id.slice(LEGACY_PREFIX.length).split('#')
    if (key === undefined || index === undefined) continue
    byPart.set(key, [...(byPart.get(key) ?? []), Number(index)])
  }
  let sections: { items: { getHeader(t: (typeof HF_TYPES)[number]): BodyApi; getFooter(t: (typeof HF_TYPES)[number]): BodyApi }[] } | undefined
  if ([...byPart.keys()].some((k) => k.startsWith('header:') || k.startsWith('footer:'))) {
    sections = context.document.sections.load('items')
    await context.sync()
  }
  const pages: { key: string; min: number; collection: ParagraphCollectionApi }[] = []
  for (const [key, indexes] of byPart) {
    let body: BodyApi | undefined
    if (key === 'body') body = context.document.body
    else if (key === 'notes') body = context.document.getFootnoteBody()
    else {
      const [kind, s, type] = key.split(':')
      const section = sections?.items[Number(s)]
      const hfType = HF_TYPES.find((t) => t === type)
      if (section !== undefined && hfType !== undefined) body = kind === 'header' ? section.getHeader(hfType) : section.getFooter(hfType)
    }
    if (body === undefined) continue
    const min = Math.min(...indexes)
    const max = Math.max(...indexes)
    const collection = body.paragraphs.load({ select: 'text,tableNestingLevel', top: max - min + 1, skip: min })
    pages.push({ key, min, collection })
  }
  if (pages.length > 0) {
    await context.sync()
    for (const page of pages) {
      for (const id of legacy) {
        const [key, index] = id.slice(LEGACY_PREFIX.length).split('#')
        if (key !== page.key) continue
        const p = page.collection.items[Number(index) - page.min]
        if (p !== undefined) found.set(id, p)
      }
    }
  }
  if (modern.length === 0) return found
  const modernProxies = modern.map((id) => ({ id, p: context.document.getParagraphByUniqueLocalId(id).load('text,tableNestingLevel') }))
  try {
    await context.sync()
    for (const m of modernProxies) found.set(m.id, m.p)
  } catch (error) {
    if (!(isOfficeError(error) && error.code === 'ItemNotFound')) throw error
    // Some paragraph is gone; find out which, one by one (this error path only).
    for (const m of modern) {
      const p = context.document.getParagraphByUniqueLocalId(m).load('text,tableNestingLevel')
      try {
        await context.sync()
        found.set(m, p)
      } catch (inner) {
        if (!(isOfficeError(inner) && inner.code === 'ItemNotFound')) throw inner
      }
    }
  }
  return found
}
