import { AsciiLabelCache } from './ascii-label-cache';
import { ByteKeySet, utf8Bytes } from './byte-keys';
import { TextKeySet } from './text-keys';

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
  private readonly textForms = new TextKeySet();
  private textFormLabel = new Int32Array(64);
  /** The forms most seen, by their bytes, in front of textForms. */
  private readonly viewCache = new AsciiLabelCache();
  /** The form `learn` names: a byte form, or a text form (then `pendingText`). */
  private pendingForm = 0;
  private pendingText = false;

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
    this.pendingText = false;
    return -1;
  }

  /** As `known`, for text[start, end) of a decoded text: its code units are the form. */
  knownText(text: string, start: number, end: number): number {
    return this.knownTextForm(this.textForms.id(text, start, end));
  }

  /** As `knownText`, for the bytes of an ASCII text, where they are its code units. */
  knownView(view: DataView, start: number, end: number): number {
    const cached = this.viewCache.lookup(view, start, end);
    if (cached >= 0) return cached;
    const id = this.knownTextForm(this.textForms.idView(view, start, end));
    // A new form is cached the next time it is seen, once `learn` has named it.
    if (id >= 0) this.viewCache.store(view, start, end, id);
    return id;
  }

  /** The number of the ASCII bytes view[start, end) as a name: its trimmed text, as cellText gives it. */
  ofView(view: DataView, start: number, end: number): number {
    const id = this.knownView(view, start, end);
    if (id >= 0) return id;
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(view.getUint8(i));
    return this.learn(text.trim());
  }

  private knownTextForm(form: number): number {
    if (!this.textForms.added) return this.textFormLabel[form] as number;
    if (form >= this.textFormLabel.length) {
      const grown = new Int32Array(this.textFormLabel.length * 2);
      grown.set(this.textFormLabel);
      this.textFormLabel = grown;
    }
    this.pendingForm = form;
    this.pendingText = true;
    return -1;
  }

  /** Names the form `known` or `knownText` just saw for the first time: its text, trimmed. */
  learn(name: string): number {
    const id = this.ofName(name);
    if (this.pendingText) this.textFormLabel[this.pendingForm] = id;
    else this.formLabel[this.pendingForm] = id;
    return id;
  }

  ofText(text: string): number {
    const bytes = utf8Bytes(text);
    const id = this.known(bytes, 0, bytes.length);
    return id >= 0 ? id : this.learn(text.trim());
  }
}
