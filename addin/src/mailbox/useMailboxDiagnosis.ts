// One mailbox reading for the whole taskpane: the Diagnose section shows it, the Migrate section
// takes the free space from it. Kept above the sections so that switching tabs does not read the
// mailbox through Graph again, and so both use the plan (mailbox size) the user chose.
import { useCallback, useEffect, useRef, useState } from "react";
import { pickLocale } from "@contracts/locales.js";
import type { MailboxDiagnosis } from "@contracts/mailbox.js";
import { postMailboxDiagnose } from "../api/client.js";
import { withServiceToken } from "../auth/serviceToken.js";

export type MailboxState =
  | { kind: "idle" }
  | { kind: "loading" }
  | { kind: "done"; result: MailboxDiagnosis }
  | { kind: "failed"; error: unknown };

export interface MailboxDiagnosisHandle {
  /** The user's plan, in GB (15 free Outlook.com, 50/100 with Microsoft 365). */
  plan: number;
  setPlan(plan: number): void;
  state: MailboxState;
  /** false until the service's mode is known. */
  canRun: boolean;
  run(): void;
}

export function useMailboxDiagnosis(
  serviceMode: "demo" | "live" | null,
  language: string
): MailboxDiagnosisHandle {
  const [plan, setPlan] = useState(15);
  const [state, setState] = useState<MailboxState>({ kind: "idle" });
  const canRun = serviceMode !== null;
  const request = useRef(0);
  /** Whether the user (or demo mode) has asked for a reading: later plan or language changes read again. */
  const started = useRef(false);

  const run = useCallback(() => {
    if (!serviceMode) return;
    started.current = true;
    const id = ++request.current;
    setState({ kind: "loading" });
    withServiceToken(serviceMode, "read", (token) =>
      postMailboxDiagnose({ locale: pickLocale(language), quotaGb: plan }, token)
    ).then(
      (result) => id === request.current && setState({ kind: "done", result }),
      (error: unknown) => id === request.current && setState({ kind: "failed", error })
    );
  }, [serviceMode, language, plan]);

  // Demo mode reads on its own; live mode waits for the user's click, because signing in may open a
  // window that browsers allow only after a click. After a first reading, a new plan or language reads again.
  useEffect(() => {
    if (serviceMode === "demo" || started.current) run();
  }, [run, serviceMode]);

  return { plan, setPlan, state, canRun, run };
}
