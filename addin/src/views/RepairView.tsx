import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { FixId } from "@contracts/diagnosis.js";
import type { ProviderSummary } from "@contracts/providers.js";
import type { FolderNames } from "@contracts/wellKnownFolders.js";
import type { Progress } from "../repair/progress.js";
import {
  PHASES,
  REPAIR_TARGETS,
  planRepair,
  type PlannedStep,
  type RepairTarget,
} from "../repair/steps.js";
import { RepairStepCard } from "./RepairStepCard.js";
import { FaqList } from "./FaqList.js";

const OUTLOOK_COM_WEBMAIL = "https://outlook.live.com";

const useStyles = makeStyles({
  view: { display: "grid", gap: tokens.spacingVerticalM },
  phase: { display: "grid", gap: tokens.spacingVerticalS },
});

interface RepairViewProps {
  target: RepairTarget;
  progress: Progress;
  onProgressChange(progress: Progress): void;
  recommendedFixes: readonly FixId[];
  /** A diagnosis fix the user asked to see; its first step is scrolled into view. */
  focusFix: string | null;
  /** Who provides the address, from the diagnosis; null before one ran (Outlook.com assumed). */
  provider: ProviderSummary | null;
  /** The mailbox's names of its well-known folders, for the steps that name them. */
  folderNames: FolderNames;
}

/** The guided repair: steps for the chosen Outlook by phase, with saved "done" ticks, then the FAQ. */
export function RepairView({
  target,
  progress,
  onProgressChange,
  recommendedFixes,
  focusFix,
  provider,
  folderNames,
}: RepairViewProps) {
  const { t } = useTranslation("repair");
  const styles = useStyles();
  const [showOthers, setShowOthers] = useState(false);
  const popUser = progress.answers.usedPop3 !== false || progress.answers.hasPstFiles === true;
  const microsoftAccount = !provider || provider.kind.startsWith("microsoft");
  const plan = useMemo(
    () => planRepair(target, { recommendedFixes, popUser, microsoftAccount }),
    [target, recommendedFixes, popUser, microsoftAccount]
  );
  // The web check goes to the user's own provider: Outlook.com's only for Microsoft addresses.
  const webmail =
    provider?.webmail ?? (microsoftAccount ? OUTLOOK_COM_WEBMAIL : t("providerWebsite"));
  const applicable = plan.filter((planned) => planned.applies);
  const others = plan.filter((planned) => !planned.applies);
  const doneCount = applicable.filter((planned) => progress.done.includes(planned.step.id)).length;
  const targetName = t(`targets.${target}`);

  // The step the user is at: the one a finding sent them to, else the first not done. It is
  // unfolded; the others are folded until opened (22 steps would not fit a 380 px pane otherwise).
  const focusStepId = focusFix
    ? applicable.find((planned) => planned.step.fixes?.includes(focusFix as FixId))?.step.id
    : undefined;
  const currentStepId =
    focusStepId ?? applicable.find((planned) => !progress.done.includes(planned.step.id))?.step.id;
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const isExpanded = (id: string) => !closed.has(id) && (opened.has(id) || id === currentStepId);
  const setExpanded = (id: string, expanded: boolean) => {
    const without = (set: ReadonlySet<string>) => new Set([...set].filter((other) => other !== id));
    setOpened(expanded ? new Set([...opened, id]) : without(opened));
    setClosed(expanded ? without(closed) : new Set([...closed, id]));
  };

  // "Show me how" moves the focus to the step, so keyboard and screen-reader users land there too.
  const focused = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (!focusStepId) return;
    focused.current?.scrollIntoView({ block: "start" });
    focused.current?.focus({ preventScroll: true });
  }, [focusStepId]);

  const toggle = (id: string, done: boolean) =>
    onProgressChange({
      ...progress,
      done: done
        ? [...new Set([...progress.done, id])]
        : progress.done.filter((other) => other !== id),
    });

  // Phases are numbered as shown: a user of another provider sees fewer of them, with no gaps.
  const renderPhases = (steps: PlannedStep[], applies: boolean) =>
    PHASES.filter((phase) => steps.some((planned) => planned.step.phase === phase)).map(
      (phase, index) => (
        <section key={phase} className={styles.phase} aria-label={t(`phases.${phase}`)}>
          <Subtitle2 as="h3">
            {t("phaseHeading", { number: index + 1, phase: t(`phases.${phase}`) })}
          </Subtitle2>
          {steps
            .filter((planned) => planned.step.phase === phase)
            .map((planned) => (
              <RepairStepCard
                key={planned.step.id}
                ref={planned.step.id === focusStepId ? focused : undefined}
                planned={planned}
                done={progress.done.includes(planned.step.id)}
                onDoneChange={(done) => toggle(planned.step.id, done)}
                expanded={isExpanded(planned.step.id)}
                onExpandedChange={(expanded) => setExpanded(planned.step.id, expanded)}
                notApplicableTo={applies ? null : targetName}
                words={{
                  webmail,
                  deletedItems: folderNames.deleteditems,
                  junkEmail: folderNames.junkemail,
                }}
                highlighted={planned.step.id === focusStepId}
              />
            ))}
        </section>
      )
    );

  return (
    <div className={styles.view} data-testid="repair-view">
      <Card>
        <Subtitle2 as="h2">{t("heading")}</Subtitle2>
        <Field label={t("target")}>
          <RadioGroup
            value={target}
            onChange={(_, data) =>
              onProgressChange({ ...progress, target: data.value as RepairTarget })
            }
          >
            {REPAIR_TARGETS.map((option) => (
              <Radio key={option} value={option} label={t(`targets.${option}`)} />
            ))}
          </RadioGroup>
        </Field>
        <ProgressBar
          value={applicable.length === 0 ? 0 : doneCount / applicable.length}
          thickness="large"
          aria-label={t("progress", { count: doneCount, total: applicable.length })}
        />
        <Body1 data-testid="repair-progress">
          {t("progress", { count: doneCount, total: applicable.length })}
        </Body1>
        <Caption1>{t("saved")}</Caption1>
        {!microsoftAccount && provider && (
          <Body1 data-testid="repair-other-provider">
            {t("otherProvider", { provider: provider.name })}
          </Body1>
        )}
      </Card>
      {renderPhases(applicable, true)}
      {others.length > 0 && (
        <div>
          <Button
            appearance="subtle"
            onClick={() => setShowOthers(!showOthers)}
            data-testid="repair-toggle-others"
          >
            {showOthers
              ? t("hideOthers")
              : t("showOthers", { count: others.length, target: targetName })}
          </Button>
        </div>
      )}
      {showOthers && renderPhases(others, false)}
      <FaqList />
    </div>
  );
}
