// One mailbox reading for the whole taskpane: the Diagnose section shows it, the Migrate section
// takes the free space from it. Kept above the sections so that switching tabs does not read the
// mailbox through Graph again, and so both use the plan (mailbox size) the user chose.
import { useCallback, useEffect, useRef, useState } from "react";
import type { Locale } from "../../../contracts/diagnosis.js";
import type { MailboxDiagnosis } from "../../../contracts/mailbox.js";
import { postMailboxDiagnose } from "../api/client.js";
import { serviceToken } from "../auth/serviceToken.js";
import { SignInError } from "../office/officeAuth.js";

export type MailboxState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; result: MailboxDiagnosis }
  | { kind: "failed"; message: string; signInCode: string | null };

export interface MailboxDiagnosisHandle {
  /** The user's plan, in GB (15 free Outlook.com, 50/100 with Microsoft 365). */
  plan: number;
  setPlan(plan: number): void;
  state: MailboxState;
  /** false when there is no way to sign in here (live mode outside Outlook). */
  canRun: boolean;
  run(): void;
}

export function useMailboxDiagnosis(serviceMode: "demo" | "live" | null, inOutlook: boolean, language: string): MailboxDiagnosisHandle {
  const [plan, setPlan] = useState(15);
  const [state, setState] = useState<MailboxState>({ kind: "idle" });
  const canRun = serviceMode === "demo" || (serviceMode === "live" && inOutlook);
  const request = useRef(0);

  const run = useCallback(() => {
    if (!serviceMode || !canRun) return;
    const id = ++request.current;
    setState({ kind: "loading" });
    serviceToken(serviceMode)
      .then((token) => postMailboxDiagnose({ locale: language as Locale, quotaGb: plan }, token))
      .then(
        (result) => id === request.current && setState({ kind: "done", result }),
        (error: Error) => id === request.current && setState({ kind: "failed", message: error.message, signInCode: error instanceof SignInError ? error.code : null }),
      );
  }, [serviceMode, canRun, language, plan]);

  // Demo mode reads on its own; after a first reading, a new plan or language reads again.
  const hasRun = state.kind !== "idle";
  useEffect(() => {
    if (serviceMode === "demo" || hasRun) run();
  }, [run]);

  return { plan, setPlan, state, canRun, run };
}
