/** The taskpane's sections, in navigation order. Each has a `nav.<id>` label in every locale. */
export const SECTIONS = ["diagnose", "repair", "unify", "migrate", "account"] as const;
export type Section = (typeof SECTIONS)[number];
