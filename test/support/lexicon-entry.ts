/** One valid lexicon entry, the starting point of the loading and fault tests. */
export const ENTRY = `- id: lerares
  category: gender
  severity: reconsider
  message: "'Lerares' benadrukt het geslacht."
  explanation: Gebruik een woord dat voor iedereen geldt.
  alternatives: [leraar, leerkracht]
  sources: [RVO Schrijfwijzer]
  terms: [lerares]
  examples:
    flag: ["De [lerares] belt u."]
`
