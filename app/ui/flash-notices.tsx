import { createContext, useContext, useState } from "react";
import { useLocation } from "react-router";
import type { FlashPlace, ShownFlashNotice } from "~/platform/http/flash-notice";

const FlashContext = createContext<ShownFlashNotice[]>([]);

/**
 * The notices an action left for this page (the flash cookie, read by the root loader), for the
 * layout and the sections below it. The root loader's data stays while the browser moves on by
 * links, so the notices belong to the location they arrived with and are gone on the next one;
 * decided here once, so a section mounted by a later page never shows an old notice.
 */
export function FlashProvider({
  notices,
  children,
}: {
  notices: ShownFlashNotice[];
  children: React.ReactNode;
}) {
  const location = useLocation();
  const [arrival, setArrival] = useState({ notices, key: location.key });
  if (arrival.notices !== notices) setArrival({ notices, key: location.key });
  const current = arrival.key === location.key ? notices : NONE;
  return <FlashContext.Provider value={current}>{children}</FlashContext.Provider>;
}

const NONE: ShownFlashNotice[] = [];

/**
 * The notices for one place, rendered on the server: without `at` the ones for the top of the
 * content (the layout's), with it the ones the redirect's section is about ("Dit valg er gemt"
 * under "Del med din nærmeste leder"). Polite ones in one status region, warnings as alerts.
 */
export function FlashNotices({ at }: { at?: FlashPlace }) {
  const notices = useContext(FlashContext).filter((notice) => notice.at === at);
  if (notices.length === 0) return null;
  const polite = notices.filter((notice) => !notice.isWarning);
  const warnings = notices.filter((notice) => notice.isWarning);
  return (
    <>
      {polite.length > 0 ? (
        <div className="notice flash" role="status">
          {polite.map((notice) => (
            <p key={notice.key}>{notice.text}</p>
          ))}
        </div>
      ) : null}
      {warnings.map((notice) => (
        <p key={notice.key} className="notice notice--warning flash" role="alert">
          {notice.text}
        </p>
      ))}
    </>
  );
}
