/**
 * The findings that pass the filters, in document order or grouped by
 * factor. When a card disappears after an action, focus moves to the next
 * card so keyboard users keep their place.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { useRef } from 'react'
import { CATEGORY_LABELS } from '../../core/categories.js'
import { DEFAULT_FILTERS, filtersActive } from '../model/filters.js'
import { groupByFactor, type ReviewItem } from '../model/review.js'
import { useSession, useSessionState } from './context.js'
import { FindingCard } from './FindingCard.js'
import { findingsLabel } from './labels.js'

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  empty: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
})

export function FindingList({ items, total }: { readonly items: readonly ReviewItem[]; readonly total: number }) {
  const styles = useStyles()
  const session = useSession()
  const { filters } = useSessionState()
  const headingRef = useRef<HTMLHeadingElement>(null)

  /** After an item is gone, focus what took its place: the next card, the previous one, or the heading. */
  const focusAfter = (index: number) => () => {
    requestAnimationFrame(() => {
      const cards = document.querySelectorAll<HTMLElement>('[data-finding-list] article')
      const next = cards[Math.min(index, cards.length - 1)]
      if (next) next.focus()
      else headingRef.current?.focus()
    })
  }

  const renderItems = (list: readonly ReviewItem[], offset: number) => (
    <ul className={styles.list}>
      {list.map((item, index) => (
        <li key={item.key}>
          <FindingCard item={item} onGone={focusAfter(offset + index)} />
        </li>
      ))}
    </ul>
  )

  let offset = 0
  return (
    <section className={styles.section} aria-labelledby="findings-heading" data-finding-list>
      <h2 id="findings-heading" className={styles.heading} ref={headingRef} tabIndex={-1}>
        {items.length === total ? findingsLabel(total) : `${items.length} van ${findingsLabel(total)} zichtbaar`}
      </h2>
      {items.length === 0 && total > 0 && (
        <div>
          <p className={styles.empty}>Alle bevindingen zijn verborgen door uw filters.</p>
          {filtersActive(filters) && (
            <Button size="small" appearance="secondary" onClick={() => session.setFilters({ ...DEFAULT_FILTERS, view: filters.view })}>
              Toon alles
            </Button>
          )}
        </div>
      )}
      {filters.view === 'document'
        ? renderItems(items, 0)
        : groupByFactor(items).map((group) => {
            const start = offset
            offset += group.items.length
            return (
              <div key={group.category}>
                <h3 className={styles.group}>
                  {CATEGORY_LABELS[group.category]} ({group.items.length})
                </h3>
                {renderItems(group.items, start)}
              </div>
            )
          })}
    </section>
  )
}
