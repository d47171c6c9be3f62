// Host names compared the way DNS compares them: without regard to case (RFC 4343), and with or
// without the root's trailing dot ("mx1.mail.ovh.net." is "mx1.mail.ovh.net").

/** "MX1.Mail.OVH.net." → "mx1.mail.ovh.net"; "." (the root: no host) → "". */
export const dnsName = (name: string): string => name.toLowerCase().replace(/\.$/, "");
