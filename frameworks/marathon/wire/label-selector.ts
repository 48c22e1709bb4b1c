// The `label` query parameter of GET /v2/apps (Marathon's LabelSelectorParsers):
//   query    = selector { "," selector }          (comma = AND; an empty query matches every app)
//   selector = term | term ("=="|"!=") term | term ("in"|"notin") "(" [term {"," term}] ")"
//   term     = { letter | digit | "_" | "." | "-" | "\" any-char }+   (backslash escapes any other character)
// Whitespace between tokens is ignored. Marathon only allows letters and digits unescaped; we also allow `_ . -`,
// which only accepts queries Marathon rejected (label keys such as HAPROXY_GROUP need no escaping).
// As in Marathon, every selector needs the label to exist: `k!=v` and `k notin (...)` never match an app without k.

export type LabelOp = 'exists' | '==' | '!=' | 'in' | 'notin';

export interface LabelRequirement {
  readonly key: string;
  readonly op: LabelOp;
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly requirements: readonly LabelRequirement[];
}

class SelectorSyntaxError extends Error {}

const PLAIN = /[A-Za-z0-9_.-]/;

export function parseLabelSelector(text: string): LabelSelector | { error: string } {
  try {
    return { requirements: new Parser(text).query() };
  } catch (e) {
    if (e instanceof SelectorSyntaxError) return { error: `Can not parse label selector ${text}. Reason: ${e.message}` };
    throw e;
  }
}

export function matchesLabels(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  return selector.requirements.every((r) => {
    if (!Object.hasOwn(labels, r.key)) return false;
    const value = labels[r.key] ?? '';
    switch (r.op) {
      case 'exists': return true;
      case '==': return value === r.values[0];
      case '!=': return value !== r.values[0];
      case 'in': return r.values.includes(value);
      case 'notin': return !r.values.includes(value);
    }
  });
}

class Parser {
  private pos = 0;

  constructor(private readonly text: string) {}

  query(): LabelRequirement[] {
    const out: LabelRequirement[] = [];
    this.skipSpace();
    if (this.atEnd()) return out;
    for (;;) {
      out.push(this.selector());
      this.skipSpace();
      if (this.atEnd()) return out;
      this.expect(',');
    }
  }

  private selector(): LabelRequirement {
    const key = this.term();
    const afterKey = this.pos;
    this.skipSpace();
    for (const op of ['==', '!='] as const) {
      if (this.text.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { key, op, values: [this.term()] };
      }
    }
    for (const op of ['notin', 'in'] as const) {
      if (this.text.startsWith(op, this.pos)) {
        const save = this.pos;
        this.pos += op.length;
        this.skipSpace();
        if (this.text[this.pos] === '(') return { key, op, values: this.set() };
        this.pos = save;
      }
    }
    this.pos = afterKey;
    return { key, op: 'exists', values: [] };
  }

  private set(): string[] {
    this.expect('(');
    const values: string[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ')') {
      this.pos++;
      return values;
    }
    for (;;) {
      values.push(this.term());
      this.skipSpace();
      if (this.text[this.pos] === ')') {
        this.pos++;
        return values;
      }
      this.expect(',');
    }
  }

  private term(): string {
    this.skipSpace();
    let out = '';
    while (!this.atEnd()) {
      const c = this.text[this.pos] ?? '';
      if (c === '\\') {
        const next = this.text[this.pos + 1];
        if (next === undefined) throw new SelectorSyntaxError(`dangling backslash at position ${this.pos}`);
        out += next;
        this.pos += 2;
      } else if (PLAIN.test(c)) {
        out += c;
        this.pos++;
      } else break;
    }
    if (out === '') throw new SelectorSyntaxError(`expected a label or value at position ${this.pos}`);
    return out;
  }

  private expect(c: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== c) {
      const found = this.atEnd() ? 'end of input' : `'${this.text[this.pos] ?? ''}'`;
      throw new SelectorSyntaxError(`expected '${c}' at position ${this.pos} but found ${found}`);
    }
    this.pos++;
  }

  private skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  private atEnd(): boolean {
    return this.pos >= this.text.length;
  }
}
