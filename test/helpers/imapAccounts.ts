// The Outlook.com users of the IMAP sign-in tests, one per result a person can get: IMAP works,
// IMAP is switched off (Outlook.com's "authenticated but not connected"), the sign-in is refused.
import { CONSUMERS_TENANT, type SimulatedUser } from "../simulators/identity/identitySimulator.js";
import { MARIE } from "./liveStack.js";

/** IMAP allowed: Marie, the live stack's usual user. */
export const IMAP_ON = MARIE;

export const IMAP_OFF: SimulatedUser = {
  oid: "00000000-0000-0000-0001-000000000002",
  tid: CONSUMERS_TENANT,
  upn: "luc.martin@outlook.fr",
  name: "Luc Martin",
};

export const IMAP_REFUSED: SimulatedUser = {
  oid: "00000000-0000-0000-0001-000000000003",
  tid: CONSUMERS_TENANT,
  upn: "paul.durand@live.fr",
  name: "Paul Durand",
};
