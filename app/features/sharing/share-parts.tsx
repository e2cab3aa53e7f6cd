import { useEffect, useRef, useState } from "react";
import { Form, href } from "react-router";
import { useTranslation } from "~/i18n/translation";

export const SHARE_PART_ENDPOINT = href("/min-lederdialog/dialog/deling");

type SaveState = "stored" | "saving" | "saved" | "failed" | "signedOut";

interface Part {
  id: string;
  label: string;
}

/**
 * What the nearest leader may see, part by part (issue 13, finding 5). With JavaScript each box is
 * saved the moment it changes, one POST per box, and its state is shown and announced; a save that
 * fails puts the box back as the server has it. Without JavaScript the form's button saves them all.
 * The words above the boxes say which of the two this page does.
 *
 * The boxes are uncontrolled (their state lives in the page, not in React), so a box ticked while
 * the page was still loading is not put back by hydration: it is saved as soon as the page can.
 */
export function ShareParts(props: { parts: Part[]; shared: string[]; cycleId: string }) {
  const { t } = useTranslation();
  const [isReady, setIsReady] = useState(false);
  const [stored, setStored] = useState(() => new Set(props.shared));
  const boxes = useRef<Record<string, HTMLInputElement | null>>({});
  const [states, setStates] = useState<Record<string, SaveState>>({});
  // Per part: what the box last asked for, and whether a save is under way (one at a time, in order).
  const wanted = useRef<Record<string, boolean>>({});
  const isSending = useRef<Record<string, boolean>>({});
  const storedRef = useRef(stored);
  storedRef.current = stored;

  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page becomes interactive
  useEffect(() => {
    setIsReady(true);
    for (const part of props.parts) {
      const box = boxes.current[part.id];
      if (box && box.checked !== storedRef.current.has(part.id)) {
        wanted.current[part.id] = box.checked;
        void save(part.id);
      }
    }
  }, []);

  const setOne = (set: Set<string>, id: string, isOn: boolean) => {
    const next = new Set(set);
    if (isOn) next.add(id);
    else next.delete(id);
    return next;
  };

  async function save(id: string): Promise<void> {
    if (isSending.current[id]) return; // the loop below sends the latest wish when the last save is in
    isSending.current[id] = true;
    setStates((all) => ({ ...all, [id]: "saving" }));
    try {
      let isShared: boolean | undefined;
      do {
        isShared = wanted.current[id] ?? false;
        const body = new URLSearchParams({ part: id, isShared: String(isShared), cycleId: props.cycleId });
        const response = await fetch(SHARE_PART_ENDPOINT, {
          method: "POST",
          body,
          credentials: "same-origin",
        });
        if (!response.ok) throw new SaveFailed(response.status === 401 ? "signedOut" : "failed");
        const saved = (await response.json()) as { isShared: boolean };
        setStored((set) => setOne(set, id, saved.isShared));
        storedRef.current = setOne(storedRef.current, id, saved.isShared);
      } while (wanted.current[id] !== isShared);
      setStates((all) => ({ ...all, [id]: "saved" }));
    } catch (error) {
      // Not saved: the box shows again what the server has, and says so.
      const isStored = storedRef.current.has(id);
      wanted.current[id] = isStored;
      const box = boxes.current[id];
      if (box) box.checked = isStored;
      setStates((all) => ({ ...all, [id]: error instanceof SaveFailed ? error.state : "failed" }));
    } finally {
      isSending.current[id] = false;
    }
  }

  function toggle(id: string, isOn: boolean): void {
    if (!isReady) return; // before hydration the effect above, or without JavaScript the button, saves
    wanted.current[id] = isOn;
    void save(id);
  }

  const statusText = (id: string) => {
    const isShared = stored.has(id);
    const state = states[id] ?? "stored";
    if (state === "saving") return t("sharingNow.saving");
    if (state === "saved") return isShared ? t("sharingNow.savedShared") : t("sharingNow.savedNotShared");
    if (state === "failed") return isShared ? t("sharingNow.failedShared") : t("sharingNow.failedNotShared");
    if (state === "signedOut") return t("sharingNow.signedOut");
    return isShared ? t("sharingNow.shared") : t("sharingNow.notShared");
  };

  return (
    <Form method="post" className="share-parts">
      <input type="hidden" name="intent" value="share" />
      <fieldset className="fieldset" aria-describedby="share-how">
        <legend>{t("sharingNow.legend")}</legend>
        <p className="form-hint" id="share-how">
          {isReady ? t("sharingNow.introAtOnce") : t("sharingNow.introButton")}
        </p>
        {props.parts.map((part) => {
          const state = states[part.id] ?? "stored";
          return (
            <div key={part.id} className="checkbox share-part">
              <input
                type="checkbox"
                id={`del-${part.id}`}
                name="part"
                value={part.id}
                defaultChecked={props.shared.includes(part.id)}
                ref={(box) => {
                  boxes.current[part.id] = box;
                }}
                onChange={(event) => toggle(part.id, event.currentTarget.checked)}
                aria-describedby={`del-${part.id}-status`}
              />
              <label htmlFor={`del-${part.id}`}>{part.label}</label>
              <span
                id={`del-${part.id}-status`}
                className={`share-status share-status--${state === "stored" ? (stored.has(part.id) ? "shared" : "private") : state}`}
                role="status"
              >
                {statusText(part.id)}
              </span>
            </div>
          );
        })}
      </fieldset>
      {isReady ? null : (
        <button type="submit" className="button button--primary">
          {t("dialogue.shareSave")}
        </button>
      )}
      {stored.size === 0 ? <p className="form-hint">{t("dialogue.nothingShared")}</p> : null}
    </Form>
  );
}

class SaveFailed extends Error {
  constructor(readonly state: "failed" | "signedOut") {
    super(state);
  }
}
