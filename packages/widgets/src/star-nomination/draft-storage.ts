// The page's localStorage, or `null` where it is missing or disabled: shared by the draft controller (a quick
// look for a stored draft, with no code loaded) and the draft store.

export function draftStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled: reading the property throws
  }
}
