import type { Check } from "../check.js";

/** Outlook builds without Mailbox 1.5 are old enough to miss modern sign-in fixes (and pinning). */
export const hostTooOld: Check = ({ snapshot, host }) => {
  if (host === "standalone") return [];
  const supported = snapshot.requirementSets
    .filter((set) => set.supported)
    .map((set) => Number(set.version.split(".")[1]));
  const highest = supported.length > 0 ? Math.max(...supported) : 0;
  return highest < 5
    ? [
        {
          id: "hostTooOld",
          severity: "warning",
          fixId: "update-office",
          params: { version: `1.${highest}` },
        },
      ]
    : [];
};
