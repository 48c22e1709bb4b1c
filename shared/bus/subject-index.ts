// A token trie from subscription subjects to subscriptions, so the memory bus finds the matches of a subject in time
// proportional to its tokens, not to the number of subscriptions (one per agent at 10k agents).

interface TrieNode<T> {
  readonly children: Map<string, TrieNode<T>>;
  readonly entries: Set<T>;
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), entries: new Set() };
}

export class SubjectIndex<T> {
  private readonly root: TrieNode<T> = newNode();

  add(subject: string, entry: T): void {
    let node = this.root;
    for (const token of subject.split('.')) {
      let child = node.children.get(token);
      if (child === undefined) {
        child = newNode();
        node.children.set(token, child);
      }
      node = child;
    }
    node.entries.add(entry);
  }

  remove(subject: string, entry: T): void {
    const path: Array<[TrieNode<T>, string]> = [];
    let node: TrieNode<T> | undefined = this.root;
    for (const token of subject.split('.')) {
      path.push([node, token]);
      node = node.children.get(token);
      if (node === undefined) return;
    }
    node.entries.delete(entry);
    // Prune emptied branches so private inbox subjects do not accumulate.
    for (let index = path.length - 1; index >= 0; index -= 1) {
      const [parent, token] = path[index] as [TrieNode<T>, string];
      const child = parent.children.get(token);
      if (child === undefined || child.entries.size > 0 || child.children.size > 0) break;
      parent.children.delete(token);
    }
  }

  /** Every entry whose subject matches the literal `subject` (`*` = one token, `>` = one or more trailing tokens). */
  match(subject: string): T[] {
    const found: T[] = [];
    collect(this.root, subject.split('.'), 0, found);
    return found;
  }
}

function collect<T>(node: TrieNode<T>, tokens: readonly string[], index: number, found: T[]): void {
  if (index === tokens.length) {
    for (const entry of node.entries) found.push(entry);
    return;
  }
  const rest = node.children.get('>');
  if (rest !== undefined) for (const entry of rest.entries) found.push(entry);
  const token = tokens[index] as string;
  const literal = node.children.get(token);
  if (literal !== undefined) collect(literal, tokens, index + 1, found);
  const one = node.children.get('*');
  if (one !== undefined && one !== literal) collect(one, tokens, index + 1, found);
}
