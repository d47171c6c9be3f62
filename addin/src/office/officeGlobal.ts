// The Office.js global, typed by Microsoft's own definitions (@types/office-js), or undefined when
// the page runs without it (a plain browser, or Office.js not loaded yet).
export const officeGlobal = (): typeof Office | undefined =>
  typeof Office === "undefined" ? undefined : Office;

/** What Office.onReady resolves with: a null host means the page is not inside an Office host. */
export type OnReadyInfo = { host: Office.HostType | null; platform: Office.PlatformType | null };
