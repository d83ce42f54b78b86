/**
 * Which of a set of short strings occur inside other texts, in time linear in the input (Aho–Corasick):
 * the caption rule "a line repeated inside another paragraph" without comparing every line with every other.
 */

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here. */
  ends: number[];
  /** Nearest node on the fail chain that ends a pattern (-1: none). */
  output: number;
}

/**
 * For each pattern, whether it occurs in some text other than the ones listed as its own
 * (`ownText[p]`: the index in `texts` the pattern came from, or -1).
 */
export function containedElsewhere(patterns: string[], ownText: number[], texts: string[]): boolean[] {
  const nodes: Node[] = [{ next: new Map(), fail: 0, ends: [], output: -1 }];
  patterns.forEach((pattern, p) => {
    let state = 0;
    for (const ch of pattern) {
      let to = nodes[state]!.next.get(ch);
      if (to === undefined) {
        to = nodes.length;
        nodes.push({ next: new Map(), fail: 0, ends: [], output: -1 });
        nodes[state]!.next.set(ch, to);
      }
      state = to;
    }
    nodes[state]!.ends.push(p);
  });
  // Breadth-first fail links.
  const queue: number[] = [];
  for (const child of nodes[0]!.next.values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const node = nodes[state]!;
    for (const [ch, child] of node.next) {
      let f = node.fail;
      while (f !== 0 && !nodes[f]!.next.has(ch)) f = nodes[f]!.fail;
      const target = nodes[f]!.next.get(ch);
      const fail = target !== undefined && target !== child ? target : 0;
      nodes[child]!.fail = fail;
      nodes[child]!.output = nodes[fail]!.ends.length > 0 ? fail : nodes[fail]!.output;
      queue.push(child);
    }
  }

  const found = patterns.map(() => false);
  // Each node's patterns are credited at most once per text: a node seen in this text is skipped.
  const seenIn = new Int32Array(nodes.length).fill(-1);
  texts.forEach((text, t) => {
    let state = 0;
    for (const ch of text) {
      while (state !== 0 && !nodes[state]!.next.has(ch)) state = nodes[state]!.fail;
      state = nodes[state]!.next.get(ch) ?? 0;
      for (let s = nodes[state]!.ends.length > 0 ? state : nodes[state]!.output; s > 0; s = nodes[s]!.output) {
        if (seenIn[s] === t) break; // this node and its chain were credited for this text already
        seenIn[s] = t;
        for (const p of nodes[s]!.ends) if (ownText[p] !== t) found[p] = true;
      }
    }
  });
  return found;
}
