import {
  ColumnNode,
  type ColumnUpdateNode,
  InsertQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  TableNode,
  type UnknownRow,
  UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
} from "kysely";
import type { TextCipher } from "~/platform/crypto/text-cipher.server";
import type { Database } from "./database.server";

/**
 * The columns that hold what people write about their work: sealed on the way in, opened on the
 * way out (decision 018). Names, e-mail addresses and meeting places are not among them: they are
 * looked up, sorted and put in calendar invitations.
 */
export const SEALED_COLUMNS = {
  cycle_texts: ["body"],
  agreements: ["text", "follow_up_how"],
  dialogue_notes: ["body"],
  dialogue_agenda_items: ["text"],
  // Not a text anyone writes about themselves, but a credential that a copy must not give away.
  sso_connections: ["oidc_client_secret"],
  // The service provider's private keys for SAML: whoever holds one can sign requests as us.
  saml_service_keys: ["private_key"],
  // A people file waiting for its import: names, addresses and reporting lines of a whole
  // organisation in one row, which a copy of the database must not hand over at once.
  people_uploads: ["body"],
} as const satisfies SealedColumns;

/**
 * Typed by the database interface, so a misspelt table or column fails typecheck instead of
 * silently storing plain text.
 */
type SealedColumns = { readonly [Table in keyof Database]?: readonly (keyof Database[Table] & string)[] };

/** The tables with sealed columns, for code that walks them by name at run time. */
export type SealedTable = keyof typeof SEALED_COLUMNS;

const SEALED_BY_NAME: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SEALED_COLUMNS));

/*
 * A Kysely plugin, so that sealing cannot be forgotten: every insert and update of a sealed column
 * (also an upsert's update part) gets its string values sealed before the query is compiled, and
 * every sealed string in a result is opened, whatever the query selected it as. Data functions keep
 * working with plain text and need no key; a database handle cannot be made without one.
 */
export class SealTextsPlugin implements KyselyPlugin {
  constructor(readonly cipher: TextCipher) {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (InsertQueryNode.is(node)) return this.sealInsert(node);
    if (UpdateQueryNode.is(node)) return this.sealUpdate(node);
    return node;
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (result.rows.length === 0) return result;
    const rows = result.rows.map((row) => {
      let opened: UnknownRow | undefined;
      for (const [column, value] of Object.entries(row)) {
        if (typeof value === "string" && this.cipher.isSealed(value)) {
          opened ??= { ...row };
          opened[column] = this.cipher.open(value);
        }
      }
      return opened ?? row;
    });
    return { ...result, rows };
  }

  private sealInsert(node: InsertQueryNode): InsertQueryNode {
    const columns = sealedColumnsOf(node.into);
    if (!columns || !node.columns) return node;
    const positions = node.columns.flatMap((column, index) =>
      columns.includes(column.column.name) ? [index] : [],
    );
    const values =
      node.values && ValuesNode.is(node.values) && positions.length > 0
        ? ValuesNode.create(node.values.values.map((list) => this.sealValueList(list, positions)))
        : node.values;
    const onConflict = node.onConflict?.updates
      ? { ...node.onConflict, updates: this.sealUpdates(node.onConflict.updates, columns) }
      : node.onConflict;
    return { ...node, values, onConflict };
  }

  private sealUpdate(node: UpdateQueryNode): UpdateQueryNode {
    const columns = sealedColumnsOf(node.table);
    if (!columns || !node.updates) return node;
    return { ...node, updates: this.sealUpdates(node.updates, columns) };
  }

  private sealValueList(list: PrimitiveValueListNode | ValueListNode, positions: number[]) {
    if (PrimitiveValueListNode.is(list)) {
      return PrimitiveValueListNode.create(
        list.values.map((value, index) => (positions.includes(index) ? this.sealValue(value) : value)),
      );
    }
    return ValueListNode.create(
      list.values.map((value, index) => (positions.includes(index) ? this.sealNode(value) : value)),
    );
  }

  private sealUpdates(updates: readonly ColumnUpdateNode[], columns: readonly string[]): ColumnUpdateNode[] {
    return updates.map((update) =>
      ColumnNode.is(update.column) && columns.includes(update.column.column.name)
        ? { ...update, value: this.sealNode(update.value) }
        : update,
    );
  }

  /** Only a literal string is sealed; a reference (an upsert's `excluded.body`) is already sealed. */
  private sealNode(node: OperationNode): OperationNode {
    return ValueNode.is(node) && typeof node.value === "string"
      ? ValueNode.create(this.cipher.seal(node.value))
      : node;
  }

  private sealValue(value: unknown): unknown {
    return typeof value === "string" ? this.cipher.seal(value) : value;
  }
}

function sealedColumnsOf(table: OperationNode | undefined): readonly string[] | undefined {
  return table && TableNode.is(table) ? SEALED_BY_NAME.get(table.table.identifier.name) : undefined;
}
