import { useTranslation } from "react-i18next";
import { Caption1, Title3, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { LOCALES, type Locale } from "@contracts/locales.js";

const LANGUAGE_NAMES: Record<string, string> = { en: "English", fr: "Français" };

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "grid" },
  languages: { display: "flex", gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
});

/** Title, tagline and a two-button language switch (lighter than a dropdown, one click to change). */
export function Header({
  language,
  onLanguageChange,
}: {
  language: Locale;
  onLanguageChange(language: Locale): void;
}) {
  const { t } = useTranslation("common");
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.titles}>
        <Title3 as="h1">{t("app.title")}</Title3>
        <Caption1>{t("app.tagline")}</Caption1>
      </div>
      <div role="group" aria-label={t("app.language")} className={styles.languages}>
        {LOCALES.map((code) => (
          <ToggleButton
            key={code}
            size="small"
            appearance="subtle"
            checked={language === code}
            aria-label={LANGUAGE_NAMES[code]}
            lang={code}
            onClick={() => onLanguageChange(code)}
          >
            {code.toUpperCase()}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
