/**
 * Manifest string resource ids the critique popup shows (WordApi 1.8
 * `CritiquePopupOptions` takes resource ids, not text). The manifest and its
 * check import the same constants, so a rename cannot drift apart.
 */
export const CRITIQUE_BRANDING_ID = 'WW.Critique.Branding'
export const CRITIQUE_TITLE_ID = 'WW.Critique.Title'
export const CRITIQUE_SUBTITLE_ID = 'WW.Critique.Subtitle'

export const CRITIQUE_RESOURCE_IDS = [CRITIQUE_BRANDING_ID, CRITIQUE_TITLE_ID, CRITIQUE_SUBTITLE_ID] as const
