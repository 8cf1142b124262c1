/// <reference types="office-js" />
/**
 * Compile-time proof that the real office.js types fit the subset the adapter
 * codes against (src/word/api.ts): if a name or signature there drifts from
 * @types/office-js, `tsc` fails on this file.
 */
import { expect, it } from 'vitest'
import type {
  AnnotationApi,
  BodyApi,
  ContentControlApi,
  DocumentApi,
  ParagraphApi,
  RangeApi,
  RequestContextApi,
  SectionApi,
} from '../../src/word/api.js'

type Fits<Real, Subset> = Real extends Subset ? true : false

const checks: [
  Fits<Word.Range, RangeApi>,
  Fits<Word.Paragraph, ParagraphApi>,
  Fits<Word.Body, BodyApi>,
  Fits<Word.Section, SectionApi>,
  Fits<Word.ContentControl, ContentControlApi>,
  Fits<Word.Annotation, AnnotationApi>,
  Fits<Word.Document, DocumentApi>,
  Fits<Word.RequestContext, RequestContextApi>,
] = [true, true, true, true, true, true, true, true]

it('the office.js types fit the adapter API subset', () => {
  expect(checks.every(Boolean)).toBe(true)
})
