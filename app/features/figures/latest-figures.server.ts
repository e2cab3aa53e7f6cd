import { listUnitNodes } from "~/features/organisation/list-units.server";
import type { Executor } from "~/platform/db/database.server";
import type { Figures } from "./aggregate-figures.server";
import { loadCycleFacts } from "./load-cycle-facts.server";

/**
 * The last computed figures of each organisation, per database handle (issue 16). The figures of a
 * whole organisation are built from every cycle in it — at 100,000 leaders about three seconds — so
 * they are computed in the background (figures-refresher.server.ts: at start, then at least once a minute)
 * and a reader gets the last computed ones at once. Each process computes its own from the database,
 * which all processes share, so two processes agree as soon as both have refreshed after a change:
 * the figures are never older than one refresh plus its computation (decision 040). A reader computes
 * only when nothing younger than MAX_AGE_MS is held (a new organisation, a process without the
 * refresher, or refreshes that keep failing); concurrent computations of one organisation are shared.
 */
export const REFRESH_MS = 60_000;
const MAX_AGE_MS = 2 * REFRESH_MS;
/** A bound on the filters remembered per organisation (filters are whole units and quarters). */
const MAX_AGGREGATES = 1_000;

export interface FigureSource {
  facts: Awaited<ReturnType<typeof loadCycleFacts>>;
  units: { id: string; parentId: string | null; name: string; path: string }[];
  /** The earliest quarter any cycle started in; null when there are no cycles. */
  firstQuarter: string | null;
}

export interface HeldFigures {
  source: FigureSource;
  /** When the computation started: the figures count everything written before it. */
  computedAt: number;
  /** Figures per filter, computed from this source when first asked for. */
  aggregates: Map<string, Figures>;
}

const held = new WeakMap<object, Map<string, HeldFigures>>();
const computing = new WeakMap<object, Map<string, Promise<HeldFigures>>>();

function mapFor<T>(store: WeakMap<object, Map<string, T>>, db: object): Map<string, T> {
  let map = store.get(db);
  if (!map) {
    map = new Map();
    store.set(db, map);
  }
  return map;
}

/** The last computed figures of an organisation, or a new computation when none is fresh enough. */
export function latestFigures(db: Executor, organisationId: string, now = Date.now()): Promise<HeldFigures> {
  const entry = mapFor(held, db).get(organisationId);
  if (entry && now - entry.computedAt < MAX_AGE_MS) return Promise.resolve(entry);
  return computeFigures(db, organisationId);
}

/**
 * Computes an organisation's figure source from the database and holds it; joins a computation
 * already running. A failed one holds nothing: the last good figures stay until they are too old.
 */
export function computeFigures(db: Executor, organisationId: string): Promise<HeldFigures> {
  const running = mapFor(computing, db);
  const already = running.get(organisationId);
  if (already) return already;
  const computedAt = Date.now();
  const computation = loadFigureSource(db, organisationId)
    .then((source) => {
      const entry: HeldFigures = { source, computedAt, aggregates: new Map() };
      mapFor(held, db).set(organisationId, entry);
      return entry;
    })
    .finally(() => running.delete(organisationId));
  running.set(organisationId, computation);
  return computation;
}

/** The figures for one filter, from the held source: computed once per source and filter. */
export function aggregateOnce(entry: HeldFigures, key: string, compute: () => Figures): Figures {
  const known = entry.aggregates.get(key);
  if (known) return known;
  if (entry.aggregates.size >= MAX_AGGREGATES) entry.aggregates.clear();
  const figures = compute();
  entry.aggregates.set(key, figures);
  return figures;
}

/** Every cycle's facts, the unit tree, and the earliest quarter any cycle started in. */
async function loadFigureSource(db: Executor, organisationId: string): Promise<FigureSource> {
  const [facts, units] = await Promise.all([
    loadCycleFacts(db, organisationId),
    listUnitNodes(db, organisationId),
  ]);
  let firstQuarter: string | null = null;
  for (const fact of facts)
    if (firstQuarter === null || fact.quarter < firstQuarter) firstQuarter = fact.quarter;
  return { facts, units, firstQuarter };
}
