/** A user the identity simulator signs in: object id, tenant id, sign-in name and display name. */
export interface SimulatedUser {
  oid: string;
  tid: string;
  upn: string;
  name: string;
}
