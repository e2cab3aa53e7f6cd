import { useEffect, useState } from "react";
import { AUTOSAVE_ENDPOINT } from "./autosave-context";

const REPORT_EVERY_SECONDS = 30;

/**
 * Counts the seconds the page is visible on a step-1 theme and reports them every 30 seconds (and
 * when the page is hidden), for the gentle 45-minute guide. Returns the seconds counted here so far.
 */
export function useTimeTracker(themeId: string): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    let unreported = 0;
    const report = () => {
      if (unreported === 0) return;
      const body = new URLSearchParams({ themeId, seconds: String(unreported) });
      unreported = 0;
      // sendBeacon survives the page being closed; fetch is the fallback.
      if (!navigator.sendBeacon?.(AUTOSAVE_ENDPOINT, body)) {
        void fetch(AUTOSAVE_ENDPOINT, { method: "POST", body, keepalive: true }).catch(() => {});
      }
    };
    const tick = setInterval(() => {
      if (document.visibilityState !== "visible") return;
      unreported += 1;
      setSeconds((value) => value + 1);
      if (unreported >= REPORT_EVERY_SECONDS) report();
    }, 1_000);
    const onHide = () => {
      if (document.visibilityState === "hidden") report();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => {
      clearInterval(tick);
      document.removeEventListener("visibilitychange", onHide);
      report();
    };
  }, [themeId]);
  return seconds;
}
