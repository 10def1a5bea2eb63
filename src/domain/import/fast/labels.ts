import { ByteKeySet, utf8Bytes } from './byte-keys';

/**
 * Region and model names, each given a small number. A name is its cell's text trimmed, as
 * cellText gives it; the same name written with spaces around it or in quotes gets the same
 * number. Plain byte forms are remembered, so a name costs a hash, not a string, per row.
 */
export class LabelTable {
  /** Names by number. */
  readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private readonly forms = new ByteKeySet();
  private formLabel = new Int32Array(64);
  private pendingForm = 0;

  /** The number of the text `text` (already trimmed). */
  ofName(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.byName.set(name, id);
    }
    return id;
  }

  /**
   * The number of a field's bytes when these bytes were seen before; otherwise -1, and the next
   * call to `learn` names them. Two steps rather than a callback: no function per cell.
   */
  known(bytes: Uint8Array, start: number, end: number): number {
    const form = this.forms.id(bytes, start, end);
    if (!this.forms.added) return this.formLabel[form] ?? 0;
    if (form >= this.formLabel.length) {
      const grown = new Int32Array(this.formLabel.length * 2);
      grown.set(this.formLabel);
      this.formLabel = grown;
    }
    this.pendingForm = form;
    return -1;
  }

  /** Names the bytes `known` just saw for the first time: their text, trimmed. */
  learn(name: string): number {
    const id = this.ofName(name);
    this.formLabel[this.pendingForm] = id;
    return id;
  }

  ofText(text: string): number {
    const bytes = utf8Bytes(text);
    const id = this.known(bytes, 0, bytes.length);
    return id >= 0 ? id : this.learn(text.trim());
  }
}
