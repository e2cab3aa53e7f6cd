import { useState } from "react";
import { useLocation } from "react-router";
import type { FlashNotice } from "~/flash/flash-notice";
import { useTranslation } from "~/i18n/translation";

/**
 * The notices an action left for this page (the flash cookie, read by the root loader), rendered
 * on the server at the top of the content. The root loader's data stays while the browser moves on
 * by links, so the notices belong to the location they arrived with and are gone on the next one.
 */
export function FlashNotices({ notices }: { notices: FlashNotice[] }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [arrival, setArrival] = useState({ notices, key: location.key });
  if (arrival.notices !== notices) setArrival({ notices, key: location.key });
  if (notices.length === 0 || arrival.key !== location.key) return null;
  const polite = notices.filter((notice) => !notice.isWarning);
  const warnings = notices.filter((notice) => notice.isWarning);
  return (
    <>
      {polite.length > 0 ? (
        <div className="notice flash" role="status">
          {polite.map((notice) => (
            <p key={notice.key}>{t(notice.key, notice.values)}</p>
          ))}
        </div>
      ) : null}
      {warnings.map((notice) => (
        <p key={notice.key} className="notice notice--warning flash" role="alert">
          {t(notice.key, notice.values)}
        </p>
      ))}
    </>
  );
}
