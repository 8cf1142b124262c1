import { z } from 'zod'
import { CATEGORY_IDS, SEVERITIES } from '../categories.js'

/**
 * The lexicon entry schema. `lexicon/README.md` documents the same fields for
 * maintainers; keep both in step. Field names are English (they are read by
 * tools too), all values a writer sees are Dutch.
 */

// zod probes for eval support with `new Function`, which the task pane's
// Content-Security-Policy forbids (and reports). The schema is small: the
// interpreted path is fast enough.
z.config({ jitless: true })

const text = z.string().trim().min(1)
const textList = z.array(text)

/** A word pattern in a context rule: a word, a phrase, or `*` at either end. */
const patternList = z.array(text).min(1)

export const conditionSchema = z
  .strictObject({
    next: patternList.optional(),
    previous: patternList.optional(),
    sentence: patternList.optional(),
    paragraph: patternList.optional(),
  })
  .refine((value) => Object.keys(value).length > 0, {
    message: 'een voorwaarde noemt minstens één van: next, previous, sentence, paragraph',
  })

export const alternativeSchema = z.union([
  text,
  z.strictObject({ text, plural: text.optional(), adjective: text.optional() }),
])

export const entrySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      message: 'een id bestaat uit kleine letters, cijfers en streepjes, bijvoorbeeld "allochtoon"',
    }),
    category: z.enum(CATEGORY_IDS),
    severity: z.enum(SEVERITIES),
    message: text.max(140).refine((value) => !value.includes('\n'), 'de melding past op één regel'),
    explanation: text.max(600),
    alternatives: z.array(alternativeSchema).default([]),
    no_alternatives: text.optional(),
    sources: textList.min(1),
    terms: textList.min(1),
    forms: textList.optional(),
    inflect: z.boolean().default(true),
    compounds: z.enum(['start', 'end', 'both']).optional(),
    proper: z.boolean().default(false),
    override: z.boolean().default(false),
    context: z
      .strictObject({
        unless: z.array(conditionSchema).min(1).optional(),
        only_if: z.array(conditionSchema).min(1).optional(),
      })
      .optional(),
    examples: z.strictObject({
      flag: textList.min(1),
      ok: textList.optional(),
    }),
  })
  .superRefine((entry, ctx) => {
    if (entry.alternatives.length === 0 && !entry.no_alternatives) {
      ctx.addIssue({
        code: 'custom',
        path: ['alternatives'],
        message: 'geef minstens één alternatief, of leg in "no_alternatives" uit waarom er geen is',
      })
    }
    if (entry.context && !entry.examples.ok?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['examples'],
        message: 'een term met contextregels heeft ook voorbeelden onder "ok" nodig die níet gemarkeerd mogen worden',
      })
    }
  })

/** One lexicon entry as a maintainer wrote it (after defaults). */
export type LexiconEntry = z.output<typeof entrySchema>
export type Condition = z.output<typeof conditionSchema>
export type Alternative = z.output<typeof alternativeSchema>

/** The fields an entry may have, for "did you mean" suggestions. */
export const ENTRY_FIELDS = Object.keys(entrySchema.shape ?? {})
