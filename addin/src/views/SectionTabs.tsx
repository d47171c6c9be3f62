import { useTranslation } from "react-i18next";
import {
  Button,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Overflow,
  OverflowItem,
  Tab,
  TabList,
  makeStyles,
  useIsOverflowItemVisible,
  useOverflowMenu,
} from "@fluentui/react-components";
import { SECTIONS, type Section } from "./sections.js";

const useStyles = makeStyles({
  // One row: tabs that do not fit the pane go into the "More" menu (Fluent's overflow pattern).
  row: { display: "flex", alignItems: "center", minWidth: 0 },
  tabs: { flexWrap: "nowrap", minWidth: 0, overflow: "hidden" },
  more: { alignSelf: "center", minWidth: "auto", flexShrink: 0 },
});

interface SectionTabsProps {
  section: Section;
  onSelect(section: Section): void;
}

/** The taskpane's navigation, on one row whatever the language and the pane's width. */
export function SectionTabs({ section, onSelect }: SectionTabsProps) {
  const { t } = useTranslation("common");
  const styles = useStyles();
  // A navigation landmark; the "More" button sits beside the tab list, which may hold only tabs.
  return (
    <Overflow minimumVisible={2}>
      <nav className={styles.row} aria-label={t("nav.label")}>
        <TabList
          aria-label={t("nav.label")}
          selectedValue={section}
          onTabSelect={(_, data) => onSelect(data.value as Section)}
          size="small"
          className={styles.tabs}
        >
          {SECTIONS.map((id) => (
            // The open section keeps its tab in view.
            <OverflowItem key={id} id={id} priority={id === section ? 2 : 1}>
              <Tab value={id}>{t(`nav.${id}`)}</Tab>
            </OverflowItem>
          ))}
        </TabList>
        <MoreSections onSelect={onSelect} className={styles.more} />
      </nav>
    </Overflow>
  );
}

function MoreSections({
  onSelect,
  className,
}: {
  onSelect(section: Section): void;
  className: string;
}) {
  const { t } = useTranslation("common");
  const { ref, isOverflowing } = useOverflowMenu<HTMLButtonElement>();
  if (!isOverflowing) return null;
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          ref={ref}
          appearance="transparent"
          size="small"
          className={className}
          data-testid="sections-more"
        >
          {t("nav.more")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {SECTIONS.map((id) => (
            <HiddenSection key={id} id={id} onSelect={onSelect} />
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

/** A section whose tab does not fit: listed in the "More" menu. */
function HiddenSection({ id, onSelect }: { id: Section; onSelect(section: Section): void }) {
  const { t } = useTranslation("common");
  if (useIsOverflowItemVisible(id)) return null;
  return <MenuItem onClick={() => onSelect(id)}>{t(`nav.${id}`)}</MenuItem>;
}
