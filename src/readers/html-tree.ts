/**
 * The tree htmlparser2's events build, as plain objects with only the fields
 * the readers use. domhandler's classes cost about a microsecond a node (their
 * class fields are defined one by one), which is most of a page of 350,000
 * unclosed tags; these cost a few allocations. Indices follow domhandler's:
 * a node starts at the parser's startIndex and ends at its endIndex, inclusive,
 * and consecutive text is one node.
 */
export interface HtmlElement {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: HtmlNode[];
  startIndex: number;
  endIndex: number;
}

export interface HtmlText {
  type: 'text';
  data: string;
  startIndex: number;
  endIndex: number;
}

/** A comment, a CDATA section (its text as one child) or a processing instruction (<!DOCTYPE …>, <?xml …?>). */
export interface HtmlOther {
  type: 'comment' | 'cdata' | 'directive';
  data: string;
  children: HtmlNode[];
  startIndex: number;
  endIndex: number;
}

export type HtmlNode = HtmlElement | HtmlText | HtmlOther;

export interface HtmlRoot {
  children: HtmlNode[];
}

interface ParserIndices {
  startIndex: number;
  endIndex: number;
}

/** htmlparser2's Handler, building HtmlNodes. */
export class HtmlTreeHandler {
  readonly root: HtmlRoot = { children: [] };
  private readonly open: Array<HtmlRoot | HtmlElement | HtmlOther> = [this.root];
  /** A text or comment node that the next event of its kind continues. */
  private last: HtmlText | HtmlOther | null = null;
  private parser: ParserIndices = { startIndex: 0, endIndex: 0 };

  constructor(private readonly xmlMode: boolean) {}

  onparserinit(parser: ParserIndices): void {
    this.parser = parser;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const type = this.xmlMode || (name !== 'script' && name !== 'style') ? 'tag' : name;
    const element: HtmlElement = { type, name, attribs, children: [], startIndex: this.parser.startIndex, endIndex: this.parser.endIndex };
    this.add(element);
    this.open.push(element);
  }

  onclosetag(): void {
    this.last = null;
    const element = this.open.pop() as HtmlElement;
    element.endIndex = this.parser.endIndex;
  }

  ontext(data: string): void {
    const { last } = this;
    if (last?.type === 'text') {
      last.data += data;
      last.endIndex = this.parser.endIndex;
      return;
    }
    const text: HtmlText = { type: 'text', data, startIndex: this.parser.startIndex, endIndex: this.parser.endIndex };
    this.add(text);
    this.last = text;
  }

  oncomment(data: string): void {
    if (this.last?.type === 'comment') {
      this.last.data += data;
      return;
    }
    const comment: HtmlOther = { type: 'comment', data, children: [], startIndex: this.parser.startIndex, endIndex: this.parser.endIndex };
    this.add(comment);
    this.last = comment;
  }

  oncommentend(): void {
    this.last = null;
  }

  oncdatastart(): void {
    const text: HtmlText = { type: 'text', data: '', startIndex: this.parser.startIndex, endIndex: this.parser.endIndex };
    const cdata: HtmlOther = { type: 'cdata', data: '', children: [text], startIndex: this.parser.startIndex, endIndex: this.parser.endIndex };
    this.add(cdata);
    this.last = text;
  }

  oncdataend(): void {
    this.last = null;
  }

  onprocessinginstruction(_name: string, data: string): void {
    this.add({ type: 'directive', data, children: [], startIndex: this.parser.startIndex, endIndex: this.parser.endIndex });
  }

  private add(node: HtmlNode): void {
    this.open[this.open.length - 1].children.push(node);
    this.last = null;
  }
}
