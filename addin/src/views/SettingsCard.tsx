import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import {
  Body1,
  Button,
  Card,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ProviderLookup, ProtocolInfo } from "@contracts/providers.js";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  // At 380 px the cells wrap: labels between words, values after a dot or @ (see breakable), so
  // that a server name is never cut as "smtp-mail.outlook.co" / "m" for someone copying it by eye.
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "break-word",
  },
});

/** A host name or address with a line-break opportunity after each dot and @. */
const breakable = (value: string) =>
  value.split(/(?<=[.@])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));

/** The exact values to type in another app for one account, with copy buttons and what to watch out for. */
export function SettingsCard({ lookup }: { lookup: ProviderLookup }) {
  const { t, i18n } = useTranslation(["settings", "unify"]);
  const styles = useStyles();
  const french = i18n.language.startsWith("fr");
  const usable = lookup.protocols.filter(
    (entry): entry is ProtocolInfo & { host: string } =>
      (entry.protocol === "imap" || entry.protocol === "smtp") &&
      entry.status !== "blocked" &&
      entry.host !== null
  );
  const user = (entry: ProtocolInfo) =>
    entry.username === "local-part" ? lookup.email.split("@")[0]! : lookup.email;
  const auth = (entry: ProtocolInfo) =>
    entry.auth.includes("oauth2")
      ? "OAuth2"
      : entry.auth.includes("app-password")
        ? t("appPassword")
        : t("password");
  const copy = (value: string) => void navigator.clipboard?.writeText(value);
  const notes = lookup.protocols.flatMap((entry) =>
    entry.note && (entry.protocol === "imap" || entry.protocol === "smtp")
      ? [french ? entry.note.fr : entry.note.en]
      : []
  );
  return (
    <Card data-testid={`settings-${lookup.email}`}>
      <Subtitle2 as="h3">{`${lookup.email} — ${lookup.provider.name}`}</Subtitle2>
      {lookup.evidence.by === "mx" && (
        <Body1 data-testid="settings-from-dns">
          {t(lookup.evidence.unverified ? "fromDnsUnverified" : "fromDns", {
            domain: lookup.domain,
            mx: lookup.evidence.exchange,
            provider: lookup.provider.name,
          })}
        </Body1>
      )}
      {usable.length === 0 ? (
        <Body1>{t("unknown")}</Body1>
      ) : (
        <table className={styles.table}>
          <tbody>
            {usable.map((entry) =>
              [
                [
                  t(entry.protocol === "imap" ? "incoming" : "outgoing"),
                  entry.protocol.toUpperCase(),
                ],
                [t("server"), entry.host],
                [t("port"), String(entry.port)],
                [t("security"), entry.security === "ssl" ? "SSL/TLS" : "STARTTLS"],
                [t("auth"), auth(entry)],
                [t("user"), user(entry)],
              ].map(([label, value]) => (
                <tr key={`${entry.protocol}-${label}`}>
                  <th className={styles.cell} scope="row">
                    {label}
                  </th>
                  <td className={styles.cell}>{breakable(value!)}</td>
                  <td className={styles.cell}>
                    <Button
                      size="small"
                      appearance="subtle"
                      onClick={() => copy(value!)}
                      aria-label={`${t("unify:copy")} ${label}`}
                    >
                      {t("unify:copy")}
                    </Button>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
      {[
        ...notes,
        ...(lookup.provider.kind === "microsoft-consumer" ? [t("noAppPasswords")] : []),
      ].map((note) => (
        <MessageBar key={note} intent="warning" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      <Body1>{t("clients")}</Body1>
    </Card>
  );
}
