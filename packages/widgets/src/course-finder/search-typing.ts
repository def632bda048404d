// The search box's typing: debounced, and silent while an input method (拼音, 五笔…) is composing, so no
// request goes out for half-typed pinyin. DOM-free: the element feeds it the input's events.

/** Typing settles for this long before a search is sent. */
export const DEBOUNCE_MS = 300;

/**
 * Turns keystrokes into searches.
 * @example
 * const typing = new SearchTyping((q) => finder.search({ ...finder.state, q }));
 * input.addEventListener('input', (e) => typing.input(input.value, e.isComposing));
 */
export class SearchTyping {
  /** The text in the box, as last seen. */
  text = '';
  #composing = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #commit: (q: string, typed: boolean) => void;
  readonly #delay: number;

  /** `commit(q, typed)`: `typed` is true for a debounced search, false for Enter. */
  constructor(commit: (q: string, typed: boolean) => void, delay = DEBOUNCE_MS) {
    this.#commit = commit;
    this.#delay = delay;
  }

  /** An `input` event; `isComposing` from the event (some browsers also fire it mid-composition). */
  input(value: string, isComposing: boolean): void {
    this.text = value;
    if (isComposing || this.#composing) return;
    this.#schedule();
  }

  compositionStart(): void {
    this.#composing = true;
    this.cancel();
  }

  /** The input method committed its characters: search them after the pause. */
  compositionEnd(value: string): void {
    this.#composing = false;
    this.text = value;
    this.#schedule();
  }

  /** Enter: searches now; ignored (answers false) while an input method is composing. */
  submit(value: string): boolean {
    if (this.#composing) return false;
    this.cancel();
    this.text = value.trim();
    this.#commit(this.text, false);
    return true;
  }

  /** Forgets a pending search (e.g. the state came from elsewhere). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    this.cancel();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#commit(this.text, true);
    }, this.#delay);
  }
}
