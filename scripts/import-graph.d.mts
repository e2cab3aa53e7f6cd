export interface FolderImport {
  from: string;
  to: string;
  fromFolder: string;
  toFolder: string;
}
export function appImports(): Map<string, string[]>;
export function importCycles(graph?: Map<string, string[]>): string[][];
export function serverFolder(file: string): string | undefined;
export function serverFolderImports(graph?: Map<string, string[]>): FolderImport[];
