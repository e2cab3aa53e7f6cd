export interface HomeImport {
  from: string;
  to: string;
  count: number;
}
export function appImports(): Map<string, string[]>;
export function importCycles(graph?: Map<string, string[]>): string[][];
export function homeOf(file: string): string;
export function homeImports(graph?: Map<string, string[]>): HomeImport[];
export function homeGraph(
  graph?: Map<string, string[]>,
  keep?: (home: string) => boolean,
): Map<string, string[]>;
export function isBelowUi(home: string): boolean;
export function isFeature(home: string): boolean;
